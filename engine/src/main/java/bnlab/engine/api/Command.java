package bnlab.engine.api;

/**
 * What the UI asks of the session; applied on the engine thread between two steps. A value the
 * engine cannot use (NaN, out of its {@link Setting}'s range, batch size 1 while BN trains) is
 * refused: the next snapshot carries the {@link Problem} and nothing changed.
 * <p>
 * Two kinds: a {@link Change} alters the live settings, and says how in {@link Change#applyTo} (the
 * one place where that rule is written: the engine and the tests' stand-in both use it); every
 * other command is handled by a {@link Visitor}, so a new command that no handler knows does not
 * compile.
 */
public sealed interface Command {

    /** Dispatch to the visitor's method for this command. */
    <R> R accept(Visitor<R> v);

    /** One method per kind of command: implementing it handles them all, exhaustively. */
    interface Visitor<R> {
        R change(Change c);

        R rebuild(Rebuild c);

        R open(Open c);

        R reset(Reset c);

        R resetTwin(ResetTwin c);

        R play(Play c);

        R pause(Pause c);

        R step(Step c);

        R stepTo(StepTo c);

        R computeLandscape(ComputeLandscape c);

        R cancelLandscape(CancelLandscape c);

        R scaleWeights(ScaleWeights c);
    }

    /** A change of the live settings: the settings it leads to, from the applied ones. */
    sealed interface Change extends Command {
        TrainSettings applyTo(TrainSettings s);

        /** Whether it changes what the networks compute (then a running landscape is cancelled). */
        default boolean changesTheNetworks() {
            return false;
        }

        @Override
        default <R> R accept(Visitor<R> v) {
            return v.change(this);
        }
    }

    /** SGD learning rate, {@link Setting#LEARNING_RATE}. */
    record SetLearningRate(double value) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withLearningRate(value);
        }
    }

    /** SGD momentum, {@link Setting#OPTIMIZER_MOMENTUM}. */
    record SetOptimizerMomentum(double value) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withOptimizerMomentum(value);
        }
    }

    /** BN running-statistics momentum in the current convention, {@link Setting#BN_MOMENTUM}. */
    record SetBnMomentum(double value) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withBn(value, s.convention(), s.eps());
        }
    }

    /** Switch convention; the momentum is converted so the new batch keeps the same weight alpha. */
    record SetConvention(Convention convention) implements Change {
        // PyTorch m = alpha, Keras m = 1 - alpha
        public TrainSettings applyTo(TrainSettings s) {
            if (convention == null) {
                return s.withBn(s.bnMomentum(), null, s.eps());
            }
            double alpha = s.convention().newBatchWeight(s.bnMomentum());
            return s.withBn(convention.momentumForNewBatchWeight(alpha), convention, s.eps());
        }
    }

    /** Normalization epsilon, {@link Setting#EPS}. */
    record SetEps(double value) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withBn(s.bnMomentum(), s.convention(), value);
        }

        @Override
        public boolean changesTheNetworks() {
            return true;
        }
    }

    /** Mini-batch size, {@link Setting#BATCH_SIZE}; 2 or more while BN trains. */
    record SetBatchSize(int value) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withBatchSize(value);
        }
    }

    /** Pin gamma of hidden layer {@code layer} (-1: all) to value; null unpins (gamma learns again). */
    record PinGamma(Double value, int layer) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withPins(value, s.pinnedBeta(), layer);
        }

        @Override
        public boolean changesTheNetworks() {
            return true;
        }
    }

    /** Pin beta of hidden layer {@code layer} (-1: all) to value; null unpins. */
    record PinBeta(Double value, int layer) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withPins(s.pinnedGamma(), value, layer);
        }

        @Override
        public boolean changesTheNetworks() {
            return true;
        }
    }

    /** Training speed limit in steps per second; 0 for as fast as possible, {@link Setting#SPEED}. */
    record SetSpeed(double stepsPerSecond) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withSpeed(stepsPerSecond);
        }
    }

    /** The unit the histograms and percentiles follow; -1 pools all units in the histograms. */
    record SetProbeUnit(int unit) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withProbeUnit(unit);
        }
    }

    /** Histogram bins, {@link Setting#HISTOGRAM_BINS}. */
    record SetHistogramBins(int bins) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withHistogramBins(bins);
        }
    }

    /** A unit counts as saturated when f'(x) < threshold * max f', {@link Setting#SATURATION_THRESHOLD}. */
    record SetSaturationThreshold(double threshold) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withSaturationThreshold(threshold);
        }
    }

    /** Probe every k steps, {@link Setting#PROBE_EVERY}. */
    record SetProbeEvery(int steps) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withProbeEvery(steps);
        }
    }

    /** Evaluate accuracies and population statistics every k steps, {@link Setting#EVAL_EVERY}. */
    record SetEvalEvery(int steps) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withEvalEvery(steps);
        }
    }

    /** The normalized twin's noise after each normalization, {@link Setting#BN_NOISE} (0 for none). */
    record SetBnNoise(double level) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return s.withBnNoise(level);
        }

        @Override
        public boolean changesTheNetworks() {
            return true;
        }
    }

    /** Replace all live settings at once. */
    record Apply(TrainSettings settings) implements Change {
        public TrainSettings applyTo(TrainSettings s) {
            return settings;
        }

        @Override
        public boolean changesTheNetworks() {
            return true;
        }
    }

    /** Rebuild both twins from a new spec and data set, keeping the live settings; the step count restarts at 0. */
    record Rebuild(ExperimentSpec spec, Dataset data) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.rebuild(this);
        }
    }

    /**
     * Open a saved experiment: rebuild both twins from its spec and data set with exactly its settings
     * (nothing carries over from the experiment before); refused as a whole if any part is unusable.
     */
    record Open(ExperimentSpec spec, Dataset data, TrainSettings settings) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.open(this);
        }
    }

    /** Rebuild both twins from the current spec and data (same seed: same initial weights). */
    record Reset() implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.reset(this);
        }
    }

    /** Reset only one twin (after it diverged) to its initial weights; the other keeps training. */
    record ResetTwin(boolean normalizedTwin) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.resetTwin(this);
        }
    }

    /** Start training continuously. */
    record Play() implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.play(this);
        }
    }

    /** Stop after the current step. */
    record Pause() implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.pause(this);
        }
    }

    /** While paused, run exactly n steps. */
    record Step(int n) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.step(this);
        }
    }

    /**
     * While paused, run the steps that bring the twins' step count to {@code step}, counting the steps
     * already asked for; none when they are there or past it. A lesson's step that needs the twins trained
     * (as an earlier step's button trains them) asks for it so, whether or not the class pressed that button.
     */
    record StepTo(long step) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.stepTo(this);
        }
    }

    /**
     * Compute the loss landscape of both twins around their current weights (Li et al. 2018): a
     * gridSize x gridSize grid over [-range, range]^2 along two filter-normalized random directions
     * drawn with seed, on the first {@code samples} training rows, in eval mode ({@link Setting#LANDSCAPE_GRID},
     * {@link Setting#LANDSCAPE_RANGE}, {@link Setting#LANDSCAPE_SAMPLES}; more samples than the training
     * set: all of it). Training waits while it runs (Play and pending Steps continue afterwards); a new
     * request replaces a running one; commands that change the networks cancel it.
     */
    record ComputeLandscape(int gridSize, double range, int samples, long seed) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.computeLandscape(this);
        }
    }

    /** Stop a running landscape computation between two rows. */
    record CancelLandscape() implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.cancelLandscape(this);
        }
    }

    /**
     * Multiply the Dense weights W (not the bias) of hidden layer {@code layer} (0-based) by {@code factor}
     * in both twins, to show scale invariance: with BN before the activation, BN(a W u + b) = BN(W u) (b
     * cancels in x - mu; a cancels up to epsilon), so the BN twin computes the same loss and its gradient
     * with respect to a W is 1/a times the gradient with respect to W; the plain twin's output changes.
     * {@code factor} within {@link Setting#WEIGHT_SCALE}. Optimizer state and traces are left as they are
     * (the next step's probes show the new gradients).
     */
    record ScaleWeights(int layer, double factor) implements Command {
        public <R> R accept(Visitor<R> v) {
            return v.scaleWeights(this);
        }
    }
}
