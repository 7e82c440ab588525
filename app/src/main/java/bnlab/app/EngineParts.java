package bnlab.app;

import bnlab.app.controls.DatasetSource;
import bnlab.engine.Engine;

/** The engine's real session and data loaders, as the window needs them. */
final class EngineParts {
    private EngineParts() {
    }

    /** A real session; it builds the twins on the engine thread (blocks ~1-3 s the first time). */
    static SessionFactory sessions() {
        return Engine::start;
    }

    static DatasetSource datasets() {
        return Engine::load;
    }
}
