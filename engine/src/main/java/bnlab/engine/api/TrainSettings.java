package bnlab.engine.api;

/**
 * Settings that change between steps without a reset. Immutable; the session publishes the values it
 * actually applied in every snapshot. Each number's range is its {@link Setting}'s.
 *
 * @param learningRate        SGD step size
 * @param optimizerMomentum   SGD momentum mu (v = mu v + g; p -= lr v), 0 for plain SGD
 * @param bnMomentum          BN running-statistics momentum in the chosen convention
 * @param convention          PyTorch or Keras running-statistics convention
 * @param eps                 normalization epsilon
 * @param batchSize           mini-batch size
 * @param pinnedGamma         gamma forced on the pinned layer(s), or null for learned gamma
 * @param pinnedBeta          beta forced on the pinned layer(s), or null for learned beta
 * @param pinLayer            hidden layer whose gamma/beta are pinned, -1 for all
 * @param stepsPerSecond      training speed limit, 0 for as fast as possible
 * @param probeEvery          compute probes every k steps
 * @param histBins            number of histogram bins
 * @param probeUnit           unit for histograms (-1 pools all units) and for the percentiles, -1 to
 *                            {@link Setting#WIDTH}'s max
 * @param saturationThreshold a unit is saturated when f'(x) < threshold * max f'
 * @param evalEvery           evaluate accuracies and population statistics every k steps
 * @param bnNoise             the normalized twin's noise after each normalization, 0 for none: each unit's output
 *                            shifted and stretched by amounts drawn anew at every step (see {@code NormNoise})
 */
public record TrainSettings(double learningRate, double optimizerMomentum, double bnMomentum, Convention convention,
                            double eps, int batchSize, Double pinnedGamma, Double pinnedBeta, int pinLayer,
                            double stepsPerSecond, int probeEvery, int histBins, int probeUnit,
                            double saturationThreshold, int evalEvery, double bnNoise) {

    /**
     * Why these settings cannot be used, or null when they can: each value against its {@link Setting}.
     * What depends on the network (batch size 1 with BN, the pinned layer's index) is in {@link #problemWith}.
     */
    public Problem problem() {
        if (convention == null) {
            return Problem.of(SettingProblem.MISSING_CHOICE, "convention");
        }
        Problem p = first(Setting.LEARNING_RATE.check(learningRate), Setting.OPTIMIZER_MOMENTUM.check(optimizerMomentum),
                Setting.BN_MOMENTUM.check(bnMomentum), Setting.EPS.check(eps), Setting.BATCH_SIZE.check(batchSize),
                pinnedGamma == null ? null : Setting.GAMMA.check(pinnedGamma),
                pinnedBeta == null ? null : Setting.BETA.check(pinnedBeta),
                Setting.SPEED.check(stepsPerSecond), Setting.PROBE_EVERY.check(probeEvery),
                Setting.HISTOGRAM_BINS.check(histBins), Setting.SATURATION_THRESHOLD.check(saturationThreshold),
                Setting.EVAL_EVERY.check(evalEvery), Setting.BN_NOISE.check(bnNoise));
        if (p != null) {
            return p;
        }
        if (pinLayer < -1) {
            return Problem.of(SettingProblem.NO_SUCH_LAYER, pinLayer, 0);
        }
        if (probeUnit < -1 || probeUnit > Setting.WIDTH.max()) { // a unit of no layer (a forged file) is refused too
            return Problem.of(SettingProblem.NO_SUCH_UNIT, probeUnit + 1L, (int) Setting.WIDTH.max());
        }
        return null;
    }

    /**
     * {@link #problem()}, plus what depends on the network: batch size 1 with BN in a fully connected
     * layer, the pinned layer. A conv block's BN pools N * H * W values per channel, and every block the
     * engine builds sees at least 2 x 2 positions ({@link ExperimentSpec#problemWith(Dataset)}), so a CNN
     * trains at batch size 1 (as PyTorch's BatchNorm2d, which refuses only a single value per channel).
     */
    public Problem problemWith(ExperimentSpec spec) {
        Problem p = problem();
        if (p != null) {
            return p;
        }
        if (batchSize == 1 && spec.norm() == NormKind.BATCH && spec.arch() != ArchKind.CNN) {
            return Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM);
        }
        if (pinLayer >= spec.hidden().size()) {
            return Problem.of(SettingProblem.NO_SUCH_LAYER, pinLayer, spec.hidden().size());
        }
        return null;
    }

    /**
     * The rows of a batch that the measuring passes run in train mode (the training set's accuracy as training
     * computes it, the gradient path's batch): the batch size, at least 2, since BN in train mode needs two rows.
     */
    public int trainModeRows() {
        return Math.max(2, batchSize);
    }

    /** Whether the normalized twin has noise after its normalizations ({@link #bnNoise} above 0). */
    public boolean noisy() {
        return bnNoise > 0;
    }

    private static Problem first(Problem... ps) {
        for (Problem p : ps) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    public static TrainSettings defaults() {
        return new TrainSettings(0.1, 0.0, Convention.PYTORCH.defaultMomentum(), Convention.PYTORCH,
                Convention.PYTORCH.defaultEps(), 60, null, null, -1, 0, 1, 40, -1, 0.05, 20, 0);
    }

    public TrainSettings withLearningRate(double v) {
        return new TrainSettings(v, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma, pinnedBeta,
                pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withOptimizerMomentum(double v) {
        return new TrainSettings(learningRate, v, bnMomentum, convention, eps, batchSize, pinnedGamma, pinnedBeta,
                pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withBn(double momentum, Convention c, double epsilon) {
        return new TrainSettings(learningRate, optimizerMomentum, momentum, c, epsilon, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery,
                bnNoise);
    }

    public TrainSettings withBatchSize(int v) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, v, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery,
                bnNoise);
    }

    public TrainSettings withPins(Double gamma, Double beta, int layer) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, gamma, beta,
                layer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withSpeed(double v) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, v, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withProbeUnit(int unit) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, unit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withHistogramBins(int bins) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, bins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withSaturationThreshold(double threshold) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, threshold, evalEvery, bnNoise);
    }

    public TrainSettings withProbeEvery(int every) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, every, histBins, probeUnit, saturationThreshold, evalEvery, bnNoise);
    }

    public TrainSettings withEvalEvery(int every) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, every, bnNoise);
    }

    public TrainSettings withBnNoise(double level) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery,
                level);
    }
}
