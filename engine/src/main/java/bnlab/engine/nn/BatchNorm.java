package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import bnlab.engine.api.Moments;
import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * Batch normalization per feature over the batch for [N, D] inputs, and per channel over (N, H, W)
 * for [N, C, H, W] inputs (a [4, 1, 3, 3] batch normalizes all 36 values of its channel together).
 * Running statistics follow the chosen {@link Convention}; see {@link #updateRunning}.
 */
public final class BatchNorm implements Norm {
    private final Param gamma;
    private final Param beta;
    private final INDArray runningMean;
    private final INDArray runningVar;
    private double eps;
    private double momentum;
    private Convention convention;
    private boolean updateRunningStats = true;

    // cached by forward for backward and probes, all on the [M, C] view
    private int m;
    private INDArray xhat;
    private INDArray y;
    private INDArray dx;
    private double[] invStd;
    private double[] batchMean = new double[0];
    private double[] batchVar = new double[0];
    private long[] shape4d;

    public BatchNorm(int features, Convention convention, double momentum, double eps, DataType type) {
        this.gamma = new Param("gamma", Nd4j.ones(type, 1, features));
        this.beta = new Param("beta", Nd4j.zeros(type, 1, features));
        this.runningMean = Nd4j.zeros(type, 1, features);
        this.runningVar = Nd4j.ones(type, 1, features);
        this.convention = convention;
        this.momentum = momentum;
        this.eps = eps;
    }

    @Override
    public NormKind kind() {
        return NormKind.BATCH;
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
    public INDArray runningMean() {
        return runningMean;
    }

    @Override
    public INDArray runningVar() {
        return runningVar;
    }

    @Override
    public INDArray xhat() {
        return xhat;
    }

    /** mu of the last train-mode batch, per channel (a copy). */
    public double[] batchMean() {
        return batchMean.clone();
    }

    /** Biased var of the last train-mode batch, per channel (a copy). */
    public double[] batchVar() {
        return batchVar.clone();
    }

    public double eps() {
        return eps;
    }

    @Override
    public void setEps(double eps) {
        this.eps = eps;
    }

    @Override
    public void setRunningStats(Convention convention, double momentum) {
        this.convention = convention;
        this.momentum = momentum;
    }

    /** Train-mode forward without touching the running statistics (to measure train-mode accuracy). */
    @Override
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
        int rows = (int) x.rows();
        if (rows < 2) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got "
                    + rows + " (batch size 1 in BN training mode has zero variance; use a batch of 2 or more)");
        }
        x = Buf.contiguous(x);
        int c = (int) x.columns();
        allocate(rows, c);
        Buf in = Buf.of(x);
        if (batchMean.length != c) {
            batchMean = new double[c];
            batchVar = new double[c];
            invStd = new double[c];
        }
        double[] mean = batchMean;
        double[] var = batchVar;
        Moments.columns(in, rows, c, mean, var);
        double[] inv = invStd;
        for (int j = 0; j < c; j++) {
            inv[j] = 1.0 / Math.sqrt(var[j] + eps);
        }
        normalize(in, mean, inv, rows, c, true);
        if (updateRunningStats) {
            updateRunning(mean, var, rows);
        }
        return y;
    }

    // xhat = (x - mean) * inv;  y = gamma * xhat + beta
    private void normalize(Buf in, double[] mean, double[] inv, int rows, int c, boolean keepXhat) {
        double[] g = read(gamma.value());
        double[] b = read(beta.value());
        Buf xh = Buf.of(xhat);
        Buf out = Buf.of(y);
        for (int r = 0, i = 0; r < rows; r++) {
            for (int j = 0; j < c; j++, i++) {
                double v = (in.get(i) - mean[j]) * inv[j];
                if (keepXhat) {
                    xh.set(i, v);
                }
                out.set(i, g[j] * v + b[j]);
            }
        }
    }

    // PyTorch: running = (1 - m) running + m * batch, with var_unbiased = var * M / (M - 1)
    // Keras:   moving  = m * moving + (1 - m) * batch, with the biased var
    // (the rule is written once, in Convention)
    private void updateRunning(double[] mean, double[] var, int count) {
        Buf rm = Buf.of(runningMean);
        Buf rv = Buf.of(runningVar);
        for (int j = 0; j < mean.length; j++) {
            rm.set(j, convention.nextRunningMean(momentum, rm.get(j), mean[j]));
            rv.set(j, convention.nextRunningVar(momentum, rv.get(j), var[j], count));
        }
    }

    // y = gamma * (x - running_mean) / sqrt(running_var + eps) + beta
    private INDArray forwardEval(INDArray x) {
        x = Buf.contiguous(x);
        int rows = (int) x.rows();
        int c = (int) x.columns();
        allocate(rows, c);
        double[] mean = read(runningMean);
        double[] inv = read(runningVar);
        for (int j = 0; j < c; j++) {
            inv[j] = 1.0 / Math.sqrt(inv[j] + eps);
        }
        normalize(Buf.of(x), mean, inv, rows, c, true);
        return y;
    }

    // dbeta = sum(dy);  dgamma = sum(dy * xhat);
    // dx = gamma / (M * sqrt(var + eps)) * (M * dy - dbeta - xhat * dgamma)        all [M, C] / [1, C]
    @Override
    public INDArray backward(INDArray dyIn) {
        INDArray dyArr = Buf.contiguous(to2d(dyIn));
        int rows = m;
        int c = (int) dyArr.columns();
        Buf dy = Buf.of(dyArr);
        Buf xh = Buf.of(xhat);
        double[] dbeta = new double[c];
        double[] dgamma = new double[c];
        for (int r = 0, i = 0; r < rows; r++) {
            for (int j = 0; j < c; j++, i++) {
                double d = dy.get(i);
                dbeta[j] += d;
                dgamma[j] += d * xh.get(i);
            }
        }
        write(beta.grad(), dbeta);
        write(gamma.grad(), dgamma);
        double[] g = read(gamma.value());
        double[] scale = new double[c];
        for (int j = 0; j < c; j++) {
            scale[j] = g[j] * invStd[j] / rows;
        }
        Buf out = Buf.of(dx);
        for (int r = 0, i = 0; r < rows; r++) {
            for (int j = 0; j < c; j++, i++) {
                out.set(i, scale[j] * (rows * dy.get(i) - dbeta[j] - xh.get(i) * dgamma[j]));
            }
        }
        return from2d(dx);
    }

    private void allocate(int rows, int c) {
        m = rows;
        if (y == null || y.rows() != rows) {
            DataType t = gamma.value().dataType();
            xhat = Nd4j.create(t, rows, c);
            y = Nd4j.create(t, rows, c);
            dx = Nd4j.create(t, rows, c);
        }
    }

    private static double[] read(INDArray row) {
        Buf b = Buf.of(row);
        double[] out = new double[b.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.get(i);
        }
        return out;
    }

    private static void write(INDArray row, double[] values) {
        Buf b = Buf.of(row);
        for (int i = 0; i < values.length; i++) {
            b.set(i, values[i]);
        }
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
