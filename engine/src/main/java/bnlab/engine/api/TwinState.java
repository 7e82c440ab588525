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
 * @param stall             why this twin seems to have stopped learning (its test accuracy has stayed at the
 *                          level of always guessing the most common class), or null; it keeps training
 */
public record TwinState(boolean normalized, NormKind norm, Problem divergence, double loss, double trainAccTrainMode,
                        double trainAccEvalMode, double testAcc, long evalStep, long probeStep, List<LayerProbe> layers,
                        TwinHistory history, Problem stall) {
    public TwinState {
        layers = List.copyOf(layers);
    }

    /** A twin that is learning (no stall). */
    public TwinState(boolean normalized, NormKind norm, Problem divergence, double loss, double trainAccTrainMode,
                     double trainAccEvalMode, double testAcc, long evalStep, long probeStep, List<LayerProbe> layers,
                     TwinHistory history) {
        this(normalized, norm, divergence, loss, trainAccTrainMode, trainAccEvalMode, testAcc, evalStep, probeStep,
                layers, history, null);
    }

    public boolean diverged() {
        return divergence != null;
    }
}
