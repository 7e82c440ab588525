package bnlab.engine.api;

/**
 * One hidden layer's distributions over the batch at a step, for the probe unit or all units pooled.
 * xhat and normOutput are null where the layer has no normalization (the plain twin).
 *
 * @param normInput        input of the normalization (for the plain twin: the same place)
 * @param xhat             x_hat = (x - mu) / sqrt(var + eps)
 * @param normOutput       gamma * x_hat + beta
 * @param activationInput  input to the nonlinearity, in 4 times the bins of the others over its own range
 *                         (the saturation view draws a window of it a few times f's responsive region wide)
 * @param activationOutput output of the nonlinearity
 */
public record LayerHistograms(Histogram normInput, Histogram xhat, Histogram normOutput, Histogram activationInput,
                              Histogram activationOutput) {
}
