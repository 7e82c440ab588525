package bnlab.engine.probe;

import bnlab.engine.api.Moments;

/**
 * Population statistics of one layer's normalization input over the training rows, with the current weights:
 * for a network whose BN keeps running statistics, the averages over the rows' mini-batches, each normalized as
 * training normalizes it, of each batch's mean and variance (the target of the running statistics, Ioffe and
 * Szegedy's Algorithm 2: unbiased m/(m-1) E[sigma_B^2] for PyTorch, biased E[sigma_B^2] for Keras; see
 * {@link Moments.BatchAverages}); for any other network the moments over all rows (mean = 1/n sum x; var =
 * 1/(n-1) sum (x - mean)^2 when unbiased, 1/n otherwise), which the mode does not change. Earlier layers in eval
 * mode would normalize with running statistics still far from their target early on, and a deeper layer's
 * "population" was then another network's (block 2 of lesson 12's CNN: a variance of 75 against 0.5).
 * Immutable by contract: the arrays are fresh copies that nobody else holds.
 */
public record Population(double[] mean, double[] var) {

    /** The accumulated chunks' statistics (see {@link Moments.Accumulator}). */
    public static Population of(Moments.Accumulator acc, boolean unbiased) {
        return new Population(acc.mean(), acc.var(unbiased));
    }

    /** The averages over the mini-batches (see {@link Moments.BatchAverages}). */
    public static Population of(Moments.BatchAverages batches, boolean unbiased) {
        return new Population(batches.mean(), batches.var(unbiased));
    }
}
