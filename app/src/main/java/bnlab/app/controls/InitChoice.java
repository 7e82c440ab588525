package bnlab.app.controls;

import bnlab.engine.api.InitKind;
import bnlab.engine.api.ExperimentSpec;

/** The four weight initializations the lessons contrast, as the user picks them. */
public enum InitChoice {
    /** W ~ N(0, 0.01^2): activations collapse toward zero. */
    SMALL("N(0, 0.01)", InitKind.GAUSSIAN, 0.01),
    /** W ~ N(0, 1): sigmoid inputs land far out, saturated. */
    UNIT("N(0, 1)", InitKind.GAUSSIAN, 1.0),
    /** W ~ N(0, 2 / (fan_in + fan_out)). */
    XAVIER("Xavier", InitKind.XAVIER, 1.0),
    /** W ~ N(0, 2 / fan_in). */
    HE("He", InitKind.HE, 1.0);

    private final String label;
    final InitKind kind;
    final double sigma;

    InitChoice(String label, InitKind kind, double sigma) {
        this.label = label;
        this.kind = kind;
        this.sigma = sigma;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The choice that matches a built spec (Gaussian inits by their sigma, nearest on a log scale). */
    public static InitChoice of(ExperimentSpec spec) {
        return switch (spec.init()) {
            case XAVIER -> XAVIER;
            case HE -> HE;
            case GAUSSIAN -> spec.sigma() < 0.1 ? SMALL : UNIT;
        };
    }

    /** The spec with this initialization. */
    public ExperimentSpec applyTo(ExperimentSpec spec) {
        return spec.withInit(kind, sigma);
    }
}
