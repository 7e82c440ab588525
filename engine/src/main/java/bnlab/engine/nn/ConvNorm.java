package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/**
 * The normalizations of a conv block's [N, C, H, W] batch (a {@link Mat} [N, C * P], P = H * W),
 * which differ only in which values share one mean and variance ({@link bnlab.engine.api.NormAxes},
 * the one rule; a test compares the sets):
 * <pre>
 *   BATCH     set s = c                       (C sets of N * P values)
 *   LAYER     set s = n                       (N sets of C * P values)
 *   INSTANCE  set s = n * C + c               (N * C sets of P values)
 *   GROUP     set s = n * G + c / (C / G)     (N * G sets of C / G * P values)
 * </pre>
 * For each set: mu_s = 1/m sum x;  var_s = 1/m sum (x - mu_s)^2 (biased);
 * x_hat = (x - mu_s) / sqrt(var_s + eps);  y = gamma_c * x_hat + beta_c, one gamma and beta per channel
 * for all four (Wu and He's GroupNorm, with LN = GN with G = 1 and IN = GN with G = C; PyTorch's
 * LayerNorm over [C, H, W] would have C * H * W of each instead). BATCH keeps running statistics per
 * channel (with m = N * P in the unbiased correction, as PyTorch's BatchNorm2d) and uses them in eval
 * mode; the others normalize every sample alike in both modes.
 * <p>
 * Sums in double. Arrays: x_hat and y are owned by the layer (Not modified by callers; overwritten by
 * the next forward of that batch size); dx by the next backward of that size; inputs Not modified.
 */
public final class ConvNorm extends AffineNorm {
    private final NormKind kind;
    private final int channels;
    private final int positions;
    private final int groups;
    private final INDArray runningMean;
    private final INDArray runningVar;
    private final Mat runningMeanMat;
    private final Mat runningVarMat;
    private double momentum;
    private Convention convention;
    private boolean updateRunningStats = true;
    private boolean reuseBatchStats;
    // BATCH: the mean and biased variance per channel of the last train-mode batch
    private final double[] batchMean;
    private final double[] batchVar;
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;
    private final double[] g;
    private final double[] b;
    private final double[] dgamma;
    private final double[] dbeta;

    private static final class Bufs {
        final Mat xhat;
        final Mat y;
        final double[] mean; // per set, as the last pass normalized with (BATCH in eval mode: running)
        final double[] var;
        final double[] inv;
        final double[] sumG;
        final double[] sumGx;
        Mat dx;

        Bufs(Mat y, int sets) {
            this.y = y;
            this.xhat = y.like();
            mean = new double[sets];
            var = new double[sets];
            inv = new double[sets];
            sumG = new double[sets];
            sumGx = new double[sets];
        }
    }

    /**
     * @param groups GroupNorm's G (dividing channels); ignored by the other kinds
     * @param convention, momentum  of BATCH's running statistics (ignored by the others)
     */
    public ConvNorm(NormKind kind, int channels, int height, int width, int groups, Convention convention,
                    double momentum, double eps, DataType type) {
        super(checked(kind, channels, groups), eps, type);
        this.kind = kind;
        this.channels = channels;
        this.positions = height * width;
        this.groups = kind == NormKind.GROUP ? groups : 1;
        if (kind == NormKind.BATCH) {
            runningMean = Nd4j.zeros(type, 1, channels);
            runningVar = Nd4j.ones(type, 1, channels);
            runningMeanMat = Mat.wrap(runningMean);
            runningVarMat = Mat.wrap(runningVar);
        } else {
            runningMean = null;
            runningVar = null;
            runningMeanMat = null;
            runningVarMat = null;
        }
        this.convention = convention;
        this.momentum = momentum;
        batchMean = new double[channels];
        batchVar = new double[channels];
        g = new double[channels];
        b = new double[channels];
        dgamma = new double[channels];
        dbeta = new double[channels];
    }

    @Override
    Mat lastXhat() {
        return cur == null ? null : cur.xhat;
    }

    // the channels, once the kind and the groups are known to make a conv normalization (gamma per channel)
    private static int checked(NormKind kind, int channels, int groups) {
        if (kind == NormKind.NONE || kind == NormKind.RMS) {
            throw new IllegalArgumentException("no conv " + kind);
        }
        if (kind == NormKind.GROUP && (groups < 1 || channels % groups != 0)) {
            throw new IllegalArgumentException(groups + " groups of " + channels + " channels");
        }
        return channels;
    }

    @Override
    public NormKind kind() {
        return kind;
    }

    public int channels() {
        return channels;
    }

    public int positions() {
        return positions;
    }

    // the set that value (n, c, *) belongs to
    private int set(int n, int c) {
        return switch (kind) {
            case BATCH -> c;
            case LAYER -> n;
            case INSTANCE -> n * channels + c;
            case GROUP -> n * groups + c / (channels / groups);
            case NONE, RMS -> throw new IllegalStateException();
        };
    }

    private int sets(int n) {
        return switch (kind) {
            case BATCH -> channels;
            case LAYER -> n;
            case INSTANCE -> n * channels;
            case GROUP -> n * groups;
            case NONE, RMS -> throw new IllegalStateException();
        };
    }

    // m: the values in one set
    private int setSize(int n) {
        return n * channels * positions / sets(n);
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
    public void setRunningStats(Convention convention, double momentum) {
        this.convention = convention;
        this.momentum = momentum;
    }

    @Override
    public void setUpdateRunningStats(boolean update) {
        this.updateRunningStats = update;
    }

    /**
     * While on, a train-mode pass of BATCH normalizes with the last train-mode batch's statistics per
     * channel instead of its own, and updates nothing (to show one sample as the batch normalized it);
     * the other kinds are unaffected (they use the sample's own statistics anyway).
     */
    public void setReuseBatchStats(boolean reuse) {
        this.reuseBatchStats = reuse;
    }

    /** The mean that value (n, c, *) was normalized with in the last pass (BATCH in eval mode: the running mean). */
    public double meanOf(int n, int c) {
        return cur.mean[set(n, c)];
    }

    /** The biased variance that value (n, c, *) was normalized with in the last pass. */
    public double varOf(int n, int c) {
        return cur.var[set(n, c)];
    }

    @Override
    public Mat forward(Mat x, boolean training) {
        int n = x.rows;
        if (x.cols != channels * positions) {
            throw new IllegalArgumentException(kind + " norm expects " + channels + " x " + positions + ", got " + x.cols);
        }
        boolean reuse = kind == NormKind.BATCH && training && reuseBatchStats;
        if (kind == NormKind.BATCH && training && !reuse && n * positions < 2) {
            throw new IllegalArgumentException("Expected more than 1 value per channel when training, got "
                    + n * positions);
        }
        Bufs s = cur = sized.get(n, r -> new Bufs(Mat.zeros(gamma.value().dataType(), r, channels * positions),
                sets(r)));
        x.heap();
        gamma.read(g);
        beta.read(b);
        if (kind == NormKind.BATCH && !training) {
            // y = gamma * (x - running_mean) / sqrt(running_var + eps) + beta
            Mat rm = running(runningMeanMat);
            Mat rv = running(runningVarMat);
            for (int c = 0; c < channels; c++) {
                s.mean[c] = rm.get(c);
                s.var[c] = rv.get(c);
            }
        } else if (reuse) {
            System.arraycopy(batchMean, 0, s.mean, 0, channels);
            System.arraycopy(batchVar, 0, s.var, 0, channels);
        } else {
            moments(x, n, s);
            if (kind == NormKind.BATCH) {
                System.arraycopy(s.mean, 0, batchMean, 0, channels);
                System.arraycopy(s.var, 0, batchVar, 0, channels);
                if (updateRunningStats) {
                    updateRunning(s.mean, s.var, (long) n * positions);
                }
            }
        }
        for (int k = 0; k < s.inv.length; k++) {
            s.inv[k] = 1.0 / Math.sqrt(s.var[k] + eps);
        }
        // x_hat = (x - mu_s) * inv_s;  y = gamma_c x_hat + beta_c
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < channels; c++) {
                int k = set(r, c);
                int o = (r * channels + c) * positions;
                for (int q = 0; q < positions; q++) {
                    double v = (x.get(o + q) - s.mean[k]) * s.inv[k];
                    s.xhat.set(o + q, v);
                    s.y.set(o + q, g[c] * v + b[c]);
                }
            }
        }
        s.xhat.wroteHeap();
        s.y.wroteHeap();
        return s.y;
    }

    // mu_s = 1/m sum x;  var_s = 1/m sum (x - mu_s)^2   (two passes)
    private void moments(Mat x, int n, Bufs s) {
        java.util.Arrays.fill(s.mean, 0.0);
        java.util.Arrays.fill(s.var, 0.0);
        double m = setSize(n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < channels; c++) {
                int k = set(r, c);
                int o = (r * channels + c) * positions;
                double sum = 0;
                for (int q = 0; q < positions; q++) {
                    sum += x.get(o + q);
                }
                s.mean[k] += sum;
            }
        }
        for (int k = 0; k < s.mean.length; k++) {
            s.mean[k] /= m;
        }
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < channels; c++) {
                int k = set(r, c);
                int o = (r * channels + c) * positions;
                double mu = s.mean[k];
                double ss = 0;
                for (int q = 0; q < positions; q++) {
                    double d = x.get(o + q) - mu;
                    ss += d * d;
                }
                s.var[k] += ss;
            }
        }
        for (int k = 0; k < s.var.length; k++) {
            s.var[k] /= m;
        }
    }

    // the rule is written once, in Convention (PyTorch: unbiased var with m = N * H * W values per channel)
    private void updateRunning(double[] mean, double[] var, long count) {
        Mat rm = running(runningMeanMat);
        Mat rv = running(runningVarMat);
        for (int c = 0; c < channels; c++) {
            rm.set(c, convention.nextRunningMean(momentum, rm.get(c), mean[c]));
            rv.set(c, convention.nextRunningVar(momentum, rv.get(c), var[c], count));
        }
        rm.wroteHeap();
        rv.wroteHeap();
        rm.array();
        rv.array();
    }

    private static Mat running(Mat r) {
        r.wroteNative();
        return r.heap();
    }

    // dbeta_c = sum_{n,p} dy;  dgamma_c = sum_{n,p} dy * x_hat;  g = dy * gamma_c
    // dx = inv_s / m * (m * g - sum_s(g) - x_hat * sum_s(g * x_hat))       (the train-mode statistics)
    @Override
    public Mat backward(Mat dy) {
        Bufs s = cur;
        int n = dy.rows;
        dy.heap();
        gamma.read(g);
        java.util.Arrays.fill(dbeta, 0.0);
        java.util.Arrays.fill(dgamma, 0.0);
        java.util.Arrays.fill(s.sumG, 0.0);
        java.util.Arrays.fill(s.sumGx, 0.0);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < channels; c++) {
                int k = set(r, c);
                int o = (r * channels + c) * positions;
                double db = 0;
                double dg = 0;
                for (int q = 0; q < positions; q++) {
                    double d = dy.get(o + q);
                    db += d;
                    dg += d * s.xhat.get(o + q);
                }
                dbeta[c] += db;
                dgamma[c] += dg;
                s.sumG[k] += db * g[c];
                s.sumGx[k] += dg * g[c];
            }
        }
        beta.writeGrad(dbeta);
        gamma.writeGrad(dgamma);
        if (s.dx == null) {
            s.dx = s.y.like();
        }
        Mat dx = s.dx;
        double m = setSize(n);
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < channels; c++) {
                int k = set(r, c);
                int o = (r * channels + c) * positions;
                double scale = s.inv[k] / m;
                for (int q = 0; q < positions; q++) {
                    double gi = dy.get(o + q) * g[c];
                    dx.set(o + q, scale * (m * gi - s.sumG[k] - s.xhat.get(o + q) * s.sumGx[k]));
                }
            }
        }
        dx.wroteHeap();
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
