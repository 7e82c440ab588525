package bnlab.engine.api;

/**
 * One batch-normalization step in training mode, done by hand in double on the m values of one
 * channel (or one unit of a dense layer): every number a class checks with a calculator, from the
 * sum to the running statistics after the step. Immutable: arrays are copied in and out.
 * <p>
 * The mean and the biased variance come from {@link Moments}, the running-statistics rule from
 * {@link Convention}: the engine's BatchNorm uses the same two, so the table and the network cannot
 * disagree by construction, and the tests check they agree in value.
 */
public final class BnByHand {
    private final double[] x;
    private final double[] xhat;
    private final double[] y;
    private final double sum;
    private final Moments.Of moments;
    private final double eps;
    private final double std;
    private final double gamma;
    private final double beta;

    /** Running mean and variance of one channel. */
    public record Running(double mean, double var) {
        /** Where PyTorch and Keras start: running mean 0, running variance 1. */
        public static final Running START = new Running(0, 1);
    }

    private BnByHand(double[] values, double gamma, double beta, double eps) {
        if (values.length < 2) {
            throw new IllegalArgumentException("BN in training mode needs at least 2 values, got " + values.length);
        }
        this.x = values.clone();
        this.gamma = gamma;
        this.beta = beta;
        this.eps = eps;
        int m = x.length;
        // sum = x_1 + ... + x_m
        double s = 0;
        for (double v : x) {
            s += v;
        }
        this.sum = s;
        // mu = sum / m;  var = 1/m sum (x_i - mu)^2   (biased)
        this.moments = Moments.of(x);
        // sqrt(var + eps)
        this.std = Math.sqrt(moments.var() + eps);
        this.xhat = new double[m];
        this.y = new double[m];
        for (int i = 0; i < m; i++) {
            // x_hat_i = (x_i - mu) / sqrt(var + eps)
            xhat[i] = (x[i] - moments.mean()) / std;
            // y_i = gamma * x_hat_i + beta
            y[i] = gamma * xhat[i] + beta;
        }
    }

    /** The step on these values with this gamma, beta and eps. */
    public static BnByHand of(double[] values, double gamma, double beta, double eps) {
        return new BnByHand(values, gamma, beta, eps);
    }

    /**
     * The same values with the gamma and beta that undo the normalization:
     * gamma = sqrt(var + eps), beta = mu, so y_i = sqrt(var + eps) (x_i - mu) / sqrt(var + eps) + mu = x_i.
     */
    public BnByHand undone() {
        return new BnByHand(x, std, moments.mean(), eps);
    }

    /** m, the number of values pooled (N * H * W for a channel of an [N, C, H, W] batch). */
    public int m() {
        return x.length;
    }

    public double sum() {
        return sum;
    }

    /** mu = sum / m. */
    public double mean() {
        return moments.mean();
    }

    /** sum (x_i - mu)^2 = m * var. */
    public double squaredDeviations() {
        return moments.var() * x.length;
    }

    /** var = 1/m sum (x_i - mu)^2: what the forward pass divides by (both conventions). */
    public double biasedVar() {
        return moments.var();
    }

    /** 1/(m - 1) sum (x_i - mu)^2 = var * m / (m - 1): what PyTorch feeds into its running variance. */
    public double unbiasedVar() {
        return moments.unbiasedVar();
    }

    public double eps() {
        return eps;
    }

    /** sqrt(var + eps). */
    public double std() {
        return std;
    }

    public double gamma() {
        return gamma;
    }

    public double beta() {
        return beta;
    }

    /** The values, a copy. */
    public double[] x() {
        return x.clone();
    }

    /** x_hat_i = (x_i - mu) / sqrt(var + eps), a copy. */
    public double[] xhat() {
        return xhat.clone();
    }

    /** y_i = gamma * x_hat_i + beta, a copy. */
    public double[] y() {
        return y.clone();
    }

    public double x(int i) {
        return x[i];
    }

    public double xhat(int i) {
        return xhat[i];
    }

    public double y(int i) {
        return y[i];
    }

    /**
     * The backward pass of this step for an upstream gradient dy = dL/dy (one value per x), in double.
     *
     * @param dy   dL/dy_i
     * @param sumDy      dL/dbeta = sum_i dy_i
     * @param sumDyXhat  dL/dgamma = sum_i dy_i x_hat_i
     * @param dx   dL/dx_i
     */
    public record Backward(double[] dy, double sumDy, double sumDyXhat, double[] dx) {
        public Backward {
            dy = dy.clone();
            dx = dx.clone();
        }

        @Override
        public double[] dy() {
            return dy.clone();
        }

        @Override
        public double[] dx() {
            return dx.clone();
        }

        public double dy(int i) {
            return dy[i];
        }

        public double dx(int i) {
            return dx[i];
        }
    }

    /**
     * The gradient through this step (training mode: mu and var depend on every x, so every x_i gets a share of
     * every dy_j).
     */
    public Backward backward(double[] dy) {
        int m = x.length;
        if (dy.length != m) {
            throw new IllegalArgumentException("dy has " + dy.length + " values for " + m + " x");
        }
        // dbeta = sum_i dy_i;  dgamma = sum_i dy_i * x_hat_i
        double sumDy = 0;
        double sumDyXhat = 0;
        for (int i = 0; i < m; i++) {
            sumDy += dy[i];
            sumDyXhat += dy[i] * xhat[i];
        }
        double[] dx = new double[m];
        for (int i = 0; i < m; i++) {
            // dx_i = gamma / (m sqrt(var + eps)) * (m dy_i - sum_j dy_j - x_hat_i sum_j dy_j x_hat_j)
            dx[i] = gamma / (m * std) * (m * dy[i] - sumDy - xhat[i] * sumDyXhat);
        }
        return new Backward(dy, sumDy, sumDyXhat, dx);
    }

    /**
     * dL/dx by central differences in double, for L = sum_i dy_i y_i (a loss whose gradient at y is dy): for each
     * i, (L(x + h e_i) - L(x - h e_i)) / (2h), each L a whole forward pass with its own mu and var. An oracle
     * for {@link #backward} that a class can trust without the algebra.
     */
    public double[] numericDx(double[] dy, double h) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] up = x.clone();
            double[] down = x.clone();
            up[i] += h;
            down[i] -= h;
            out[i] = (dot(dy, of(up, gamma, beta, eps).y) - dot(dy, of(down, gamma, beta, eps).y)) / (2 * h);
        }
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The batch variance a convention feeds into its running variance: unbiased for PyTorch, biased for Keras. */
    public double fedVar(Convention c) {
        return c.unbiasedRunningVar() ? unbiasedVar() : biasedVar();
    }

    /**
     * The running statistics after this step, from the ones before it, under a convention and its momentum:
     * PyTorch: running = (1 - m) running + m batch (unbiased var); Keras: moving = m moving + (1 - m) batch
     * (biased var). See {@link Convention#nextRunningMean} and {@link Convention#nextRunningVar}.
     */
    public Running runningAfter(Convention c, double momentum, Running before) {
        return new Running(c.nextRunningMean(momentum, before.mean(), mean()),
                c.nextRunningVar(momentum, before.var(), biasedVar(), x.length));
    }

    /** The running statistics after this step from {@link Running#START} with the convention's default momentum. */
    public Running runningAfter(Convention c) {
        return runningAfter(c, c.defaultMomentum(), Running.START);
    }
}
