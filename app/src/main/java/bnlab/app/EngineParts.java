package bnlab.app;

import bnlab.app.controls.DatasetSource;

/** The engine's real session and data loaders, as the window needs them. */
final class EngineParts {
    private EngineParts() {
    }

    static SessionFactory sessions() {
        return (spec, settings, data) -> {
            throw new UnsupportedOperationException("the engine's TrainingSession is not on this branch yet");
        };
    }

    static DatasetSource datasets() {
        return (choice, path) -> {
            throw new java.io.IOException("the data loaders are not on this branch yet");
        };
    }
}
