package bnlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Fully connected layer. Outputs and input gradients go into buffers kept per batch size; the
 * products are single-precision (or double) gemm calls into those buffers, straight to OpenBLAS.
 * <p>
 * Arrays: forward keeps a reference to its input x (Not modified; the caller must not change it
 * before backward) and returns z, owned by the layer (Not modified by callers; overwritten by the
 * next forward of the same batch size). backward reads dz (Not modified), overwrites the gradients of
 * W and b, and returns dx, owned by the layer (overwritten by the next backward of that size).
 */
public final class Dense implements Linear {
    private final Param w;
    private final Param b;
    private final boolean needsInputGrad;
    private final DataType type;
    private final int in;
    private final int out;
    private final double[] bias;
    private final double[] biasGrad;
    private final Sized<Bufs> sized = new Sized<>();
    private Mat x;
    private Bufs cur;

    private static final class Bufs {
        final Mat z;
        Mat dx;

        Bufs(Mat z) {
            this.z = z;
        }
    }

    /** W [in, out] and b [1, out] are used as given (not copied). */
    public Dense(INDArray w, INDArray b, boolean needsInputGrad) {
        this.w = new Param("W", w);
        this.b = new Param("b", b);
        this.needsInputGrad = needsInputGrad;
        this.type = w.dataType();
        this.in = (int) w.rows();
        this.out = (int) w.columns();
        this.bias = new double[out];
        this.biasGrad = new double[out];
    }

    /** W ~ N(0, std^2) drawn from rng (double precision, then cast), b = 0. */
    public static Dense init(int in, int out, double std, java.util.Random rng, DataType type, boolean needsInputGrad) {
        double[] values = new double[in * out];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextGaussian() * std;
        }
        INDArray w = Nd4j.create(values, new long[]{in, out}, DataType.DOUBLE).castTo(type);
        return new Dense(w, Nd4j.zeros(type, 1, out), needsInputGrad);
    }

    @Override
    public Param weights() {
        return w;
    }

    @Override
    public Param bias() {
        return b;
    }

    /** W and b copied (cast to type). */
    @Override
    public Dense copy(DataType t, boolean inputGrad) {
        return new Dense(w.value().castTo(t).dup(), b.value().castTo(t).dup(), inputGrad);
    }

    // z = x W + b    x [N, in], W [in, out], b [1, out], z [N, out]
    @Override
    public Mat forward(Mat x, boolean training) {
        if (x.cols != in) {
            throw new IllegalArgumentException("Dense expects " + in + " inputs, got " + x.cols);
        }
        this.x = x;
        cur = sized.get(x.rows, r -> new Bufs(Mat.zeros(type, r, out)));
        Mat z = cur.z;
        Blas.gemm(type, x.pointer(), x.rows, in, false, w.valuePointer(), in, out, false, z.address());
        z.wroteNative();
        z.heap();
        b.read(bias);
        VectorKernels k = Simd.on(z);
        if (k != null) {
            k.addRows(z.floats(), z.rows, out, bias);
        } else {
            for (int r = 0, i = 0; r < z.rows; r++) {
                for (int j = 0; j < out; j++, i++) {
                    z.set(i, z.get(i) + bias[j]);
                }
            }
        }
        z.wroteHeap();
        return z;
    }

    // dW = x^T dz   [in, out];  db = sum_n dz   [1, out];  dx = dz W^T   [N, in]
    @Override
    public Mat backward(Mat dz) {
        Blas.gemm(type, x.pointer(), x.rows, in, true, dz.pointer(), dz.rows, out, false, w.gradPointer());
        dz.heap().columnSums(biasGrad);
        b.writeGrad(biasGrad);
        if (!needsInputGrad) {
            return null;
        }
        if (cur.dx == null) {
            cur.dx = Mat.zeros(type, dz.rows, in);
        }
        Mat dx = cur.dx;
        Blas.gemm(type, dz.pointer(), dz.rows, out, false, w.valuePointer(), in, out, true, dx.address());
        dx.wroteNative();
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(w, b);
    }
}
