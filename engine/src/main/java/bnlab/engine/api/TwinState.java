package bnlab.engine.api;

import java.util.List;

/**
 * One twin network's state at a step.
 *
 * @param normalized        whether this is the twin with normalization
 * @param diverged          loss became NaN or infinite; this twin is paused until reset
 * @param divergedMessage   what to tell the user, or null
 * @param loss              training loss of the last batch
 * @param trainAccTrainMode training-set accuracy with batch statistics (train mode, no stat updates)
 * @param trainAccEvalMode  training-set accuracy with running statistics (eval mode)
 * @param testAcc           test-set accuracy in eval mode
 * @param evalStep          step at which the three accuracies were measured
 * @param layers            one probe per hidden layer
 */
public record TwinState(boolean normalized, boolean diverged, String divergedMessage, double loss,
                        double trainAccTrainMode, double trainAccEvalMode, double testAcc, long evalStep,
                        List<LayerProbe> layers) {
    public TwinState {
        layers = List.copyOf(layers);
    }
}
