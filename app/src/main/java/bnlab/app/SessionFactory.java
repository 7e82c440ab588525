package bnlab.app;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.TrainSettings;

/** Starts a training session (paused) for the window. */
@FunctionalInterface
public interface SessionFactory {
    SessionHandle start(ExperimentSpec spec, TrainSettings settings, Dataset data);
}
