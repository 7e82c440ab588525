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
 * Running statistics follow the chosen {@link Convention}; see {@link #updateRunning}. The loops run
 * on the {@link Mat}s' Java arrays; buffers are kept per batch size, so a pass allocates nothing.
 */
public final class BatchNorm extends AffineNorm {
    private final INDArray runningMean;
    private final INDArray runningVar;
    private final Mat runningMeanMat;
    private final Mat runningVarMat;
    private double momentum;
    private Convention convention;
    private boolean updateRunningStats = true;

    // cached by forward for backward and probes, all on the [M, C] view
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;
    private int m;
    private double[] invStd = new double[0];
    private double[] batchMean = new double[0];
    private double[] batchVar = new double[0];
    // per-channel scratch, reused from pass to pass
    private double[] g;
    private double[] b;
    private double[] dbeta;
    private double[] dgamma;
    private double[] scale;
    private long[] shape4d;

    private static final class Bufs {
        final Mat xhat;
        final Mat y;
        Mat dx; // on the first backward pass of this size (evaluation chunks never need one)

        Bufs(Mat y) {
            this.y = y;
            this.xhat = y.like();
        }
    }

    public BatchNorm(int features, Convention convention, double momentum, double eps, DataType type) {
        super(features, eps, type);
        this.runningMean = Nd4j.zeros(type, 1, features);
        this.runningVar = Nd4j.ones(type, 1, features);
        this.runningMeanMat = Mat.wrap(runningMean);
        this.runningVarMat = Mat.wrap(runningVar);
        this.convention = convention;
        this.momentum = momentum;
    }

    @Override
    Mat lastXhat() {
        return cur == null ? null : cur.xhat;
    }

    @Override
    public NormKind kind() {
        return NormKind.BATCH;
    }

    @Override
    public INDArray runningMean() {
        return runningMean;
    }

    @Override
    public INDArray runningVar() {
        return runningVar;
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
    public void setRunningStats(Convention convention, double momentum) {
        this.convention = convention;
        this.momentum = momentum;
    }

    /** Train-mode forward without touching the running statistics (to measure train-mode accuracy). */
    @Override
    public void setUpdateRunningStats(boolean update) {
        this.updateRunningStats = update;
    }

    /** [N, D] directly; [N, C, H, W] through a [N*H*W, C] copy (channels last), and back. */
    @Override
    public INDArray forward(INDArray x, boolean training) {
        return from2d(forward(Mat.wrap(to2d(x)), training).array());
    }

    @Override
    public INDArray backward(INDArray dy) {
        return from2d(backward(Mat.wrap(to2dGrad(dy))).array());
    }

    @Override
    public Mat forward(Mat x, boolean training) {
        int rows = x.rows;
        int c = x.cols;
        if (training && rows < 2) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got "
                    + rows + " (batch size 1 in BN training mode has zero variance; use a batch of 2 or more)");
        }
        cur = sized.get(rows, r -> new Bufs(Mat.zeros(gamma.value().dataType(), r, c)));
        m = rows;
        if (g == null || g.length != c) {
            g = new double[c];
            b = new double[c];
            dbeta = new double[c];
            dgamma = new double[c];
            scale = new double[c];
        }
        x.heap();
        return training ? forwardTrain(x, rows, c) : forwardEval(x, rows, c);
    }

    // mu = mean_m(x);  var = mean_m((x - mu)^2) (biased);  xhat = (x - mu) / sqrt(var + eps);
    // y = gamma * xhat + beta                                      x, xhat, y [M, C]; mu, var [1, C]
    private Mat forwardTrain(Mat in, int rows, int c) {
        if (batchMean.length != c) {
            batchMean = new double[c];
            batchVar = new double[c];
            invStd = new double[c];
        }
        double[] mean = batchMean;
        double[] var = batchVar;
        VectorKernels k = Simd.on(in);
        if (k != null) {
            k.moments(in.floats(), rows, c, mean, var);
        } else {
            Moments.columns(in, rows, c, mean, var);
        }
        double[] inv = invStd;
        for (int j = 0; j < c; j++) {
            inv[j] = 1.0 / Math.sqrt(var[j] + eps);
        }
        normalize(in, mean, inv, rows, c);
        if (updateRunningStats) {
            updateRunning(mean, var, rows);
        }
        return cur.y;
    }

    // xhat = (x - mean) * inv;  y = gamma * xhat + beta
    private void normalize(Mat in, double[] mean, double[] inv, int rows, int c) {
        gamma.read(g);
        beta.read(b);
        Mat xh = cur.xhat;
        Mat out = cur.y;
        VectorKernels k = Simd.on(in);
        if (k != null && out.floats() != null) {
            k.normalize(in.floats(), xh.floats(), out.floats(), rows, c, mean, inv, g, b);
        } else {
            for (int r = 0, i = 0; r < rows; r++) {
                for (int j = 0; j < c; j++, i++) {
                    double v = (in.get(i) - mean[j]) * inv[j];
                    xh.set(i, v);
                    out.set(i, g[j] * v + b[j]);
                }
            }
        }
        xh.wroteHeap();
        out.wroteHeap();
    }

    // PyTorch: running = (1 - m) running + m * batch, with var_unbiased = var * M / (M - 1)
    // Keras:   moving  = m * moving + (1 - m) * batch, with the biased var
    // (the rule is written once, in Convention)
    private void updateRunning(double[] mean, double[] var, int count) {
        Mat rm = running(runningMeanMat);
        Mat rv = running(runningVarMat);
        for (int j = 0; j < mean.length; j++) {
            rm.set(j, convention.nextRunningMean(momentum, rm.get(j), mean[j]));
            rv.set(j, convention.nextRunningVar(momentum, rv.get(j), var[j], count));
        }
        rm.wroteHeap();
        rv.wroteHeap();
        rm.array();
        rv.array();
    }

    // the running statistics as they are in native memory now (a caller may have assigned them)
    private static Mat running(Mat r) {
        r.wroteNative();
        return r.heap();
    }

    // y = gamma * (x - running_mean) / sqrt(running_var + eps) + beta
    private Mat forwardEval(Mat in, int rows, int c) {
        Mat rm = running(runningMeanMat);
        Mat rv = running(runningVarMat);
        double[] mean = scale;
        double[] inv = dgamma;
        for (int j = 0; j < c; j++) {
            mean[j] = rm.get(j);
            inv[j] = 1.0 / Math.sqrt(rv.get(j) + eps);
        }
        normalize(in, mean, inv, rows, c);
        return cur.y;
    }

    // dbeta = sum(dy);  dgamma = sum(dy * xhat);
    // dx = gamma / (M * sqrt(var + eps)) * (M * dy - dbeta - xhat * dgamma)        all [M, C] / [1, C]
    @Override
    public Mat backward(Mat dy) {
        dy.heap();
        int rows = m;
        int c = dy.cols;
        Mat xh = cur.xhat;
        VectorKernels k = Simd.on(dy);
        if (k != null && xh.floats() != null) {
            k.bnSums(dy.floats(), xh.floats(), rows, c, dbeta, dgamma);
        } else {
            java.util.Arrays.fill(dbeta, 0.0);
            java.util.Arrays.fill(dgamma, 0.0);
            for (int r = 0, i = 0; r < rows; r++) {
                for (int j = 0; j < c; j++, i++) {
                    double d = dy.get(i);
                    dbeta[j] += d;
                    dgamma[j] += d * xh.get(i);
                }
            }
        }
        beta.writeGrad(dbeta);
        gamma.writeGrad(dgamma);
        gamma.read(g);
        for (int j = 0; j < c; j++) {
            scale[j] = g[j] * invStd[j] / rows;
        }
        if (cur.dx == null) {
            cur.dx = cur.y.like();
        }
        Mat out = cur.dx;
        if (k != null && xh.floats() != null) {
            k.bnDx(dy.floats(), xh.floats(), out.floats(), rows, c, scale, dbeta, dgamma);
        } else {
            for (int r = 0, i = 0; r < rows; r++) {
                for (int j = 0; j < c; j++, i++) {
                    out.set(i, scale[j] * (rows * dy.get(i) - dbeta[j] - xh.get(i) * dgamma[j]));
                }
            }
        }
        out.wroteHeap();
        return out;
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

    // dy [N, C, H, W] laid out like the last forward input: [N*H*W, C]
    private INDArray to2dGrad(INDArray dy) {
        if (shape4d == null) {
            return dy;
        }
        return dy.permute(0, 2, 3, 1).dup('c').reshape(shape4d[0] * shape4d[2] * shape4d[3], shape4d[1]);
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
