package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;

/**
 * Layer normalization: statistics per sample across its D features, one gamma and beta per feature.
 * Identical in train and eval mode, no running statistics, works at batch size 1.
 */
public final class LayerNorm implements Norm {
    private final Param gamma;
    private final Param beta;
    private double eps;
    private INDArray xhat;
    private INDArray std;

    public LayerNorm(int features, double eps, DataType type) {
        this.gamma = new Param("gamma", Nd4j.ones(type, 1, features));
        this.beta = new Param("beta", Nd4j.zeros(type, 1, features));
        this.eps = eps;
    }

    @Override
    public NormKind kind() {
        return NormKind.LAYER;
    }

    @Override
    public Param gamma() {
        return gamma;
    }

    @Override
    public Param beta() {
        return beta;
    }

    @Override
    public INDArray xhat() {
        return xhat;
    }

    @Override
    public void setEps(double eps) {
        this.eps = eps;
    }

    /** None: LayerNorm's statistics are per sample, the same in train and eval mode. */
    @Override
    public INDArray runningMean() {
        return null;
    }

    @Override
    public INDArray runningVar() {
        return null;
    }

    @Override
    public void setRunningStats(Convention convention, double momentum) {
        // no running statistics
    }

    @Override
    public void setUpdateRunningStats(boolean update) {
        // no running statistics
    }

    // mu_n = mean_d(x_n);  var_n = mean_d((x_n - mu_n)^2);  xhat = (x - mu_n) / sqrt(var_n + eps)
    // y = gamma * xhat + beta          x, xhat, y [N, D]; mu, var [N, 1]; gamma, beta [1, D]
    @Override
    public INDArray forward(INDArray x, boolean training) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("LayerNorm here takes [N, D], got rank " + x.rank());
        }
        INDArray mu = x.mean(true, 1);
        INDArray centered = x.subColumnVector(mu);
        INDArray var = centered.mul(centered).mean(true, 1);
        std = Transforms.sqrt(var.addi(eps), false);
        xhat = centered.diviColumnVector(std);
        return xhat.mulRowVector(gamma.value()).addiRowVector(beta.value());
    }

    // dbeta = sum_n(dy);  dgamma = sum_n(dy * xhat);  g = dy * gamma
    // dx = 1 / (D * sqrt(var_n + eps)) * (D * g - sum_d(g) - xhat * sum_d(g * xhat))
    @Override
    public INDArray backward(INDArray dy) {
        long d = dy.columns();
        beta.grad().assign(dy.sum(true, 0));
        gamma.grad().assign(dy.mul(xhat).sum(true, 0));
        INDArray g = dy.mulRowVector(gamma.value());
        INDArray sumG = g.sum(true, 1);
        INDArray sumGx = g.mul(xhat).sum(true, 1);
        return g.muli(d).subiColumnVector(sumG).subi(xhat.mulColumnVector(sumGx)).diviColumnVector(std.mul(d));
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
