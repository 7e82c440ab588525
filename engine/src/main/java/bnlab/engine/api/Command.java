package bnlab.engine.api;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.Convention;

/**
 * What the UI asks of the session; applied on the engine thread between two steps. A value the
 * engine cannot use (NaN, out of range, batch size 1 with BN) is refused with a message in the next
 * snapshot and changes nothing.
 */
public sealed interface Command {
    /** SGD learning rate, > 0. */
    record SetLearningRate(double value) implements Command { }

    /** SGD momentum in [0, 1). */
    record SetOptimizerMomentum(double value) implements Command { }

    /** BN running-statistics momentum in the current convention, in [0, 1]. */
    record SetBnMomentum(double value) implements Command { }

    /** Switch convention; the momentum is converted so the new batch keeps the same weight. */
    record SetConvention(Convention convention) implements Command { }

    /** BN epsilon, > 0. */
    record SetEps(double value) implements Command { }

    /** Mini-batch size, >= 2 while BN trains. */
    record SetBatchSize(int value) implements Command { }

    /** Pin gamma of hidden layer {@code layer} (-1: all) to value; null unpins (gamma learns again). */
    record PinGamma(Double value, int layer) implements Command { }

    /** Pin beta of hidden layer {@code layer} (-1: all) to value; null unpins. */
    record PinBeta(Double value, int layer) implements Command { }

    /** Training speed limit in steps per second; 0 for as fast as possible. */
    record SetSpeed(double stepsPerSecond) implements Command { }

    /** Probe settings: every k steps, histogram bins, probe unit (-1 pools), saturation threshold, eval every k. */
    record SetProbes(int probeEvery, int histBins, int probeUnit, double saturationThreshold, int evalEvery)
            implements Command { }

    /** Replace all live settings at once. */
    record Apply(TrainSettings settings) implements Command { }

    /** Rebuild both twins from a new spec and data set; the step count restarts at 0. */
    record Rebuild(ExperimentSpec spec, Dataset data) implements Command { }

    /** Rebuild both twins from the current spec and data (same seed: same initial weights). */
    record Reset() implements Command { }

    /** Start training continuously. */
    record Play() implements Command { }

    /** Stop after the current step. */
    record Pause() implements Command { }

    /** While paused, run exactly n steps. */
    record Step(int n) implements Command { }

    /**
     * Compute the loss landscape of both twins around their current weights (Li et al. 2018): a
     * gridSize x gridSize grid over [-range, range]^2 along two filter-normalized random directions
     * drawn with seed, on the first {@code samples} training rows, in eval mode. Grid 3..101, range
     * > 0, samples >= 1 (more than the training set: all of it). Training waits while it runs (Play and
     * pending Steps continue afterwards); a new request replaces a running one; Rebuild, Reset,
     * ResetTwin, pins, eps and Apply cancel it.
     */
    record ComputeLandscape(int gridSize, double range, int samples, long seed) implements Command { }

    /** Stop a running landscape computation between two rows; nothing is published but the message. */
    record CancelLandscape() implements Command { }

    /** Reset only one twin after it diverged, to its initial weights (the other keeps training). */
    record ResetTwin(boolean normalizedTwin) implements Command { }
}
