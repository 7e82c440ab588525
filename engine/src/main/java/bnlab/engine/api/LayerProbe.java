package bnlab.engine.api;

import java.util.List;

/**
 * What the views show of one hidden layer at one training step, taken after backward and before the
 * optimizer's update (so the distributions, gradients and batch statistics belong together).
 *
 * @param layer             hidden layer index
 * @param histograms        distributions over the batch
 * @param saturatedFraction fraction of (unit, sample) activation inputs where f'(x) < threshold * max f'
 * @param weightGradNorm    ||dL/dW|| (Frobenius) of the layer's Dense weights
 * @param signalNorm        ||dL/dz|| (Frobenius over the batch), z = x W + b: the gradient that reaches the
 *                          layer from above (vanishes or explodes with depth)
 * @param updateRatio       ||delta W|| / ||W|| of this step's update
 * @param units             statistics of the probed units (the probe unit and the next ones)
 * @param gammaMean         mean gamma over the layer's units (NaN without normalization)
 * @param betaMean          mean beta over the layer's units
 * @param values            the probe unit's values over the batch (x, and x_hat and y with normalization),
 *                          or null where not recorded
 * @param maps              a CNN block's feature maps of one fixed sample, or null (an MLP, or not recorded)
 * @param block             the whole batch's normalization input at this layer, [N, C, H * W] (or [N, D, 1]),
 *                          or null where not recorded
 */
public record LayerProbe(int layer, LayerHistograms histograms, double saturatedFraction,
                         double weightGradNorm, double signalNorm, double updateRatio, List<UnitStats> units,
                         double gammaMean, double betaMean, UnitValues values, FeatureMaps maps,
                         BatchBlock block) {
    public LayerProbe {
        units = List.copyOf(units);
    }

    /** A probe without feature maps or the batch's block. */
    public LayerProbe(int layer, LayerHistograms histograms, double saturatedFraction,
                      double weightGradNorm, double signalNorm, double updateRatio, List<UnitStats> units,
                      double gammaMean, double betaMean, UnitValues values) {
        this(layer, histograms, saturatedFraction, weightGradNorm, signalNorm, updateRatio, units,
                gammaMean, betaMean, values, null, null);
    }

    /** A probe without the probe unit's values. */
    public LayerProbe(int layer, LayerHistograms histograms, double saturatedFraction,
                      double weightGradNorm, double signalNorm, double updateRatio, List<UnitStats> units,
                      double gammaMean, double betaMean) {
        this(layer, histograms, saturatedFraction, weightGradNorm, signalNorm, updateRatio, units,
                gammaMean, betaMean, null, null, null);
    }
}
