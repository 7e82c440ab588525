package bnlab.engine.api;

import bnlab.engine.api.Convention;

/**
 * Settings that change between steps without a reset. Immutable; the session publishes the values it
 * actually applied in every snapshot.
 *
 * @param learningRate        SGD step size
 * @param optimizerMomentum   SGD momentum mu (v = mu v + g; p -= lr v), 0 for plain SGD
 * @param bnMomentum          BN running-statistics momentum in the chosen convention
 * @param convention          PyTorch or Keras running-statistics convention
 * @param eps                 BN epsilon
 * @param batchSize           mini-batch size
 * @param pinnedGamma         gamma forced on the pinned layer(s), or null for learned gamma
 * @param pinnedBeta          beta forced on the pinned layer(s), or null for learned beta
 * @param pinLayer            hidden layer whose gamma/beta are pinned, -1 for all
 * @param stepsPerSecond      training speed limit, 0 for as fast as possible
 * @param probeEvery          compute probes every k steps
 * @param histBins            number of histogram bins
 * @param probeUnit           unit for histograms (-1 pools all units) and for the percentiles
 * @param saturationThreshold a unit is saturated when f'(x) < threshold * max f'
 * @param evalEvery           evaluate accuracies and population statistics every k steps
 */
public record TrainSettings(double learningRate, double optimizerMomentum, double bnMomentum, Convention convention,
                            double eps, int batchSize, Double pinnedGamma, Double pinnedBeta, int pinLayer,
                            double stepsPerSecond, int probeEvery, int histBins, int probeUnit,
                            double saturationThreshold, int evalEvery) {

    /**
     * Why these settings cannot be used, or null when they can. Checks what does not depend on the
     * network (batch size 1 with BN and the pinned layer's index are checked against the spec).
     */
    public String problem() {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            return "learning rate must be a positive number, got " + learningRate;
        }
        if (!(optimizerMomentum >= 0 && optimizerMomentum < 1)) {
            return "SGD momentum must be in [0, 1), got " + optimizerMomentum;
        }
        if (!(bnMomentum >= 0 && bnMomentum <= 1)) {
            return "BN momentum must be in [0, 1], got " + bnMomentum;
        }
        if (convention == null) {
            return "BN convention must be PYTORCH or KERAS";
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            return "BN epsilon must be a positive number, got " + eps;
        }
        if (batchSize < 1) {
            return "batch size must be at least 1, got " + batchSize;
        }
        for (Double pin : new Double[]{pinnedGamma, pinnedBeta}) {
            if (pin != null && (!Double.isFinite(pin) || Math.abs(pin) > 1e6)) {
                return "a pinned gamma or beta must be a finite number within +-1e6, got " + pin;
            }
        }
        if (pinLayer < -1) {
            return "pinned layer must be -1 (all) or a hidden layer index, got " + pinLayer;
        }
        if (!(stepsPerSecond >= 0) || Double.isInfinite(stepsPerSecond)) {
            return "speed must be 0 (unlimited) or a positive number of steps per second, got " + stepsPerSecond;
        }
        if (probeEvery < 1 || histBins < 1 || histBins > 1000 || evalEvery < 1
                || !(saturationThreshold > 0 && saturationThreshold < 1)) {
            return "probe settings out of range: every >= 1, 1..1000 bins, eval every >= 1, "
                    + "saturation threshold in (0, 1)";
        }
        return null;
    }

    /** {@link #problem()}, plus what depends on the network: batch size 1 with BN, the pinned layer. */
    public String problemWith(ExperimentSpec spec) {
        String p = problem();
        if (p != null) {
            return p;
        }
        if (batchSize == 1 && spec.norm() == bnlab.engine.api.NormKind.BATCH) {
            return "Batch size 1 is refused while BN trains: Expected more than 1 value per channel when training "
                    + "(a batch of one has zero variance, so x_hat would be 0/0). Use 2 or more, or LayerNorm.";
        }
        if (pinLayer >= spec.hidden().size()) {
            return "no hidden layer " + pinLayer + " to pin (the network has " + spec.hidden().size() + ")";
        }
        return null;
    }

    public static TrainSettings defaults() {
        return new TrainSettings(0.1, 0.0, Convention.PYTORCH.defaultMomentum(), Convention.PYTORCH,
                Convention.PYTORCH.defaultEps(), 60, null, null, -1, 0, 1, 40, -1, 0.05, 20);
    }

    public TrainSettings withLearningRate(double v) {
        return new TrainSettings(v, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma, pinnedBeta,
                pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withOptimizerMomentum(double v) {
        return new TrainSettings(learningRate, v, bnMomentum, convention, eps, batchSize, pinnedGamma, pinnedBeta,
                pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withBn(double momentum, Convention c, double epsilon) {
        return new TrainSettings(learningRate, optimizerMomentum, momentum, c, epsilon, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withBatchSize(int v) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, v, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withPins(Double gamma, Double beta, int layer) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, gamma, beta,
                layer, stepsPerSecond, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withSpeed(double v) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, v, probeEvery, histBins, probeUnit, saturationThreshold, evalEvery);
    }

    public TrainSettings withProbes(int every, int bins, int unit, double threshold, int evalEveryK) {
        return new TrainSettings(learningRate, optimizerMomentum, bnMomentum, convention, eps, batchSize, pinnedGamma,
                pinnedBeta, pinLayer, stepsPerSecond, every, bins, unit, threshold, evalEveryK);
    }
}
