package bnlab.engine.nn;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Fully connected layer. Outputs and input gradients go into buffers preallocated per batch size;
 * the products use gemm into those buffers (a.mmul(b) would allocate each step).
 * <p>
 * Arrays: forward keeps a reference to its input x (Not modified; the caller must not change it
 * before backward) and returns z, owned by the layer (Not modified by callers; overwritten by the
 * next forward). backward reads dz (Not modified), overwrites the gradients of W and b, and returns
 * dx, owned by the layer (overwritten by the next backward).
 */
public final class Dense implements Layer {
    private final Param w;
    private final Param b;
    private final boolean needsInputGrad;
    private INDArray x;
    private INDArray z;
    private INDArray dx;

    /** W [in, out] and b [1, out] are used as given (not copied). */
    public Dense(INDArray w, INDArray b, boolean needsInputGrad) {
        this.w = new Param("W", w);
        this.b = new Param("b", b);
        this.needsInputGrad = needsInputGrad;
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

    public Param weights() {
        return w;
    }

    public Param bias() {
        return b;
    }

    // z = x W + b    x [N, in], W [in, out], b [1, out], z [N, out]
    @Override
    public INDArray forward(INDArray x, boolean training) {
        this.x = x;
        long n = x.rows();
        if (z == null || z.rows() != n) {
            z = Nd4j.create(w.value().dataType(), n, w.value().columns());
        }
        Nd4j.gemm(x, w.value(), z, false, false, 1.0, 0.0);
        z.addiRowVector(b.value());
        return z;
    }

    // dW = x^T dz   [in, out];  db = sum_n dz   [1, out];  dx = dz W^T   [N, in]
    @Override
    public INDArray backward(INDArray dz) {
        Nd4j.gemm(x, dz, w.grad(), true, false, 1.0, 0.0);
        dz.sum(b.grad().reshape(b.grad().length()), 0);
        if (!needsInputGrad) {
            return null;
        }
        if (dx == null || dx.rows() != dz.rows()) {
            dx = Nd4j.create(x.dataType(), dz.rows(), x.columns());
        }
        Nd4j.gemm(dz, w.value(), dx, false, true, 1.0, 0.0);
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(w, b);
    }
}
