package bnlab.engine.api;

/**
 * The two ways frameworks keep BN's running statistics.
 * <pre>
 * PYTORCH: running = (1 - m) * running + m * batch,  m = 0.1,  eps = 1e-5, unbiased batch variance
 * KERAS:   moving  = m * moving + (1 - m) * batch,   m = 0.99, eps = 1e-3, biased batch variance
 * </pre>
 * PyTorch m equals Keras 1 - m.
 */
public enum Convention {
    PYTORCH(0.1, 1e-5, true),
    KERAS(0.99, 1e-3, false);

    private final double defaultMomentum;
    private final double defaultEps;
    private final boolean unbiasedRunningVar;

    Convention(double defaultMomentum, double defaultEps, boolean unbiasedRunningVar) {
        this.defaultMomentum = defaultMomentum;
        this.defaultEps = defaultEps;
        this.unbiasedRunningVar = unbiasedRunningVar;
    }

    public double defaultMomentum() {
        return defaultMomentum;
    }

    public double defaultEps() {
        return defaultEps;
    }

    /** Whether the batch variance fed into the running average is the unbiased one, var * n / (n - 1). */
    public boolean unbiasedRunningVar() {
        return unbiasedRunningVar;
    }

    /** Weight alpha given to the new batch statistic for this convention's momentum m. */
    public double newBatchWeight(double momentum) {
        return this == PYTORCH ? momentum : 1.0 - momentum;
    }

    /** The momentum in this convention that gives the new batch the weight alpha. */
    public double momentumForNewBatchWeight(double alpha) {
        return this == PYTORCH ? alpha : 1.0 - alpha;
    }

    /**
     * The running mean after one training step: the one place this rule is written (BatchNorm and the
     * by-hand table both use it). alpha = {@link #newBatchWeight}(momentum);
     * running' = (1 - alpha) * running + alpha * batchMean.
     */
    public double nextRunningMean(double momentum, double running, double batchMean) {
        double alpha = newBatchWeight(momentum);
        return (1.0 - alpha) * running + alpha * batchMean;
    }

    /**
     * The running variance after one training step on m values whose biased variance is biasedVar:
     * running' = (1 - alpha) * running + alpha * v, where v = biasedVar * m / (m - 1) (unbiased) for
     * PyTorch and v = biasedVar for Keras.
     */
    public double nextRunningVar(double momentum, double running, double biasedVar, long m) {
        double alpha = newBatchWeight(momentum);
        double varScale = unbiasedRunningVar ? (double) m / (m - 1) : 1.0;
        return (1.0 - alpha) * running + alpha * biasedVar * varScale;
    }

    /** Half-life in steps of the running average: ln(0.5) / ln(1 - alpha). ~6.6 at alpha 0.1. */
    public double halfLifeSteps(double momentum) {
        double alpha = newBatchWeight(momentum);
        if (alpha <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (alpha >= 1) {
            return 0;
        }
        return Math.log(0.5) / Math.log(1.0 - alpha);
    }
}
