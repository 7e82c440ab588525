package bnlab.engine.nn;

import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A learnable array with its gradient and optimizer state. Mutable, engine thread only (or the twin's
 * worker during a step).
 * When {@code frozen}, the optimizer leaves the value alone (pinned gamma or beta).
 * <p>
 * Arrays: the value is Modified by the optimizer (and by a pin or the network landscape, which puts it
 * back); the gradient is overwritten by each backward pass; the velocity belongs to the optimizer.
 * Callers read them and modify none. The layers read the value from native memory at every pass (so a
 * value changed in place, by the optimizer or a gradient check, is always seen).
 */
public final class Param {
    private final String name;
    private final INDArray value;
    private final INDArray grad;
    private final Pointer valuePtr;
    private final Pointer gradPtr;
    private INDArray velocity;
    private Pointer velocityPtr;
    private Mat valueRow;
    private Mat gradRow;
    private boolean frozen;

    public Param(String name, INDArray value) {
        this.name = name;
        this.value = value;
        this.grad = value.ulike();
        this.valuePtr = value.data().addressPointer();
        this.gradPtr = grad.data().addressPointer();
    }

    public String name() {
        return name;
    }

    public INDArray value() {
        return value;
    }

    public INDArray grad() {
        return grad;
    }

    public boolean frozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    /** Optimizer momentum buffer, created on first use and zeroed by the optimizer on reset. */
    public INDArray velocity() {
        if (velocity == null) {
            velocity = value.ulike().assign(0);
            velocityPtr = velocity.data().addressPointer();
        }
        return velocity;
    }

    public Pointer valuePointer() {
        return valuePtr;
    }

    public Pointer gradPointer() {
        return gradPtr;
    }

    public Pointer velocityPointer() {
        velocity();
        return velocityPtr;
    }

    /** The largest gradient norm whose square a float (double) still holds: sqrt(MAX_VALUE). */
    private static final double FLOAT_NORM_LIMIT = Math.sqrt(Float.MAX_VALUE);
    private static final double DOUBLE_NORM_LIMIT = Math.sqrt(Double.MAX_VALUE);

    /**
     * Whether the gradient g has a finite ||g||^2 in its type: no NaN or infinite element, and
     * sum g_i^2 below the type's largest value (the test a step made before with ND4J's norm2, whose float
     * sum overflowed there). OpenBLAS's nrm2 sums without overflow, so the limit is explicit; exactly at the
     * limit the two sums may round differently, nowhere else.
     * <p>
     * ||g||_2 <= ||g||_1 = sum |g_i|, and OpenBLAS sums |g_i| ~2.4 times as fast as it takes the norm:
     * a sum up to half the limit passes at once (the half is room for the sum's rounding, under 0.5 % for
     * the largest layer); any other sum (large, infinite or NaN) is decided by the norm, as before.
     */
    public boolean gradientFits() {
        DataType t = grad.dataType();
        double limit = t == DataType.DOUBLE ? DOUBLE_NORM_LIMIT : FLOAT_NORM_LIMIT;
        if (Blas.asum(t, grad.length(), gradPtr) <= limit / 2) {
            return true;
        }
        return Blas.nrm2(t, grad.length(), gradPtr) <= limit;
    }

    /** The value's elements into out[0 .. length-1] (read from native memory now). */
    void read(double[] out) {
        if (valueRow == null) {
            valueRow = Mat.wrap(value);
        }
        valueRow.wroteNative();
        valueRow.heap();
        for (int i = 0; i < valueRow.length; i++) {
            out[i] = valueRow.get(i);
        }
    }

    /** Overwrite the gradient with g[0 .. length-1] (rounded to the type). */
    void writeGrad(double[] g) {
        if (gradRow == null) {
            gradRow = Mat.wrap(grad);
        }
        for (int i = 0; i < gradRow.length; i++) {
            gradRow.set(i, g[i]);
        }
        gradRow.wroteHeap();
        gradRow.array();
    }
}
