package bnlab.app;

import bnlab.app.controls.DatasetSource;
import bnlab.app.controls.StandardDatasets;
import bnlab.engine.session.TrainingSession;

/** The engine's real session and data loaders, as the window needs them. */
final class EngineParts {
    private EngineParts() {
    }

    /** A real session; its constructor builds the twins on the engine thread (blocks ~1-3 s the first time). */
    static SessionFactory sessions() {
        return TrainingSession::new;
    }

    static DatasetSource datasets() {
        return new StandardDatasets();
    }
}
