package bnlab.engine.nn;

import bnlab.engine.api.Placement;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * One hidden layer: Dense, then normalization and activation in the chosen order.
 * <pre>
 * BEFORE_ACTIVATION: z = x W + b;  y = norm(z);  a = f(y)
 * AFTER_ACTIVATION:  z = x W + b;  h = f(z);    a = norm(h)
 * without norm:      z = x W + b;  a = f(z)
 * </pre>
 * Keeps references to the arrays of the last forward and backward pass for the probes' trace. They
 * are owned by the layers (Not modified by callers) and overwritten by the next pass.
 */
public final class HiddenBlock {
    private final Dense dense;
    private final Norm norm;
    private final Activation activation;
    private final Placement placement;
    private Mat normInput;
    private Mat normOutput;
    private Mat output;
    private Mat dz;

    /** @param norm the normalization, or null for none */
    public HiddenBlock(Dense dense, Norm norm, Activation activation, Placement placement) {
        this.dense = dense;
        this.norm = norm;
        this.activation = activation;
        this.placement = placement;
    }

    public INDArray forward(INDArray x, boolean training) {
        return forward(Mat.wrap(x), training).array();
    }

    public Mat forward(Mat x, boolean training) {
        return forwardFromDense(dense.forward(x, training), training);
    }

    /**
     * The block after its Dense layer: normalization and activation applied to a given z = x W + b
     * (the network landscape computes the first layer's z by linearity instead of one gemm per point).
     */
    public INDArray forwardFromDense(INDArray z, boolean training) {
        return forwardFromDense(Mat.wrap(z), training).array();
    }

    public Mat forwardFromDense(Mat z, boolean training) {
        if (norm == null) {
            normInput = z;
            normOutput = null;
            output = activation.forward(z, training);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            normInput = z;
            normOutput = norm.forward(z, training);
            output = activation.forward(normOutput, training);
        } else {
            Mat h = activation.forward(z, training);
            normInput = h;
            normOutput = norm.forward(h, training);
            output = normOutput;
        }
        return output;
    }

    // dL/dz from dL/da through the block, then Dense: dL/dx
    public Mat backward(Mat da) {
        if (norm == null) {
            dz = activation.backward(da);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            dz = norm.backward(activation.backward(da));
        } else {
            dz = activation.backward(norm.backward(da));
        }
        return dense.backward(dz);
    }

    public Dense dense() {
        return dense;
    }

    /** The normalization, or null. */
    public Norm norm() {
        return norm;
    }

    public boolean normalized() {
        return norm != null;
    }

    public Activation activation() {
        return activation;
    }

    public Placement placement() {
        return placement;
    }

    /** Input of the normalization (for the plain block: the Dense output at the same place). */
    public INDArray normInput() {
        return normInput == null ? null : normInput.array();
    }

    /** {@link #normInput()} as the layers hold it. */
    public Mat normInputMat() {
        return normInput;
    }

    /** gamma * xhat + beta, or null without norm. */
    public INDArray normOutput() {
        return normOutput == null ? null : normOutput.array();
    }

    public Mat normOutputMat() {
        return normOutput;
    }

    /** xhat of the last forward pass, or null without norm. */
    public INDArray xhat() {
        return norm == null ? null : norm.xhat();
    }

    public Mat xhatMat() {
        return norm == null ? null : norm.xhatMat();
    }

    public INDArray output() {
        return output == null ? null : output.array();
    }

    /** The activation's input and output of the last forward pass. */
    public Mat activationInputMat() {
        return activation.inputMat();
    }

    public Mat activationOutputMat() {
        return activation.outputMat();
    }

    /** dL/dz of the last backward pass, z = x W + b [N, out], or null before one. */
    public INDArray dz() {
        return dz == null ? null : dz.array();
    }

    public Mat dzMat() {
        return dz;
    }

    /** Gamma of the norm, or null. */
    public Param gamma() {
        return norm == null ? null : norm.gamma();
    }

    /** Beta of the norm, or null. */
    public Param beta() {
        return norm == null ? null : norm.beta();
    }

    public List<Param> params() {
        List<Param> all = new ArrayList<>(dense.params());
        if (norm != null) {
            all.addAll(norm.params());
        }
        return all;
    }
}
