package bnlab.engine.api;

/** Weight initializations that the source material contrasts. Biases start at zero. */
public enum InitKind {
    /** W ~ N(0, sigma^2) with sigma set in the spec (0.01 collapses activations, 1.0 saturates). */
    GAUSSIAN,
    /** Xavier/Glorot normal: W ~ N(0, 2 / (fan_in + fan_out)). */
    XAVIER,
    /** He/Kaiming normal: W ~ N(0, 2 / fan_in). */
    HE;

    /** Standard deviation of the weights for a layer with the given fan-in and fan-out. */
    public double std(int fanIn, int fanOut, double sigma) {
        return switch (this) {
            case GAUSSIAN -> sigma;
            case XAVIER -> Math.sqrt(2.0 / (fanIn + fanOut));
            case HE -> Math.sqrt(2.0 / fanIn);
        };
    }
}
