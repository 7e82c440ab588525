package bnlab.app.controls;

import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;

/** The four weight initializations the lessons contrast, as the user picks them (worded in the bundle). */
public enum InitChoice {
    /** W ~ N(0, 0.01^2): activations collapse toward zero. */
    SMALL(InitKind.GAUSSIAN, 0.01),
    /** W ~ N(0, 1): sigmoid inputs land far out, saturated. */
    UNIT(InitKind.GAUSSIAN, 1.0),
    /** W ~ N(0, 2 / (fan_in + fan_out)). */
    XAVIER(InitKind.XAVIER, 1.0),
    /** W ~ N(0, 2 / fan_in). */
    HE(InitKind.HE, 1.0);

    final InitKind kind;
    final double sigma;

    InitChoice(InitKind kind, double sigma) {
        this.kind = kind;
        this.sigma = sigma;
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
