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
 * Keeps references to the intermediate arrays of the last forward pass for the probes.
 */
public final class HiddenBlock {
    private final Dense dense;
    private final Layer norm;
    private final Activation activation;
    private final Placement placement;
    private INDArray normInput;
    private INDArray normOutput;
    private INDArray output;

    public HiddenBlock(Dense dense, Layer norm, Activation activation, Placement placement) {
        if (norm != null && !(norm instanceof BatchNorm) && !(norm instanceof LayerNorm)) {
            throw new IllegalArgumentException("norm must be BatchNorm or LayerNorm");
        }
        this.dense = dense;
        this.norm = norm;
        this.activation = activation;
        this.placement = placement;
    }

    public INDArray forward(INDArray x, boolean training) {
        return forwardFromDense(dense.forward(x, training), training);
    }

    /**
     * The block after its Dense layer: normalization and activation applied to a given z = x W + b
     * (the network landscape computes the first layer's z by linearity instead of one gemm per point).
     */
    public INDArray forwardFromDense(INDArray z, boolean training) {
        if (norm == null) {
            normInput = z;
            normOutput = null;
            output = activation.forward(z, training);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            normInput = z;
            normOutput = norm.forward(z, training);
            output = activation.forward(normOutput, training);
        } else {
            INDArray h = activation.forward(z, training);
            normInput = h;
            normOutput = norm.forward(h, training);
            output = normOutput;
        }
        return output;
    }

    public INDArray backward(INDArray da) {
        INDArray d;
        if (norm == null) {
            d = activation.backward(da);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            d = norm.backward(activation.backward(da));
        } else {
            d = activation.backward(norm.backward(da));
        }
        return dense.backward(d);
    }

    public Dense dense() {
        return dense;
    }

    /** The BatchNorm layer, or null. */
    public BatchNorm batchNorm() {
        return norm instanceof BatchNorm bn ? bn : null;
    }

    /** The LayerNorm layer, or null. */
    public LayerNorm layerNorm() {
        return norm instanceof LayerNorm ln ? ln : null;
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
        return normInput;
    }

    /** gamma * xhat + beta, or null without norm. */
    public INDArray normOutput() {
        return normOutput;
    }

    /** xhat of the last forward pass, or null. */
    public INDArray xhat() {
        if (norm instanceof BatchNorm bn) {
            return bn.xhat();
        }
        return norm instanceof LayerNorm ln ? ln.xhat() : null;
    }

    public INDArray output() {
        return output;
    }

    /** Gamma and beta of the norm, or null. */
    public Param gamma() {
        if (norm instanceof BatchNorm bn) {
            return bn.gamma();
        }
        return norm instanceof LayerNorm ln ? ln.gamma() : null;
    }

    public Param beta() {
        if (norm instanceof BatchNorm bn) {
            return bn.beta();
        }
        return norm instanceof LayerNorm ln ? ln.beta() : null;
    }

    public List<Param> params() {
        List<Param> all = new ArrayList<>(dense.params());
        if (norm != null) {
            all.addAll(norm.params());
        }
        return all;
    }
}
