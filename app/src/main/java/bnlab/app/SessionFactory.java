package bnlab.app;

import bnlab.engine.data.Dataset;
import bnlab.engine.session.ExperimentSpec;
import bnlab.engine.session.SessionHandle;
import bnlab.engine.session.TrainSettings;

/** Starts a training session (paused) for the window. */
@FunctionalInterface
public interface SessionFactory {
    SessionHandle start(ExperimentSpec spec, TrainSettings settings, Dataset data);
}
