package bnlab.app;

import bnlab.app.controls.DatasetSource;
import bnlab.engine.Engine;

/** The engine's real session and data loaders, as the window needs them. */
final class EngineParts {
    private EngineParts() {
    }

    /**
     * A real session; it builds the twins on the engine thread (~1-3 s the first time) while the caller goes
     * on (see {@link bnlab.engine.api.SessionHandle#ready()}).
     */
    static SessionFactory sessions() {
        return Engine::startInBackground;
    }

    static DatasetSource datasets() {
        return Engine::load;
    }
}
