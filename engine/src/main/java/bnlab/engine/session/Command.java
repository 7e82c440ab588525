package bnlab.engine.session;

import bnlab.engine.data.Dataset;

/** What the UI asks of the session; applied on the engine thread between two steps. */
public sealed interface Command {
    /** Change the live settings (learning rate, BN momentum/convention/eps, batch size, pins, speed, probes). */
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

    /** Reset only the named twin after it diverged (the other keeps training). */
    record ResetTwin(boolean bnTwin) implements Command { }
}
