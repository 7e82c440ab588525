package bnlab.engine.api;

/**
 * Every number a user can set, with the one range that the slider, the text field, the command,
 * the saved file and the command line all use. A value is accepted when min <= v <= max (and whole,
 * for whole-number settings); NaN and infinities never are.
 */
public enum Setting {
    LEARNING_RATE(1e-4, 100, Scale.LOG, false),
    OPTIMIZER_MOMENTUM(0, 0.999, Scale.LINEAR, false),
    /** BN running-statistics momentum in the chosen convention's sense. */
    BN_MOMENTUM(0, 1, Scale.LINEAR, false),
    EPS(1e-8, 1, Scale.LOG, false),
    BATCH_SIZE(1, 4096, Scale.LOG, true),
    GAMMA(-10, 10, Scale.LINEAR, false),
    BETA(-10, 10, Scale.LINEAR, false),
    /** Training speed limit in steps per second; 0 (and the top of the range) means as fast as the machine goes. */
    SPEED(0, 1000, Scale.LOG, false),
    PROBE_EVERY(1, 10_000, Scale.LINEAR, true),
    EVAL_EVERY(1, 1_000_000, Scale.LINEAR, true),
    HISTOGRAM_BINS(4, 400, Scale.LINEAR, true),
    /** A unit is saturated when f'(x) < threshold * max f'. */
    SATURATION_THRESHOLD(1e-3, 0.5, Scale.LOG, false),
    DEPTH(1, 8, Scale.LINEAR, true),
    WIDTH(1, 1024, Scale.LOG, true),
    /** Conv blocks of a CNN (each halves the image with 2x2 pooling). */
    CNN_DEPTH(1, 4, Scale.LINEAR, true),
    /** Channels of one conv block. */
    CHANNELS(1, 64, Scale.LOG, true),
    /** GroupNorm's number of groups; it must divide every block's channels. */
    GROUPS(1, 64, Scale.LINEAR, true),
    SEED(0, 9.0e15, Scale.LINEAR, true),
    INIT_SIGMA(1e-4, 10, Scale.LOG, false),
    TEST_FRACTION(0.05, 0.9, Scale.LINEAR, false),
    LANDSCAPE_GRID(3, 101, Scale.LINEAR, true),
    LANDSCAPE_RANGE(1e-3, 10, Scale.LOG, false),
    LANDSCAPE_SAMPLES(1, 100_000, Scale.LINEAR, true),
    /** Training images read from an MNIST folder (its first ones; MNIST has 60,000). */
    TRAIN_IMAGES(100, 60_000, Scale.LOG, true),
    /** The factor a hidden layer's weights are multiplied by ({@link Command.ScaleWeights}). */
    WEIGHT_SCALE(1e-3, 1e3, Scale.LOG, false),
    /**
     * The noise after each normalization of the normalized twin (Santurkar et al.'s "noisy BN"): each unit's output
     * shifted by up to this much and stretched or shrunk by up to 1 + this, drawn anew at every step; 0 for none.
     */
    BN_NOISE(0, 3, Scale.LINEAR, false);

    /** How a slider maps its position to the value. */
    public enum Scale { LINEAR, LOG }

    private final double min;
    private final double max;
    private final Scale scale;
    private final boolean whole;

    Setting(double min, double max, Scale scale, boolean whole) {
        this.min = min;
        this.max = max;
        this.scale = scale;
        this.whole = whole;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public Scale scale() {
        return scale;
    }

    public boolean whole() {
        return whole;
    }

    /** Whether v is accepted. */
    public boolean accepts(double v) {
        return check(v) == null;
    }

    /** Null when v is accepted, else why not. */
    public Problem check(double v) {
        if (!(v >= min && v <= max)) {
            return Problem.of(SettingProblem.OUT_OF_RANGE, this, v, min, max);
        }
        if (whole && v != Math.rint(v)) {
            return Problem.of(SettingProblem.NOT_WHOLE, this, v);
        }
        return null;
    }

    /** The low end of a slider: min, or 1 for a log scale that starts at 0 (speed: 0 is "unlimited"). */
    public double sliderMin() {
        return scale == Scale.LOG && min <= 0 ? 1 : min;
    }

    /** v moved into [min, max] (for a slider's position; values are never clamped silently). */
    public double clamp(double v) {
        return Math.max(min, Math.min(max, v));
    }
}
