package bnlab.engine.api;

/**
 * One unit's normalization statistics at a step. NaN where the layer has no such quantity
 * (running statistics without BN; gamma and beta without a normalization).
 *
 * @param unit           index of the unit in its layer
 * @param runningMean    BN running mean
 * @param runningVar     BN running variance
 * @param populationMean mean of the unit's normalization input over the training rows, current weights, with BN
 *                       averaged over mini-batches as training normalizes them: the running mean's target
 *                       (measured at the last evaluation; see the engine's Population)
 * @param populationVar  variance of it: unbiased for PyTorch, biased for Keras
 * @param batchMean      this batch's mean of the normalization input, mu = 1/m sum x
 * @param batchVar       this batch's biased variance, 1/m sum (x - mu)^2
 * @param gamma          the unit's gamma
 * @param beta           the unit's beta
 */
public record UnitStats(int unit, double runningMean, double runningVar, double populationMean, double populationVar,
                        double batchMean, double batchVar, double gamma, double beta) {
}
