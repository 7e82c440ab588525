package bnlab.engine.api;

/**
 * The twins' architecture. For an MLP each hidden width in {@link ExperimentSpec#hidden()} is a Dense
 * layer's units; for a CNN it is a block's channels: conv 3x3 (stride 1, padding 1) -> normalization ->
 * activation -> 2x2 max pooling, then flatten -> dense -> softmax. A CNN's "unit" in probes and
 * commands is a channel (its statistics pooled over the batch's N * H * W values for BatchNorm).
 */
public enum ArchKind {
    MLP, CNN
}
