package bnlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * 2-D convolution (cross-correlation, as PyTorch's Conv2d) of an [N, Cin, H, W] batch with Cout
 * kernels of k x k, a stride and zero padding, into [N, Cout, Ho, Wo] with
 * Ho = (H + 2 pad - k) / stride + 1 (floor), and Wo likewise. Batches travel as {@link Mat}s of
 * [N, C * H * W] (sample by sample; within a sample channel by channel, row by row: c-order NCHW).
 * <p>
 * Computed as one gemm over the whole batch (im2col, laid out as Caffe does): tap (ci, ky, kx) of
 * every output position is copied into row (ci * k + ky) * k + kx of cols [Cin * k * k, N * Ho * Wo]
 * (runs along a row of the image are contiguous copies), then Z^T = W^T cols [Cout, N * Ho * Wo], whose
 * row co holds channel co of every sample one after the other: one contiguous copy per (sample,
 * channel) into the NCHW output, with the bias added. W [Cin * k * k, Cout] is PyTorch's weight
 * [Cout, Cin, k, k] reshaped and transposed, so filter co is column co, as a Dense layer's unit is.
 * <p>
 * Arrays: forward keeps cols (its copy of the input's taps) for backward and returns its output,
 * owned by the layer (Not modified by callers, overwritten by the next forward of the same batch
 * size); the input is Not modified. backward reads dz (Not modified), overwrites W's and b's
 * gradients and returns dx, owned by the layer (overwritten by the next backward of that size). All
 * buffers are kept per batch size, so a warm pass allocates nothing.
 */
public final class Conv2d implements Linear {
    private final Param w;
    private final Param b;
    private final boolean needsInputGrad;
    private final DataType type;
    private final int cin;
    private final int h;
    private final int wd;
    private final int cout;
    private final int k;
    private final int stride;
    private final int pad;
    private final int ho;
    private final int wo;
    private final double[] bias;
    private final double[] biasGrad;
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;

    private final class Bufs {
        final Mat cols;  // [Cin * k * k, N * Ho * Wo]
        final Mat zt;    // Z^T [Cout, N * Ho * Wo]
        final Mat z;     // [N, Cout * Ho * Wo]
        Mat dzt;         // backward only: dZ^T [Cout, N * Ho * Wo]
        Mat dcols;       // dcols = W dZ^T  [Cin * k * k, N * Ho * Wo]
        Mat dx;          // [N, Cin * H * W]

        Bufs(int n) {
            cols = Mat.zeros(type, cin * k * k, n * ho * wo);
            zt = Mat.zeros(type, cout, n * ho * wo);
            z = Mat.zeros(type, n, cout * ho * wo);
        }
    }

    /**
     * @param w [inChannels * k * k, outChannels], used as given (not copied)
     * @param b [1, outChannels], used as given
     */
    public Conv2d(INDArray w, INDArray b, int inChannels, int height, int width, int kernel, int stride, int padding,
                  boolean needsInputGrad) {
        if (inChannels < 1 || height < 1 || width < 1 || kernel < 1 || stride < 1 || padding < 0
                || w.rows() != (long) inChannels * kernel * kernel || b.columns() != w.columns()) {
            throw new IllegalArgumentException("conv " + kernel + "x" + kernel + " over " + inChannels + "x" + height
                    + "x" + width + " with W " + java.util.Arrays.toString(w.shape()));
        }
        this.w = new Param("W", w);
        this.b = new Param("b", b);
        this.needsInputGrad = needsInputGrad;
        this.type = w.dataType();
        this.cin = inChannels;
        this.h = height;
        this.wd = width;
        this.cout = (int) w.columns();
        this.k = kernel;
        this.stride = stride;
        this.pad = padding;
        this.ho = outSize(height, kernel, stride, padding);
        this.wo = outSize(width, kernel, stride, padding);
        if (ho < 1 || wo < 1) {
            throw new IllegalArgumentException("a " + kernel + "x" + kernel + " kernel does not fit " + height + "x"
                    + width + " with padding " + padding);
        }
        this.bias = new double[cout];
        this.biasGrad = new double[cout];
    }

    // Ho = floor((H + 2 pad - k) / stride) + 1
    public static int outSize(int size, int kernel, int stride, int padding) {
        return Math.floorDiv(size + 2 * padding - kernel, stride) + 1;
    }

    /** W ~ N(0, std^2) drawn from rng row by row (double precision, then cast), b = 0. */
    public static Conv2d init(int inChannels, int height, int width, int outChannels, int kernel, int stride,
                              int padding, double std, java.util.Random rng, DataType type, boolean needsInputGrad) {
        int fanIn = inChannels * kernel * kernel;
        double[] values = new double[fanIn * outChannels];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextGaussian() * std;
        }
        INDArray w = Nd4j.create(values, new long[]{fanIn, outChannels}, DataType.DOUBLE).castTo(type);
        return new Conv2d(w, Nd4j.zeros(type, 1, outChannels), inChannels, height, width, kernel, stride, padding,
                needsInputGrad);
    }

    @Override
    public Conv2d copy(DataType t, boolean inputGrad) {
        return new Conv2d(w.value().castTo(t).dup(), b.value().castTo(t).dup(), cin, h, wd, k, stride, pad, inputGrad);
    }

    @Override
    public Param weights() {
        return w;
    }

    @Override
    public Param bias() {
        return b;
    }

    public int outChannels() {
        return cout;
    }

    public int outHeight() {
        return ho;
    }

    public int outWidth() {
        return wo;
    }

    // cols[(ci * k + ky) * k + kx, n * P + oy * Wo + ox] = x[n, ci, oy * s - pad + ky, ox * s - pad + kx] (0 outside)
    // Z^T = W^T cols   [Cout, N * P];   z[n, co, p] = Z^T[co, n * P + p] + b[co]        P = Ho * Wo
    @Override
    public Mat forward(Mat x, boolean training) {
        if (x.cols != cin * h * wd) {
            throw new IllegalArgumentException("conv expects " + cin + "x" + h + "x" + wd + " inputs, got " + x.cols);
        }
        int n = x.rows;
        int p = ho * wo;
        int np = n * p;
        int kk = cin * k * k;
        cur = sized.get(n, Bufs::new);
        x.heap();
        Mat cols = cur.cols;
        for (int ci = 0; ci < cin; ci++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((ci * k + ky) * k + kx) * np;
                    for (int s = 0; s < n; s++) {
                        int base = (s * cin + ci) * h * wd;
                        for (int oy = 0; oy < ho; oy++) {
                            int y = oy * stride - pad + ky;
                            int at = row + s * p + oy * wo;
                            if (y < 0 || y >= h) {
                                zero(cols, at, wo);
                            } else {
                                tapRow(x, base + y * wd, kx, cols, at);
                            }
                        }
                    }
                }
            }
        }
        cols.wroteHeap();
        Mat zt = cur.zt;
        Blas.gemm(type, w.valuePointer(), kk, cout, true, cols.pointer(), kk, np, false, zt.address());
        zt.wroteNative();
        zt.heap();
        b.read(bias);
        Mat z = cur.z;
        Object from = zt.heapArray();
        Object to = z.heapArray();
        for (int s = 0; s < n; s++) {
            for (int co = 0; co < cout; co++) {
                System.arraycopy(from, co * np + s * p, to, (s * cout + co) * p, p);
            }
        }
        addBias(z, n, p);
        z.wroteHeap();
        return z;
    }

    // out[at + ox] = x[rowStart + ox * s - pad + kx] for ox < Wo, 0 where that column is outside the image
    private void tapRow(Mat x, int rowStart, int kx, Mat out, int at) {
        int lo = 0;
        while (lo < wo && lo * stride - pad + kx < 0) {
            lo++;
        }
        int hi = wo;
        while (hi > lo && (hi - 1) * stride - pad + kx >= wd) {
            hi--;
        }
        zero(out, at, lo);
        zero(out, at + hi, wo - hi);
        if (stride == 1) {
            System.arraycopy(x.heapArray(), rowStart + lo - pad + kx, out.heapArray(), at + lo, hi - lo);
        } else {
            float[] xf = x.floats();
            float[] of = out.floats();
            for (int ox = lo; ox < hi; ox++) {
                int from = rowStart + ox * stride - pad + kx;
                if (of != null) {
                    of[at + ox] = xf[from];
                } else {
                    out.set(at + ox, x.get(from));
                }
            }
        }
    }

    private static void zero(Mat m, int from, int count) {
        if (count <= 0) {
            return;
        }
        float[] f = m.floats();
        if (f != null) {
            java.util.Arrays.fill(f, from, from + count, 0f);
        } else {
            java.util.Arrays.fill((double[]) m.heapArray(), from, from + count, 0.0);
        }
    }

    // z[n, co, p] += b[co]
    private void addBias(Mat z, int n, int p) {
        float[] f = z.floats();
        for (int s = 0; s < n; s++) {
            for (int co = 0; co < cout; co++) {
                int o = (s * cout + co) * p;
                if (f != null) {
                    float bc = (float) bias[co];
                    for (int q = 0; q < p; q++) {
                        f[o + q] += bc;
                    }
                } else {
                    for (int q = 0; q < p; q++) {
                        z.set(o + q, z.get(o + q) + bias[co]);
                    }
                }
            }
        }
    }

    // dZ^T[co, n * P + p] = dz[n, co, p];  dW = cols dZ  [Cin k k, Cout];  db[co] = sum of row co of dZ^T
    // dcols = W dZ^T  [Cin k k, N * P];  dx = col2im(dcols): each tap's gradient added to the pixel it read
    @Override
    public Mat backward(Mat dz) {
        int n = dz.rows;
        int p = ho * wo;
        int np = n * p;
        int kk = cin * k * k;
        dz.heap();
        if (cur.dzt == null) {
            cur.dzt = Mat.zeros(type, cout, np);
        }
        Mat dzt = cur.dzt;
        Object from = dz.heapArray();
        Object to = dzt.heapArray();
        for (int s = 0; s < n; s++) {
            for (int co = 0; co < cout; co++) {
                System.arraycopy(from, (s * cout + co) * p, to, co * np + s * p, p);
            }
        }
        dzt.wroteHeap();
        Mat cols = cur.cols;
        Blas.gemm(type, cols.pointer(), kk, np, false, dzt.pointer(), cout, np, true, w.gradPointer());
        // db[co] = sum over n, p of dz[n, co, p], summed in double
        for (int co = 0; co < cout; co++) {
            double sum = 0;
            for (int i = co * np, end = i + np; i < end; i++) {
                sum += dzt.get(i);
            }
            biasGrad[co] = sum;
        }
        b.writeGrad(biasGrad);
        if (!needsInputGrad) {
            return null;
        }
        if (cur.dcols == null) {
            cur.dcols = cols.like();
            cur.dx = Mat.zeros(type, n, cin * h * wd);
        }
        Mat dcols = cur.dcols;
        Blas.gemm(type, w.valuePointer(), kk, cout, false, dzt.pointer(), cout, np, false, dcols.address());
        dcols.wroteNative();
        dcols.heap();
        Mat dx = cur.dx;
        zero(dx, 0, dx.length);
        float[] df = dx.floats();
        float[] cf = dcols.floats();
        for (int ci = 0; ci < cin; ci++) {
            for (int ky = 0; ky < k; ky++) {
                for (int kx = 0; kx < k; kx++) {
                    int row = ((ci * k + ky) * k + kx) * np;
                    for (int s = 0; s < n; s++) {
                        int base = (s * cin + ci) * h * wd;
                        for (int oy = 0; oy < ho; oy++) {
                            int y = oy * stride - pad + ky;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            int at = row + s * p + oy * wo;
                            int rowStart = base + y * wd;
                            for (int ox = 0; ox < wo; ox++) {
                                int xx = ox * stride - pad + kx;
                                if (xx < 0 || xx >= wd) {
                                    continue;
                                }
                                if (df != null) {
                                    df[rowStart + xx] += cf[at + ox];
                                } else {
                                    dx.set(rowStart + xx, dx.get(rowStart + xx) + dcols.get(at + ox));
                                }
                            }
                        }
                    }
                }
            }
        }
        dx.wroteHeap();
        return dx;
    }
}
