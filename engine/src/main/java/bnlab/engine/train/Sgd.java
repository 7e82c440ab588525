package bnlab.engine.train;

import bnlab.engine.nn.Arrays2;
import bnlab.engine.nn.Blas;
import bnlab.engine.nn.Param;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * Stochastic gradient descent with optional momentum, PyTorch style:
 * <pre>
 * v = mu * v + g;   p = p - lr * v       (mu = 0: p = p - lr * g)
 * </pre>
 * The learning rate and momentum may change between steps; the velocity is kept. Each update is
 * BLAS level 1 in place on the parameter's native memory (nothing is allocated).
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
        for (int i = 0; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.frozen()) {
                continue;
            }
            DataType t = p.value().dataType();
            long n = p.value().length();
            if (momentum == 0) {
                // p = p - lr * g   (axpy)
                Blas.axpy(t, n, -learningRate, p.gradPointer(), p.valuePointer());
            } else {
                // v = mu * v + g   (scal, then axpy);   p = p - lr * v   (axpy)
                Blas.scal(t, n, momentum, p.velocityPointer());
                Blas.axpy(t, n, 1.0, p.gradPointer(), p.velocityPointer());
                Blas.axpy(t, n, -learningRate, p.velocityPointer(), p.valuePointer());
            }
        }
    }

    /** ||delta p|| of the last step for a parameter: lr * ||v|| (or lr * ||g|| without momentum). */
    public double lastUpdateNorm(Param p) {
        if (p.frozen()) {
            return 0;
        }
        return learningRate * Arrays2.norm2(momentum == 0 ? p.grad() : p.velocity());
    }
}
