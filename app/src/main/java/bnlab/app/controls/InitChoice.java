package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;

import java.util.ArrayList;
import java.util.List;

/**
 * A weight initialization as the user picks it (worded in the bundle): a Gaussian N(0, sigma^2) with its sigma,
 * or a fan-scaled one (sigma unused, kept at 1). The chooser offers {@link #PRESETS}, the ones the lessons
 * contrast; a spec with another sigma (a saved experiment's N(0, 0.3^2)) is shown as it is, never rounded to
 * the nearest preset.
 */
public record InitChoice(InitKind kind, double sigma) {
    /** W ~ N(0, 0.01^2): activations collapse toward zero and the gradient vanishes. */
    public static final InitChoice SMALL = gaussian(0.01);
    /** W ~ N(0, 0.1^2): Ioffe and Szegedy's small random Gaussian (Figure 1). */
    public static final InitChoice TENTH = gaussian(0.1);
    /** W ~ N(0, 1): sigmoid inputs land far out, saturated. */
    public static final InitChoice UNIT = gaussian(1.0);
    /** W ~ N(0, 10^2): the gradient grows on its way down through the layers (explodes). */
    public static final InitChoice LARGE = gaussian(10.0);
    /** W ~ N(0, 2 / (fan_in + fan_out)). */
    public static final InitChoice XAVIER = new InitChoice(InitKind.XAVIER, 1.0);
    /** W ~ N(0, 2 / fan_in). */
    public static final InitChoice HE = new InitChoice(InitKind.HE, 1.0);
    /** What the chooser offers, in its order. */
    public static final List<InitChoice> PRESETS = List.of(SMALL, TENTH, UNIT, LARGE, XAVIER, HE);

    public InitChoice {
        if (kind != InitKind.GAUSSIAN) {
            sigma = 1.0;
        }
    }

    public static InitChoice gaussian(double sigma) {
        return new InitChoice(InitKind.GAUSSIAN, sigma);
    }

    /** The choice a built spec was made with, exactly (its own sigma for a Gaussian). */
    public static InitChoice of(ExperimentSpec spec) {
        return new InitChoice(spec.init(), spec.sigma());
    }

    /** The presets, followed by this choice when it is none of them. */
    public static List<InitChoice> choicesWith(InitChoice shown) {
        List<InitChoice> all = new ArrayList<>(PRESETS);
        if (shown != null && !all.contains(shown)) {
            all.add(shown);
        }
        return all;
    }

    /** "N(0, 0.1²)", "N(0, 1)", "Xavier". */
    public String label() {
        if (kind != InitKind.GAUSSIAN) {
            return I18n.label(kind);
        }
        return sigma == 1.0 ? I18n.get("init.standardNormal") : I18n.get("init.gaussian", sigma);
    }

    /** The spec with this initialization. */
    public ExperimentSpec applyTo(ExperimentSpec spec) {
        return spec.withInit(kind, sigma);
    }
}
