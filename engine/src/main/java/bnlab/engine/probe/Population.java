package bnlab.engine.probe;

import bnlab.engine.api.Moments;

/**
 * Population statistics of one layer's normalization input over the training rows, with the current
 * weights and earlier layers in eval mode: mean = 1/n sum x; var = 1/(n-1) sum (x - mean)^2 when
 * unbiased (the paper's and PyTorch's running target), 1/n otherwise (Keras). Immutable by contract:
 * the arrays are fresh copies that nobody else holds.
 */
public record Population(double[] mean, double[] var) {

    /** The accumulated chunks' statistics (see {@link Moments.Accumulator}). */
    public static Population of(Moments.Accumulator acc, boolean unbiased) {
        return new Population(acc.mean(), acc.var(unbiased));
    }
}
