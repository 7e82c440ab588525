package bnlab.engine.api;

/**
 * What the views show of one hidden layer at one step. Histogram fields are null where the layer has
 * no such quantity (x_hat and BN output on the plain twin).
 *
 * @param layer             hidden layer index
 * @param normInput         layer input before normalization (for the plain twin: at the same place)
 * @param xhat              x_hat = (x - mu) / sqrt(var + eps)
 * @param normOutput        gamma * x_hat + beta
 * @param activationInput   input to the nonlinearity
 * @param activationOutput  output of the nonlinearity
 * @param p15               15th percentile of the probe unit's activation input over the batch
 * @param p50               median of it
 * @param p85               85th percentile of it
 * @param saturatedFraction fraction of (unit, sample) activation inputs where f'(x) < threshold * max f'
 * @param gradNorm          Frobenius norm of dL/dW of the layer's Dense weights
 * @param updateRatio       ||delta W|| / ||W|| of the last update
 * @param units             indices of the units whose statistics follow
 * @param runningMean       BN running mean of those units (NaN without BN)
 * @param runningVar        BN running variance of those units
 * @param populationMean    mean of the BN input over the training set, current weights, eval mode
 * @param populationVar     variance of it (unbiased for PyTorch, biased for Keras)
 * @param batchMean         this batch's mean of the BN input for those units
 * @param batchVar          this batch's biased variance of it
 * @param gamma             gamma of those units (NaN without BN)
 * @param beta              beta of those units
 * @param gammaMean         mean gamma over all units of the layer
 * @param betaMean          mean beta over all units of the layer
 */
public record LayerProbe(int layer, Histogram normInput, Histogram xhat, Histogram normOutput,
                         Histogram activationInput, Histogram activationOutput, double p15, double p50, double p85,
                         double saturatedFraction, double gradNorm, double updateRatio, int[] units,
                         double[] runningMean, double[] runningVar, double[] populationMean, double[] populationVar,
                         double[] batchMean, double[] batchVar, double[] gamma, double[] beta,
                         double gammaMean, double betaMean) {
}
