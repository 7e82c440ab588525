package bnlab.engine.session;

import bnlab.engine.nn.Convention;

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
