package bnlab.engine.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a reset rebuilds: the twin architecture, its initialization and the data split. The normalized
 * twin uses {@code norm} on every hidden layer; the plain twin uses none. The constructor only copies;
 * {@link #problem()} says whether the engine can build it (the session refuses a spec with a problem).
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
 * @param arch          MLP (hidden = Dense widths) or CNN (hidden = each conv block's channels; see {@link ArchKind})
 * @param groups        GroupNorm's number of groups G (each a run of C / G channels); kept, unused, for other norms
 */
public record ExperimentSpec(List<Integer> hidden, ActivationKind activation, InitKind init, double sigma,
                             NormKind norm, Placement placement, LossKind loss, long seed, double testFraction,
                             boolean standardize, ArchKind arch, int groups) {

    /** GroupNorm's groups unless set: Wu and He's paper uses 32 on wide layers; BN Lab's blocks are narrow. */
    public static final int DEFAULT_GROUPS = 2;

    public ExperimentSpec {
        hidden = hidden == null ? null : Collections.unmodifiableList(new ArrayList<>(hidden));
    }

    /** An MLP (groups {@link #DEFAULT_GROUPS}, unused). */
    public ExperimentSpec(List<Integer> hidden, ActivationKind activation, InitKind init, double sigma,
                          NormKind norm, Placement placement, LossKind loss, long seed, double testFraction,
                          boolean standardize) {
        this(hidden, activation, init, sigma, norm, placement, loss, seed, testFraction, standardize, ArchKind.MLP,
                DEFAULT_GROUPS);
    }

    /**
     * Why the engine cannot build this spec on these data, or null: {@link #problem()}, then the data (two classes at
     * least, two training samples at least after the test fraction), then for a CNN
     * whether the data are images ({@link SettingProblem#CNN_NEEDS_IMAGES}) large enough for the blocks,
     * each of which halves the image with 2x2 pooling ({@link SettingProblem#IMAGE_TOO_SMALL_FOR_CNN}).
     */
    public Problem problemWith(Dataset data) {
        Problem p = problem();
        if (p == null) {
            p = dataProblem(data);
        }
        if (p != null || arch != ArchKind.CNN) {
            return p;
        }
        int[] grid = data.pixelGrid();
        if (grid == null) {
            return Problem.of(SettingProblem.CNN_NEEDS_IMAGES, data.name());
        }
        int rows = grid[0];
        int cols = grid[1];
        int most = 0;
        while (Math.min(rows, cols) >> (most + 1) >= 1) {
            most++;
        }
        if (hidden.size() > most) {
            return Problem.of(SettingProblem.IMAGE_TOO_SMALL_FOR_CNN, rows, cols, hidden.size(), most);
        }
        return null;
    }

    // data that cannot train a classifier at this test fraction: one class only, or fewer than 2 training samples
    private Problem dataProblem(Dataset data) {
        int n = data.size();
        boolean one = true;
        for (int i = 1; i < n && one; i++) {
            one = data.y(i) == data.y(0);
        }
        if (n > 0 && one) {
            return Problem.of(DataProblem.ONE_CLASS, data.name(), n, data.y(0));
        }
        int nTest = testSamples(n, testFraction);
        if (n - nTest < 2) {
            return Problem.of(DataProblem.TOO_FEW_TO_TRAIN, data.name(), n, testFraction, n - nTest);
        }
        return null;
    }

    /** The samples of n held out for testing: nTest = round(n * testFraction), at least 1 when testFraction > 0. */
    public static int testSamples(int n, double testFraction) {
        int nTest = (int) Math.round(n * testFraction);
        return testFraction > 0 && nTest == 0 ? 1 : nTest;
    }

    /** Why the engine cannot build this spec, or null. */
    public Problem problem() {
        if (hidden == null || hidden.isEmpty() || hidden.contains(null)) {
            return Problem.of(SettingProblem.MISSING, Setting.DEPTH);
        }
        if (arch == null) {
            return Problem.of(SettingProblem.MISSING_CHOICE, "arch");
        }
        boolean cnn = arch == ArchKind.CNN;
        Problem p = (cnn ? Setting.CNN_DEPTH : Setting.DEPTH).check(hidden.size());
        for (int i = 0; p == null && i < hidden.size(); i++) {
            p = (cnn ? Setting.CHANNELS : Setting.WIDTH).check(hidden.get(i));
        }
        if (p != null) {
            return p;
        }
        String missing = activation == null ? "activation" : init == null ? "init" : norm == null ? "norm"
                : placement == null ? "placement" : loss == null ? "loss" : null;
        if (missing != null) {
            return Problem.of(SettingProblem.MISSING_CHOICE, missing);
        }
        if (norm == NormKind.NONE) {
            return Problem.of(SettingProblem.NORMALIZED_TWIN_NEEDS_NORM);
        }
        if (!norm.suits(arch)) {
            return Problem.of(SettingProblem.NORM_NOT_FOR_ARCH, norm, arch);
        }
        p = Setting.GROUPS.check(groups);
        if (p != null) {
            return p;
        }
        if (norm == NormKind.GROUP) {
            for (int c : hidden) {
                if (c % groups != 0) {
                    return Problem.of(SettingProblem.GROUPS_DO_NOT_DIVIDE, groups, c);
                }
            }
        }
        p = Setting.INIT_SIGMA.check(sigma);
        if (p == null) {
            p = Setting.SEED.check(seed);
        }
        return p != null ? p : Setting.TEST_FRACTION.check(testFraction);
    }

    /**
     * The app's first experiment: 3 x 100 sigmoid units initialized N(0, 1) on every weight, BN before
     * the activation. With such large weights the plain twin's sigmoids start saturated (the source
     * material's "1.0 * randn" case) while BN keeps its pre-activations in the responsive middle.
     */
    public static ExperimentSpec defaults() {
        return new ExperimentSpec(List.of(100, 100, 100), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 1.0,
                NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 42, 0.2, true);
    }

    /**
     * Ioffe and Szegedy's Figure 1 set-up: 3 x 100 sigmoid units, small Gaussian initial weights
     * N(0, 0.1^2), BN before the activation. With {@link #FIGURE1_LEARNING_RATE}, even on the bundled
     * digits the plain twin's last-layer percentiles visibly drift while BN's stay put.
     */
    public static ExperimentSpec figure1(long seed) {
        return new ExperimentSpec(List.of(100, 100, 100), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 0.1,
                NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, seed, 0.2, true);
    }

    /**
     * The CNN twins' first experiment: two blocks of 8 and 16 channels (conv 3x3 -> BN -> ReLU -> max
     * pool 2x2), He initialization, then dense -> softmax: on 8x8 digits 8x8 -> 4x4 -> 2x2.
     */
    public static ExperimentSpec cnnDefaults() {
        return new ExperimentSpec(List.of(8, 16), ActivationKind.RELU, InitKind.HE, 1.0, NormKind.BATCH,
                Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 42, 0.2, true, ArchKind.CNN,
                DEFAULT_GROUPS);
    }

    /**
     * The learning rate of the Figure 1 set-up (the paper does not give its own). At 0.1 the three panels
     * say what the paper's say: on MNIST (22,699 training images, seeds 1 and 2) the twin with BN is at
     * 88 % after 250 steps against 20-37 % and ahead for the first ~8,000 steps, and higher at 50,000
     * (96.6-96.8 % against 96.1 %); on the digits it reaches 90 % at step 60-80 against 1,400-1,670. At 0.5
     * the plain twin on MNIST overtook the one with BN from step ~500 to ~4,500, so panel (a) showed BN as
     * the slower learner.
     */
    public static final double FIGURE1_LEARNING_RATE = 0.1;

    public ExperimentSpec withHidden(List<Integer> h) {
        return new ExperimentSpec(h, activation, init, sigma, norm, placement, loss, seed, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withActivation(ActivationKind a) {
        return new ExperimentSpec(hidden, a, init, sigma, norm, placement, loss, seed, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withInit(InitKind i, double s) {
        return new ExperimentSpec(hidden, activation, i, s, norm, placement, loss, seed, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withNorm(NormKind n, Placement p) {
        return new ExperimentSpec(hidden, activation, init, sigma, n, p, loss, seed, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withLoss(LossKind l) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, l, seed, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withStandardize(boolean z) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, seed, testFraction,
                z, arch, groups);
    }

    public ExperimentSpec withSeed(long s) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, s, testFraction,
                standardize, arch, groups);
    }

    public ExperimentSpec withArch(ArchKind a) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, seed, testFraction,
                standardize, a, groups);
    }

    public ExperimentSpec withGroups(int g) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, seed, testFraction,
                standardize, arch, g);
    }

    public ExperimentSpec withTestFraction(double f) {
        return new ExperimentSpec(hidden, activation, init, sigma, norm, placement, loss, seed, f,
                standardize, arch, groups);
    }
}
