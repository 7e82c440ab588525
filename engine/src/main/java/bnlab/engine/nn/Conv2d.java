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
 * Computed as one gemm over the whole batch (im2col): the taps of every output position are copied
 * into a row of cols [N * Ho * Wo, Cin * k * k], then Z = cols W [N * Ho * Wo, Cout] (channels last)
 * is transposed into the NCHW output with the bias added. W [Cin * k * k, Cout] is PyTorch's weight
 * [Cout, Cin, k, k] reshaped and transposed: row (ci * k + ky) * k + kx, column co, so filter co is
 * column co, as a Dense layer's unit is.
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
        final Mat cols;  // [N * Ho * Wo, Cin * k * k]
        final Mat zc;    // [N * Ho * Wo, Cout], channels last
        final Mat z;     // [N, Cout * Ho * Wo]
        Mat dzc;         // backward only: dz channels last
        Mat dcols;       // dcols = dzc W^T
        Mat dx;          // [N, Cin * H * W]

        Bufs(int n) {
            cols = Mat.zeros(type, n * ho * wo, cin * k * k);
            zc = Mat.zeros(type, n * ho * wo, cout);
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

    // cols[n * P + oy * Wo + ox, (ci * k + ky) * k + kx] = x[n, ci, oy * s - pad + ky, ox * s - pad + kx] (0 outside)
    // Z = cols W       [N * P, Cout];   z[n, co, p] = Z[n * P + p, co] + b[co]        P = Ho * Wo
    @Override
    public Mat forward(Mat x, boolean training) {
        if (x.cols != cin * h * wd) {
            throw new IllegalArgumentException("conv expects " + cin + "x" + h + "x" + wd + " inputs, got " + x.cols);
        }
        int n = x.rows;
        cur = sized.get(n, Bufs::new);
        x.heap();
        Mat cols = cur.cols;
        float[] xf = x.floats();
        float[] cf = cols.floats();
        int kk = cin * k * k;
        int p = ho * wo;
        for (int s = 0; s < n; s++) {
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    int row = (s * p + oy * wo + ox) * kk;
                    for (int ci = 0; ci < cin; ci++) {
                        int base = (s * cin + ci) * h * wd;
                        for (int ky = 0; ky < k; ky++) {
                            int y = oy * stride - pad + ky;
                            int col = row + (ci * k + ky) * k;
                            for (int kx = 0; kx < k; kx++) {
                                int xx = ox * stride - pad + kx;
                                boolean in = y >= 0 && y < h && xx >= 0 && xx < wd;
                                if (cf != null) {
                                    cf[col + kx] = in ? xf[base + y * wd + xx] : 0f;
                                } else {
                                    cols.set(col + kx, in ? x.get(base + y * wd + xx) : 0.0);
                                }
                            }
                        }
                    }
                }
            }
        }
        cols.wroteHeap();
        Mat zc = cur.zc;
        Blas.gemm(type, cols.pointer(), cols.rows, kk, false, w.valuePointer(), kk, cout, false, zc.address());
        zc.wroteNative();
        zc.heap();
        b.read(bias);
        Mat z = cur.z;
        for (int s = 0; s < n; s++) {
            for (int co = 0; co < cout; co++) {
                int o = (s * cout + co) * p;
                for (int q = 0; q < p; q++) {
                    z.set(o + q, zc.get((s * p + q) * cout + co) + bias[co]);
                }
            }
        }
        z.wroteHeap();
        return z;
    }

    // dZ[n * P + p, co] = dz[n, co, p];  dW = cols^T dZ  [Cin k k, Cout];  db = sum over rows of dZ
    // dcols = dZ W^T  [N * P, Cin k k];  dx = col2im(dcols): each tap's gradient added to the pixel it read
    @Override
    public Mat backward(Mat dz) {
        int n = dz.rows;
        int p = ho * wo;
        int kk = cin * k * k;
        dz.heap();
        if (cur.dzc == null) {
            cur.dzc = Mat.zeros(type, n * p, cout);
        }
        Mat dzc = cur.dzc;
        for (int s = 0; s < n; s++) {
            for (int co = 0; co < cout; co++) {
                int o = (s * cout + co) * p;
                for (int q = 0; q < p; q++) {
                    dzc.set((s * p + q) * cout + co, dz.get(o + q));
                }
            }
        }
        dzc.wroteHeap();
        Mat cols = cur.cols;
        Blas.gemm(type, cols.pointer(), cols.rows, kk, true, dzc.pointer(), dzc.rows, cout, false, w.gradPointer());
        dzc.columnSums(biasGrad);
        b.writeGrad(biasGrad);
        if (!needsInputGrad) {
            return null;
        }
        if (cur.dcols == null) {
            cur.dcols = cols.like();
            cur.dx = Mat.zeros(type, n, cin * h * wd);
        }
        Mat dcols = cur.dcols;
        Blas.gemm(type, dzc.pointer(), dzc.rows, cout, false, w.valuePointer(), kk, cout, true, dcols.address());
        dcols.wroteNative();
        dcols.heap();
        Mat dx = cur.dx;
        float[] df = dx.floats();
        float[] cf = dcols.floats();
        if (df != null) {
            java.util.Arrays.fill(df, 0f);
        } else {
            for (int i = 0; i < dx.length; i++) {
                dx.set(i, 0.0);
            }
        }
        for (int s = 0; s < n; s++) {
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++) {
                    int row = (s * p + oy * wo + ox) * kk;
                    for (int ci = 0; ci < cin; ci++) {
                        int base = (s * cin + ci) * h * wd;
                        for (int ky = 0; ky < k; ky++) {
                            int y = oy * stride - pad + ky;
                            if (y < 0 || y >= h) {
                                continue;
                            }
                            int col = row + (ci * k + ky) * k;
                            for (int kx = 0; kx < k; kx++) {
                                int xx = ox * stride - pad + kx;
                                if (xx < 0 || xx >= wd) {
                                    continue;
                                }
                                int at = base + y * wd + xx;
                                if (df != null) {
                                    df[at] += cf[col + kx];
                                } else {
                                    dx.set(at, dx.get(at) + dcols.get(col + kx));
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
