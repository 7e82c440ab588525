package bnlab.engine.nn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The layers' hot loops on float matrices with the JDK Vector API (jdk.incubator.vector): L values at
 * a time (L = 8 with AVX-512, 4 with AVX2), each lane computing exactly what the scalar loop computes
 * for its element, in the same order: sums over rows run down each column (a lane is a column), no
 * operation is fused that the scalar code does not fuse. So the results are the same bits (VectorKernelsTest).
 * Loaded only through {@link Simd}, when the module is present. Stateless; any thread.
 */
final class VectorKernels {
    static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    static final int L = D.length();
    static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED.withShape(VectorShape.forBitSize(32 * L));
    static final VectorSpecies<Long> LS = LongVector.SPECIES_PREFERRED.withShape(D.vectorShape());

    VectorKernels() {
        if (F.length() != L || LS.length() != L || 32 % L != 0) {
            throw new IllegalStateException("no matching vector shapes for " + L + " lanes");
        }
    }

    /**
     * Runs every kernel on made-up data {@code rounds} times, so that the JIT compiles them: the Vector API
     * interpreted is tens of times slower than the plain loops, and a launch would otherwise spend seconds in it.
     */
    void warmUp(int rounds) {
        int rows = 60;
        int cols = 100;
        float[] x = new float[rows * cols];
        float[] y = new float[rows * cols];
        float[] z = new float[rows * cols];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i);
        }
        double[] a = new double[cols];
        double[] b = new double[cols];
        double[] c = new double[cols];
        double[] d = new double[cols];
        java.util.Arrays.fill(c, 1.0);
        java.util.Arrays.fill(d, 0.5);
        float[] s = new float[cols];
        for (int r = 0; r < rounds; r++) {
            addRows(y, rows, cols, a);
            columnSums(x, rows, cols, s);
            moments(x, rows, cols, a, b);
            normalize(x, y, z, rows, cols, a, c, c, d);
            bnSums(x, y, rows, cols, a, b);
            bnDx(x, y, z, rows, cols, c, a, b);
            sigmoid(x, y, x.length);
            sigmoidBackward(x, y, z, x.length);
        }
    }

    /**
     * Whether the vector sigmoid, the step's costliest kernel after the matrix products, beats the plain
     * loop (Expf.sigmoid per value) on 6,000 values: the best of 5 timings of 10 calls each. Compiled by
     * C2 it was ~12x faster (47 against 550 us, AVX-512); run by C1 (which does not turn the Vector API into
     * vector instructions) it allocates every vector and was ~150x slower (41 ms against 0.27), so one
     * comparison tells the two apart on any machine.
     */
    boolean beatsPlainLoop() {
        float[] x = new float[6000];
        float[] y = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) Math.sin(i) * 4;
        }
        long vector = Long.MAX_VALUE;
        long plain = Long.MAX_VALUE;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            for (int c = 0; c < 10; c++) {
                sigmoid(x, y, x.length);
            }
            long t1 = System.nanoTime();
            for (int c = 0; c < 10; c++) {
                for (int i = 0; i < x.length; i++) {
                    y[i] = Expf.sigmoid(x[i]);
                }
            }
            long t2 = System.nanoTime();
            vector = Math.min(vector, t1 - t0);
            plain = Math.min(plain, t2 - t1);
        }
        return vector < plain;
    }

    private static DoubleVector wide(float[] a, int i) {
        return (DoubleVector) FloatVector.fromArray(F, a, i).convertShape(VectorOperators.F2D, D, 0);
    }

    private static void narrow(DoubleVector v, float[] a, int i) {
        ((FloatVector) v.convertShape(VectorOperators.D2F, F, 0)).intoArray(a, i);
    }

    // d = g where x > 0, else 0   (ReLU's gradient: a blend, no branch to mispredict)
    void reluBackward(float[] x, float[] g, float[] d, int n) {
        int up = n - n % L;
        int i = 0;
        for (; i < up; i += L) {
            FloatVector xv = FloatVector.fromArray(F, x, i);
            FloatVector.fromArray(F, g, i).blend(0f, xv.compare(VectorOperators.GT, 0f).not()).intoArray(d, i);
        }
        for (; i < n; i++) {
            d[i] = x[i] > 0 ? g[i] : 0f;
        }
    }

    // The column kernels below run a block of L columns down all rows before the next block: the block's
    // sums and per-column constants stay in registers (a row-by-row loop loads and stores them at every
    // row). Each column still sees its rows in order, so the bits are those of the row-by-row scalar loop.

    // z = z + b   (per row; b per column)
    void addRows(float[] z, int rows, int cols, double[] b) {
        int up = cols - cols % L;
        for (int j = 0; j < up; j += L) {
            DoubleVector bv = DoubleVector.fromArray(D, b, j);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                narrow(wide(z, o).add(bv), z, o);
            }
        }
        for (int j = up; j < cols; j++) {
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                z[o] = (float) (z[o] + b[j]);
            }
        }
    }

    // s_j = sum_r x_rj, in float, row after row   (two blocks at a time: two chains of additions in flight)
    void columnSums(float[] x, int rows, int cols, float[] s) {
        int up = cols - cols % L;
        int j = 0;
        for (; j + L < up; j += 2 * L) {
            FloatVector s0 = FloatVector.zero(F);
            FloatVector s1 = s0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                s0 = s0.add(FloatVector.fromArray(F, x, o));
                s1 = s1.add(FloatVector.fromArray(F, x, o + L));
            }
            s0.intoArray(s, j);
            s1.intoArray(s, j + L);
        }
        for (; j < up; j += L) {
            FloatVector s0 = FloatVector.zero(F);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                s0 = s0.add(FloatVector.fromArray(F, x, o));
            }
            s0.intoArray(s, j);
        }
        for (; j < cols; j++) {
            float sum = 0f;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                sum += x[o];
            }
            s[j] = sum;
        }
    }

    // mu_j = 1/m sum_r x_rj;  var_j = 1/m sum_r (x_rj - mu_j)^2      (Moments.columns, lane by column)
    void moments(float[] x, int rows, int cols, double[] mean, double[] var) {
        int up = cols - cols % L;
        int j = 0;
        for (; j + L < up; j += 2 * L) {
            DoubleVector s0 = DoubleVector.zero(D);
            DoubleVector s1 = s0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                s0 = s0.add(wide(x, o));
                s1 = s1.add(wide(x, o + L));
            }
            DoubleVector mu0 = s0.div(rows);
            DoubleVector mu1 = s1.div(rows);
            DoubleVector q0 = DoubleVector.zero(D);
            DoubleVector q1 = q0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                DoubleVector d0 = wide(x, o).sub(mu0);
                DoubleVector d1 = wide(x, o + L).sub(mu1);
                q0 = q0.add(d0.mul(d0));
                q1 = q1.add(d1.mul(d1));
            }
            mu0.intoArray(mean, j);
            mu1.intoArray(mean, j + L);
            q0.div(rows).intoArray(var, j);
            q1.div(rows).intoArray(var, j + L);
        }
        for (; j < up; j += L) {
            DoubleVector s0 = DoubleVector.zero(D);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                s0 = s0.add(wide(x, o));
            }
            DoubleVector mu0 = s0.div(rows);
            DoubleVector q0 = DoubleVector.zero(D);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                DoubleVector d0 = wide(x, o).sub(mu0);
                q0 = q0.add(d0.mul(d0));
            }
            mu0.intoArray(mean, j);
            q0.div(rows).intoArray(var, j);
        }
        for (; j < cols; j++) {
            double sum = 0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                sum += x[o];
            }
            double mu = sum / rows;
            double sq = 0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                double d = x[o] - mu;
                sq += d * d;
            }
            mean[j] = mu;
            var[j] = sq / rows;
        }
    }

    // xhat = (x - mean) * inv;  y = gamma * xhat + beta
    void normalize(float[] x, float[] xh, float[] y, int rows, int cols, double[] mean, double[] inv, double[] g,
                   double[] b) {
        int up = cols - cols % L;
        for (int j = 0; j < up; j += L) {
            DoubleVector mv = DoubleVector.fromArray(D, mean, j);
            DoubleVector iv = DoubleVector.fromArray(D, inv, j);
            DoubleVector gv = DoubleVector.fromArray(D, g, j);
            DoubleVector bv = DoubleVector.fromArray(D, b, j);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                DoubleVector v = wide(x, o).sub(mv).mul(iv);
                narrow(v, xh, o);
                narrow(gv.mul(v).add(bv), y, o);
            }
        }
        for (int j = up; j < cols; j++) {
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                double v = (x[o] - mean[j]) * inv[j];
                xh[o] = (float) v;
                y[o] = (float) (g[j] * v + b[j]);
            }
        }
    }

    // dbeta = sum(dy);  dgamma = sum(dy * xhat)
    void bnSums(float[] dy, float[] xh, int rows, int cols, double[] dbeta, double[] dgamma) {
        int up = cols - cols % L;
        for (int j = 0; j < up; j += L) {
            DoubleVector db = DoubleVector.zero(D);
            DoubleVector dg = DoubleVector.zero(D);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                DoubleVector d = wide(dy, o);
                db = db.add(d);
                dg = dg.add(d.mul(wide(xh, o)));
            }
            db.intoArray(dbeta, j);
            dg.intoArray(dgamma, j);
        }
        for (int j = up; j < cols; j++) {
            double db = 0;
            double dg = 0;
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                double d = dy[o];
                db += d;
                dg += d * xh[o];
            }
            dbeta[j] = db;
            dgamma[j] = dg;
        }
    }

    // dx = scale * (M * dy - dbeta - xhat * dgamma)
    void bnDx(float[] dy, float[] xh, float[] dx, int rows, int cols, double[] scale, double[] dbeta,
              double[] dgamma) {
        int up = cols - cols % L;
        DoubleVector m = DoubleVector.broadcast(D, rows);
        for (int j = 0; j < up; j += L) {
            DoubleVector sv = DoubleVector.fromArray(D, scale, j);
            DoubleVector dbv = DoubleVector.fromArray(D, dbeta, j);
            DoubleVector dgv = DoubleVector.fromArray(D, dgamma, j);
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                DoubleVector t = m.mul(wide(dy, o)).sub(dbv).sub(wide(xh, o).mul(dgv));
                narrow(sv.mul(t), dx, o);
            }
        }
        for (int j = up; j < cols; j++) {
            for (int r = 0, o = j; r < rows; r++, o += cols) {
                dx[o] = (float) (scale[j] * (rows * (double) dy[o] - dbeta[j] - xh[o] * dgamma[j]));
            }
        }
    }

    // dx = dy * s (1 - s)
    void sigmoidBackward(float[] dy, float[] s, float[] dx, int n) {
        int up = n - n % L;
        DoubleVector one = DoubleVector.broadcast(D, 1.0);
        int i = 0;
        for (; i < up; i += L) {
            DoubleVector sv = wide(s, i);
            narrow(wide(dy, i).mul(sv).mul(one.sub(sv)), dx, i);
        }
        for (; i < n; i++) {
            double sv = s[i];
            dx[i] = (float) (dy[i] * sv * (1 - sv));
        }
    }

    private static final DoubleVector INV_LN2_N = DoubleVector.broadcast(D, Expf.INV_LN2_N);
    private static final DoubleVector SHIFT = DoubleVector.broadcast(D, Expf.SHIFT);
    private static final DoubleVector C0 = DoubleVector.broadcast(D, Expf.C0);
    private static final DoubleVector C1 = DoubleVector.broadcast(D, Expf.C1);
    private static final DoubleVector C2 = DoubleVector.broadcast(D, Expf.C2);
    private static final DoubleVector ONE = DoubleVector.broadcast(D, 1.0);
    private static final FloatVector ONE_F = FloatVector.broadcast(F, 1f);

    /** Expf.T in vectors of L entries: TABLE[p] lane j is T[p L + j]. */
    private static final LongVector[] TABLE = new LongVector[32 / L];

    static {
        for (int p = 0; p < TABLE.length; p++) {
            TABLE[p] = LongVector.fromArray(LS, Expf.T, p * L);
        }
    }

    // T[k mod 32] per lane: the lane's entry picked from each part of the table, the right part kept
    // (a shuffle within registers; a gather from the array was slower and less stable in JDK 17)
    private static LongVector table(LongVector ki) {
        LongVector k = ki.and(31L);
        VectorShuffle<Long> within = k.and(L - 1).toShuffle();
        LongVector part = k.lanewise(VectorOperators.LSHR, Integer.numberOfTrailingZeros(L));
        LongVector t = TABLE[0].rearrange(within);
        for (int p = 1; p < TABLE.length; p++) {
            t = t.blend(TABLE[p].rearrange(within), part.compare(VectorOperators.EQ, p));
        }
        return t;
    }

    /** Values per pass of {@link #sigmoidInChunks}: its look-up array's length (1 KiB). */
    static final int CHUNK = 128;

    /** Each thread's look-up array for sigmoidInChunks (the twins step on two threads). */
    private static final ThreadLocal<double[]> SCALES = ThreadLocal.withInitial(() -> new double[CHUNK]);

    /**
     * sigma(x) = 1 / (1 + e^-x) in float, e^-x as Expf.exp, the same bits either way. Where the table
     * Expf.T is looked up differs by vector length: in registers with 8 lanes (AVX-512: the table is 4
     * vectors; 0.8 ns a value), in memory with 4 (AVX2: the table is 8 vectors, and a 64-bit shuffle there
     * is slow: 7.2 ns a value in registers, slower than the plain loop's 5.1; 2.9 in memory).
     */
    void sigmoid(float[] x, float[] out, int n) {
        if (L >= 8) {
            sigmoidInRegisters(x, out, n);
        } else {
            sigmoidInChunks(x, out, n, SCALES.get());
        }
    }

    // lanes where |x| >= 88: e^-x over- or underflows there, so they take Expf's scalar code
    private static boolean huge(FloatVector neg) {
        return neg.reinterpretAsInts().lanewise(VectorOperators.LSHR, 20).and(0x7ff)
                .compare(VectorOperators.GT, 0x42a).anyTrue();
    }

    private static FloatVector neg(float[] x, int i) {
        return FloatVector.fromArray(F, x, i).neg();
    }

    private static DoubleVector wide(FloatVector v) {
        return (DoubleVector) v.convertShape(VectorOperators.F2D, D, 0);
    }

    // -x N / ln 2 + SHIFT: k, rounded, in its low bits
    private static DoubleVector kShifted(DoubleVector xd) {
        return INV_LN2_N.fma(xd, SHIFT);
    }

    // r = -x N / ln 2 - k;  e^-x = s (C0 r^3 + C1 r^2 + C2 r + 1), s = 2^(k/N);  sigma = 1 / (1 + e^-x)
    private static void finish(DoubleVector xd, DoubleVector kdShift, DoubleVector s, float[] out, int i) {
        DoubleVector kd = kdShift.sub(SHIFT);
        DoubleVector r = INV_LN2_N.fma(xd, kd.neg());
        DoubleVector z = r.fma(C0, C1);
        DoubleVector r2 = r.mul(r);
        DoubleVector y = r.fma(C2, ONE);
        y = z.fma(r2, y);
        FloatVector e = (FloatVector) y.mul(s).convertShape(VectorOperators.D2F, F, 0);
        ONE_F.div(ONE_F.add(e)).intoArray(out, i);
    }

    // The look-up in registers: s = T[k mod 32] + (k << 47) per lane by shuffles (table above).
    void sigmoidInRegisters(float[] x, float[] out, int n) {
        int up = n - n % L;
        int i = 0;
        for (; i < up; i += L) {
            FloatVector neg = neg(x, i);
            if (huge(neg)) {
                scalarSigmoid(x, out, i, i + L);
                continue;
            }
            DoubleVector xd = wide(neg);
            DoubleVector kdShift = kShifted(xd);
            LongVector ki = kdShift.reinterpretAsLongs();
            DoubleVector s = table(ki).add(ki.lanewise(VectorOperators.LSHL, 47)).reinterpretAsDoubles();
            finish(xd, kdShift, s, out, i);
        }
        scalarSigmoid(x, out, i, n);
    }

    // The look-up in memory, CHUNK values at a time: k for every value (vectors), then
    // s = T[k mod 32] + (k << 47) one value at a time in the scales array (plain loads), then the rest
    // (vectors). The scalar loads come long after the vector stores, so nothing waits on them. The array
    // holds doubles, k's bits as the shifted double itself: stored as a LongVector (reinterpretAsLongs),
    // C2 compiled the store as a call now and then (its species not a constant: "missing constant" under
    // PrintIntrinsics), about half the window's launches on AVX2, and the kernel ran ~11 times slower.
    void sigmoidInChunks(float[] x, float[] out, int n, double[] scales) {
        int up = n - n % L;
        int i = 0;
        while (i < up) {
            int end = Math.min(up, i + CHUNK);
            for (int j = i, c = 0; j < end; j += L, c += L) {
                kShifted(wide(neg(x, j))).intoArray(scales, c);
            }
            for (int c = 0, m = end - i; c < m; c++) {
                scales[c] = Double.longBitsToDouble(Expf.scaleBits(Double.doubleToRawLongBits(scales[c])));
            }
            for (int j = i, c = 0; j < end; j += L, c += L) {
                FloatVector neg = neg(x, j);
                if (huge(neg)) {
                    scalarSigmoid(x, out, j, j + L);
                    continue;
                }
                DoubleVector xd = wide(neg);
                finish(xd, kShifted(xd), DoubleVector.fromArray(D, scales, c), out, j);
            }
            i = end;
        }
        scalarSigmoid(x, out, i, n);
    }

    private static void scalarSigmoid(float[] x, float[] out, int from, int to) {
        for (int k = from; k < to; k++) {
            out[k] = Expf.sigmoid(x[k]);
        }
    }
}
