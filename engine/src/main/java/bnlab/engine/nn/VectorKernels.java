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

    // z = z + b   (per row; b per column)
    void addRows(float[] z, int rows, int cols, double[] b) {
        int up = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                narrow(wide(z, o + j).add(DoubleVector.fromArray(D, b, j)), z, o + j);
            }
            for (; j < cols; j++) {
                z[o + j] = (float) (z[o + j] + b[j]);
            }
        }
    }

    // s_j = sum_r x_rj, in float, row after row
    void columnSums(float[] x, int rows, int cols, float[] s) {
        java.util.Arrays.fill(s, 0, cols, 0f);
        int up = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                FloatVector.fromArray(F, s, j).add(FloatVector.fromArray(F, x, o + j)).intoArray(s, j);
            }
            for (; j < cols; j++) {
                s[j] += x[o + j];
            }
        }
    }

    // mu_j = 1/m sum_r x_rj;  var_j = 1/m sum_r (x_rj - mu_j)^2      (Moments.columns, lane by column)
    void moments(float[] x, int rows, int cols, double[] mean, double[] var) {
        java.util.Arrays.fill(mean, 0, cols, 0.0);
        java.util.Arrays.fill(var, 0, cols, 0.0);
        int up = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                DoubleVector.fromArray(D, mean, j).add(wide(x, o + j)).intoArray(mean, j);
            }
            for (; j < cols; j++) {
                mean[j] += x[o + j];
            }
        }
        for (int j = 0; j < cols; j++) {
            mean[j] /= rows;
        }
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                DoubleVector d = wide(x, o + j).sub(DoubleVector.fromArray(D, mean, j));
                DoubleVector.fromArray(D, var, j).add(d.mul(d)).intoArray(var, j);
            }
            for (; j < cols; j++) {
                double d = x[o + j] - mean[j];
                var[j] += d * d;
            }
        }
        for (int j = 0; j < cols; j++) {
            var[j] /= rows;
        }
    }

    // xhat = (x - mean) * inv;  y = gamma * xhat + beta
    void normalize(float[] x, float[] xh, float[] y, int rows, int cols, double[] mean, double[] inv, double[] g,
                   double[] b) {
        int up = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                DoubleVector v = wide(x, o + j).sub(DoubleVector.fromArray(D, mean, j))
                        .mul(DoubleVector.fromArray(D, inv, j));
                narrow(v, xh, o + j);
                narrow(DoubleVector.fromArray(D, g, j).mul(v).add(DoubleVector.fromArray(D, b, j)), y, o + j);
            }
            for (; j < cols; j++) {
                double v = (x[o + j] - mean[j]) * inv[j];
                xh[o + j] = (float) v;
                y[o + j] = (float) (g[j] * v + b[j]);
            }
        }
    }

    // dbeta = sum(dy);  dgamma = sum(dy * xhat)
    void bnSums(float[] dy, float[] xh, int rows, int cols, double[] dbeta, double[] dgamma) {
        java.util.Arrays.fill(dbeta, 0, cols, 0.0);
        java.util.Arrays.fill(dgamma, 0, cols, 0.0);
        int up = cols - cols % L;
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                DoubleVector d = wide(dy, o + j);
                DoubleVector.fromArray(D, dbeta, j).add(d).intoArray(dbeta, j);
                DoubleVector.fromArray(D, dgamma, j).add(d.mul(wide(xh, o + j))).intoArray(dgamma, j);
            }
            for (; j < cols; j++) {
                double d = dy[o + j];
                dbeta[j] += d;
                dgamma[j] += d * xh[o + j];
            }
        }
    }

    // dx = scale * (M * dy - dbeta - xhat * dgamma)
    void bnDx(float[] dy, float[] xh, float[] dx, int rows, int cols, double[] scale, double[] dbeta,
              double[] dgamma) {
        int up = cols - cols % L;
        DoubleVector m = DoubleVector.broadcast(D, rows);
        for (int r = 0; r < rows; r++) {
            int o = r * cols;
            int j = 0;
            for (; j < up; j += L) {
                DoubleVector t = m.mul(wide(dy, o + j)).sub(DoubleVector.fromArray(D, dbeta, j))
                        .sub(wide(xh, o + j).mul(DoubleVector.fromArray(D, dgamma, j)));
                narrow(DoubleVector.fromArray(D, scale, j).mul(t), dx, o + j);
            }
            for (; j < cols; j++) {
                dx[o + j] = (float) (scale[j] * (rows * (double) dy[o + j] - dbeta[j] - xh[o + j] * dgamma[j]));
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

    // sigma(x) = 1 / (1 + e^-x) in float, e^-x as Expf.exp (its scalar code for lanes with |x| >= 88)
    void sigmoid(float[] x, float[] out, int n) {
        int up = n - n % L;
        FloatVector oneF = FloatVector.broadcast(F, 1f);
        int i = 0;
        for (; i < up; i += L) {
            FloatVector neg = FloatVector.fromArray(F, x, i).neg();
            VectorMask<Integer> big = neg.reinterpretAsInts().lanewise(VectorOperators.LSHR, 20).and(0x7ff)
                    .compare(VectorOperators.GT, 0x42a);
            if (big.anyTrue()) {
                for (int k = i; k < i + L; k++) {
                    out[k] = Expf.sigmoid(x[k]);
                }
                continue;
            }
            // e^-x: x N / ln 2 = k + r;  e = 2^(k/N) (C0 r^3 + C1 r^2 + C2 r + 1)
            DoubleVector xd = (DoubleVector) neg.convertShape(VectorOperators.F2D, D, 0);
            DoubleVector kdShift = INV_LN2_N.fma(xd, SHIFT);
            LongVector ki = kdShift.reinterpretAsLongs();
            DoubleVector kd = kdShift.sub(SHIFT);
            DoubleVector r = INV_LN2_N.fma(xd, kd.neg());
            DoubleVector s = table(ki).add(ki.lanewise(VectorOperators.LSHL, 47)).reinterpretAsDoubles();
            DoubleVector z = r.fma(C0, C1);
            DoubleVector r2 = r.mul(r);
            DoubleVector y = r.fma(C2, ONE);
            y = z.fma(r2, y);
            FloatVector e = (FloatVector) y.mul(s).convertShape(VectorOperators.D2F, F, 0);
            oneF.div(oneF.add(e)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Expf.sigmoid(x[i]);
        }
    }
}
