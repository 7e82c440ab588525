package bnlab.engine.api;

import java.util.List;

/**
 * One twin network's state at a step.
 *
 * @param normalized        whether this is the twin with normalization
 * @param norm              its normalization (NONE for the plain twin)
 * @param divergence        why this twin is paused until reset (its loss or gradients stopped being finite),
 *                          or null while it trains
 * @param loss              training loss of the last batch
 * @param trainAccTrainMode training-set accuracy with batch statistics (train mode, no stat updates)
 * @param trainAccEvalMode  training-set accuracy with running statistics (eval mode)
 * @param testAcc           test-set accuracy in eval mode
 * @param evalStep          step at which the three accuracies were measured (-1: not yet)
 * @param probeStep         step whose batch the layer probes describe (0: none yet)
 * @param layers            one probe per hidden layer, empty before the first probed step and while diverged
 * @param history           the series since the last rebuild
 */
public record TwinState(boolean normalized, NormKind norm, Problem divergence, double loss, double trainAccTrainMode,
                        double trainAccEvalMode, double testAcc, long evalStep, long probeStep, List<LayerProbe> layers,
                        TwinHistory history) {
    public TwinState {
        layers = List.copyOf(layers);
    }

    public boolean diverged() {
        return divergence != null;
    }
}
