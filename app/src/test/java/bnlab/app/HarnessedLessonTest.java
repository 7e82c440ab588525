package bnlab.app;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What a lesson's test on the real engine sets up: one {@link LessonHarness} (the engine and the window)
 * for the whole class, closed after it, and a robot. A subclass still shows the window in a {@code @Start}
 * method of its own (TestFX looks for it in the test class itself), at the size its pictures need.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class HarnessedLessonTest {
    protected static LessonHarness h;
    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void engine() {
        h = new LessonHarness();
    }

    @AfterAll
    static void closeHarness() {
        h.close();
    }
}
