package bnlab.engine.train;

import bnlab.engine.nn.Param;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Stochastic gradient descent with optional momentum, PyTorch style:
 * <pre>
 * v = mu * v + g;   p = p - lr * v       (mu = 0: p = p - lr * g)
 * </pre>
 * The learning rate and momentum may change between steps; the velocity is kept.
 */
public final class Sgd {
    private double learningRate;
    private double momentum;

    public Sgd(double learningRate, double momentum) {
        setLearningRate(learningRate);
        setMomentum(momentum);
    }

    public double learningRate() {
        return learningRate;
    }

    public double momentum() {
        return momentum;
    }

    public void setLearningRate(double lr) {
        if (!(lr > 0) || Double.isInfinite(lr)) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + lr);
        }
        this.learningRate = lr;
    }

    public void setMomentum(double mu) {
        if (!(mu >= 0 && mu < 1)) {
            throw new IllegalArgumentException("SGD momentum must be in [0, 1), got " + mu);
        }
        this.momentum = mu;
    }

    /** Update every parameter that is not frozen. */
    public void step(List<Param> params) {
        for (Param p : params) {
            if (p.frozen()) {
                continue;
            }
            if (momentum == 0) {
                // p = p - lr * g   (axpy in place, no temporary)
                Nd4j.getBlasWrapper().level1().axpy(p.value().length(), -learningRate, p.grad(), p.value());
            } else {
                p.velocity().muli(momentum).addi(p.grad());
                Nd4j.getBlasWrapper().level1().axpy(p.value().length(), -learningRate, p.velocity(), p.value());
            }
        }
    }

    /** ||delta p|| of the last step for a parameter: lr * ||v|| (or lr * ||g|| without momentum). */
    public double lastUpdateNorm(Param p) {
        if (p.frozen()) {
            return 0;
        }
        return learningRate * (momentum == 0 ? p.grad() : p.velocity()).norm2Number().doubleValue();
    }
}
