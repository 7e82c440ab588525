package bnlab.app.lessons;

import bnlab.engine.Engine;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A bundled lesson's experiment on the real engine, without a window: its set-up, optionally followed by
 * what entering one of its steps and pressing one of its buttons change (spec and settings, applied as
 * the lesson runner applies them; their training steps are left to the test), built
 * fresh from the lesson's seed, as a button that starts again would. For claim tests.
 */
final class LessonEngine implements AutoCloseable {
    final Lesson lesson;
    final ExperimentSpec spec;
    final TrainSettings settings;
    final SessionHandle session;

    /**
     * @param id     the lesson
     * @param step   the step to enter and whose button to apply (0-based), or -1 for the set-up alone
     * @param action the button (0-based)
     */
    LessonEngine(String id, int step, int action) throws Exception {
        this(id, step, action, null);
    }

    /** As above, on the given data instead of the lesson's (null: the lesson's). */
    LessonEngine(String id, int step, int action, Dataset on) throws Exception {
        lesson = LessonLibrary.load(Path.of("target", "no-such-folder")).byId(id);
        assertNotNull(lesson, "bundled lesson " + id);
        ExperimentSpec sp = Patches.spec(ExperimentSpec.defaults(), lesson.setup().spec());
        TrainSettings t = Patches.settings(TrainSettings.defaults(), lesson.setup().settings());
        if (step >= 0) {
            java.util.List<Lesson.Do> does = new java.util.ArrayList<>(lesson.steps().get(step).enter());
            does.addAll(lesson.steps().get(step).actions().get(action).does());
            for (Lesson.Do d : does) {
                sp = Patches.spec(sp, d.spec());
                t = Patches.settings(t, d.settings());
            }
        }
        spec = sp;
        settings = t.withSpeed(0);
        String dataset = lesson.setup().dataset();
        Dataset data = on != null ? on
                : Engine.load(dataset == null ? DatasetId.DIGITS : DatasetId.valueOf(dataset), null);
        session = Engine.start(spec, settings, data);
    }

    /** Train n more steps (paused, as fast as the engine goes) and return the snapshot after them. */
    Snapshot steps(int n) throws Exception {
        long target = session.latest().step() + n;
        session.send(new Command.Step(n));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline) {
            Snapshot s = session.latest();
            if (s.step() >= target && !s.playing()) {
                Thread.sleep(30); // the snapshot after the last step carries its probes
                return session.latest();
            }
            Thread.sleep(5);
        }
        throw new TimeoutException("step " + target + " not reached; at " + session.latest().step());
    }

    @Override
    public void close() {
        session.close();
    }
}
