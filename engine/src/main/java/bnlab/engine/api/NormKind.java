package bnlab.engine.api;

/**
 * Normalization of one hidden layer, and which values one mean and variance are taken over.
 * For [N, C, H, W] (a CNN block): BATCH per channel over N, H, W; LAYER per sample over C, H, W;
 * INSTANCE per sample and channel over H, W; GROUP per sample over a group of C / G channels and
 * H, W. For [N, D] (an MLP layer): BATCH per feature over N; LAYER per sample over D; RMS per sample
 * over D, dividing by sqrt(mean(x^2) + eps) without subtracting a mean.
 */
public enum NormKind {
    NONE, BATCH, LAYER, INSTANCE, GROUP, RMS;

    /** Whether the normalized twin of this architecture can use it. */
    public boolean suits(ArchKind arch) {
        return switch (this) {
            case NONE, BATCH, LAYER -> true;
            case INSTANCE, GROUP -> arch == ArchKind.CNN;
            case RMS -> arch == ArchKind.MLP;
        };
    }

    /** Whether it keeps running statistics (and so differs between training and evaluation). */
    public boolean hasRunningStats() {
        return this == BATCH;
    }
}
