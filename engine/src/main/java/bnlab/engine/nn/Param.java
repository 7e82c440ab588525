package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A learnable array with its gradient and optimizer state. Mutable, engine thread only.
 * When {@code frozen}, the optimizer leaves the value alone (pinned gamma or beta).
 * <p>
 * Arrays: the value is Modified by the optimizer (and by a pin or the network landscape, which puts it
 * back); the gradient is overwritten by each backward pass; the velocity belongs to the optimizer.
 * Callers read them and modify none.
 */
public final class Param {
    private final String name;
    private final INDArray value;
    private final INDArray grad;
    private INDArray velocity;
    private boolean frozen;

    public Param(String name, INDArray value) {
        this.name = name;
        this.value = value;
        this.grad = value.ulike();
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
        }
        return velocity;
    }
}
