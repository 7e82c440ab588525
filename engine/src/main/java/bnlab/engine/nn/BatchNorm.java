package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

import java.util.List;

/**
 * Batch normalization per feature over the batch for [N, D] inputs, and per channel over (N, H, W)
 * for [N, C, H, W] inputs (a [4, 1, 3, 3] batch normalizes all 36 values of its channel together).
 * Running statistics follow the chosen {@link Convention}; see {@link #updateRunning}.
 */
public final class BatchNorm implements Layer {
    private final Param gamma;
    private final Param beta;
    private final INDArray runningMean;
    private final INDArray runningVar;
    private double eps;
    private double momentum;
    private Convention convention;
    private boolean updateRunningStats = true;

    // cached by forward for backward and probes, all on the [M, C] view
    private long m;
    private INDArray xhat;
    private INDArray std;
    private INDArray batchMean;
    private INDArray batchVar;
    private INDArray input2d;
    private long[] shape4d;

    public BatchNorm(int features, Convention convention, double momentum, double eps,
                     org.nd4j.linalg.api.buffer.DataType type) {
        this.gamma = new Param("gamma", Nd4j.ones(type, 1, features));
        this.beta = new Param("beta", Nd4j.zeros(type, 1, features));
        this.runningMean = Nd4j.zeros(type, 1, features);
        this.runningVar = Nd4j.ones(type, 1, features);
        this.convention = convention;
        this.momentum = momentum;
        this.eps = eps;
    }

    public Param gamma() {
        return gamma;
    }

    public Param beta() {
        return beta;
    }

    public INDArray runningMean() {
        return runningMean;
    }

    public INDArray runningVar() {
        return runningVar;
    }

    public INDArray xhat() {
        return xhat;
    }

    public INDArray input2d() {
        return input2d;
    }

    public INDArray batchMean() {
        return batchMean;
    }

    public INDArray batchVar() {
        return batchVar;
    }

    public double eps() {
        return eps;
    }

    public void setEps(double eps) {
        this.eps = eps;
    }

    public void setRunningStats(Convention convention, double momentum) {
        this.convention = convention;
        this.momentum = momentum;
    }

    /** Train-mode forward without touching the running statistics (to measure train-mode accuracy). */
    public void setUpdateRunningStats(boolean update) {
        this.updateRunningStats = update;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        INDArray x2 = to2d(x);
        INDArray y = training ? forwardTrain(x2) : forwardEval(x2);
        return from2d(y);
    }

    // mu = mean_m(x);  var = mean_m((x - mu)^2) (biased);  xhat = (x - mu) / sqrt(var + eps);
    // y = gamma * xhat + beta                                      x, xhat, y [M, C]; mu, var [1, C]
    private INDArray forwardTrain(INDArray x) {
        m = x.rows();
        if (m < 2) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got "
                    + m + " (batch size 1 in BN training mode has zero variance; use a batch of 2 or more)");
        }
        input2d = x;
        batchMean = x.mean(true, 0);
        INDArray centered = x.subRowVector(batchMean);
        batchVar = centered.mul(centered).mean(true, 0);
        std = Transforms.sqrt(batchVar.add(eps), false);
        xhat = centered.diviRowVector(std);
        if (updateRunningStats) {
            updateRunning(batchMean, batchVar, m);
        }
        return xhat.mulRowVector(gamma.value()).addiRowVector(beta.value());
    }

    // PyTorch: running = (1 - m) running + m * batch, with var_unbiased = var * M / (M - 1)
    // Keras:   moving  = m * moving + (1 - m) * batch, with the biased var
    private void updateRunning(INDArray mean, INDArray var, long count) {
        double alpha = convention.newBatchWeight(momentum);
        double varScale = convention.unbiasedRunningVar() ? (double) count / (count - 1) : 1.0;
        runningMean.muli(1.0 - alpha).addi(mean.mul(alpha));
        runningVar.muli(1.0 - alpha).addi(var.mul(alpha * varScale));
    }

    // y = gamma * (x - running_mean) / sqrt(running_var + eps) + beta
    private INDArray forwardEval(INDArray x) {
        input2d = x;
        INDArray s = Transforms.sqrt(runningVar.add(eps), false);
        return x.subRowVector(runningMean).diviRowVector(s).muliRowVector(gamma.value()).addiRowVector(beta.value());
    }

    // dbeta = sum(dy);  dgamma = sum(dy * xhat);
    // dx = gamma / (M * sqrt(var + eps)) * (M * dy - dbeta - xhat * dgamma)        all [M, C] / [1, C]
    @Override
    public INDArray backward(INDArray dyIn) {
        INDArray dy = to2d(dyIn);
        INDArray dbeta = dy.sum(true, 0);
        INDArray dgamma = dy.mul(xhat).sum(true, 0);
        beta.grad().assign(dbeta);
        gamma.grad().assign(dgamma);
        INDArray scale = gamma.value().div(std).divi(m);
        INDArray dx = dy.mul(m).subiRowVector(dbeta).subi(xhat.mulRowVector(dgamma)).muliRowVector(scale);
        return from2d(dx);
    }

    /** [N, D] stays; [N, C, H, W] becomes [N*H*W, C] (channels last, one row per position). */
    private INDArray to2d(INDArray x) {
        if (x.rank() == 2) {
            shape4d = null;
            return x;
        }
        if (x.rank() != 4) {
            throw new IllegalArgumentException("BatchNorm takes [N, D] or [N, C, H, W], got rank " + x.rank());
        }
        shape4d = x.shape();
        return x.permute(0, 2, 3, 1).dup('c').reshape(shape4d[0] * shape4d[2] * shape4d[3], shape4d[1]);
    }

    private INDArray from2d(INDArray y) {
        if (shape4d == null) {
            return y;
        }
        return y.reshape(shape4d[0], shape4d[2], shape4d[3], shape4d[1]).permute(0, 3, 1, 2).dup('c');
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
