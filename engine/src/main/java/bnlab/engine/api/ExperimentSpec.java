package bnlab.engine.api;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;

import java.util.List;

/**
 * What a reset rebuilds: the twin architecture, its initialization and the data split. The normalized
 * twin uses {@code norm} on every hidden layer; the plain twin uses none.
 *
 * @param hidden        hidden layer widths
 * @param activation    hidden nonlinearity
 * @param init          weight initialization
 * @param sigma         standard deviation for Gaussian init
 * @param norm          BATCH (or LAYER) for the normalized twin
 * @param placement     normalization before or after the activation
 * @param loss          training loss
 * @param seed          seed for initial weights, split and batch order
 * @param testFraction  fraction of samples held out for test accuracy
 * @param standardize   standardize input features using training-set statistics
 */
public record ExperimentSpec(List<Integer> hidden, ActivationKind activation, InitKind init, double sigma,
                             NormKind norm, Placement placement, LossKind loss, long seed, double testFraction,
                             boolean standardize) {

    public ExperimentSpec {
        hidden = List.copyOf(hidden);
        if (hidden.isEmpty()) {
            throw new IllegalArgumentException("at least one hidden layer is needed to show normalization");
        }
        if (!(testFraction >= 0 && testFraction < 1)) {
            throw new IllegalArgumentException("test fraction must be in [0, 1), got " + testFraction);
        }
    }

    /** Ioffe and Szegedy's Figure 1 set-up, scaled to the digits data: 3 x 100 sigmoid, small Gaussian init. */
    public static ExperimentSpec defaults() {
        return new ExperimentSpec(List.of(100, 100, 100), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 1.0,
                NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 42, 0.2, true);
    }

    public ExperimentSpec withHidden(List<Integer> h) {
        return new ExperimentSpec(h, activation, init, sigma, norm, placement, loss, seed, testFraction, standardize);
    }

    public ExperimentSpec withActivation(ActivationKind a) {
        return new ExperimentSpec(hidden, a, init, sigma, norm, placement, loss, seed, testFraction, standardize);
    }

    public ExperimentSpec withInit(InitKind i, double s) {
        return new ExperimentSpec(hidden, activation, i, s, norm, placement, loss, seed, testFraction, standardize);
    }

    public ExperimentSpec withNorm(NormKind n, Placement p) {
        return new ExperimentSpec(hidden, activation, init, sigma, n, p, loss, seed, testFraction, standardize);
    }

    public ExperimentSpec withLoss(LossKind l) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, l, seed, testFraction, standardize);
    }

    public ExperimentSpec withStandardize(boolean z) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, seed, testFraction, z);
    }

    public ExperimentSpec withSeed(long s) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, s, testFraction, standardize);
    }
}
