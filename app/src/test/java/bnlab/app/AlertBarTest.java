package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.Setting;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

/** A diverged twin is reported with a reset button; the other twin and the window go on. */
@ExtendWith(ApplicationExtension.class)
class AlertBarTest {
    private final WindowFixture w = new WindowFixture();

    @Start
    void start(Stage stage) {
        w.start(stage);
    }

    @Test
    void aDivergedTwinShowsItsMessageAndCanBeResetAlone(FxRobot robot) {
        Snapshot s = Snapshots.at(10, 30);
        w.session.publish(Snapshots.with(s, s.normalized(), Snapshots.twin(false, 3, Double.NaN, 0.1, 20, 0, true),
                true));
        w.pump();
        Label plain = w.node("#diverged-plain");
        assertTrue(plain.isVisible() && plain.getParent().isVisible());
        assertTrue(plain.getText().contains(I18n.problem(w.session.latest().plain().divergence())), plain.getText());
        assertFalse(w.node("#diverged-bn").getParent().isVisible(), "the BN twin is fine");
        robot.clickOn("#reset-plain");
        assertFalse(w.session.last(Command.ResetTwin.class).normalizedTwin());
        w.session.publish(Snapshots.at(11, 31));
        w.pump();
        assertFalse(w.node("#diverged-plain").getParent().isVisible(), "the bar goes once the twin is reset");
        assertTrue(w.text("#status").contains("step 31 "), "the window kept updating");
    }

    @Test
    void anEngineMessageStaysVisibleUntilDismissed(FxRobot robot) {
        Problem eps = Setting.EPS.check(0);
        Snapshot s = Snapshots.at(5, 3, s0().settings(), s0().spec(), eps);
        w.session.publish(s);
        w.pump();
        assertEquals(I18n.get("alert.message", I18n.problem(eps)), w.text("#engine-message"));
        w.session.publish(Snapshots.at(6, 4));
        w.pump();
        assertTrue(w.node("#engine-message").getParent().isVisible(), "still visible on the next snapshot");
        robot.clickOn("#dismiss-message");
        assertFalse(w.node("#engine-message").getParent().isVisible());
    }

    /**
     * The banner lies above the views, which move down for it (laid over them it hid their headers and controls):
     * the tabs start where it ends, and its button keeps its whole label.
     */
    @Test
    void bannersPushTheViewsDownAndKeepTheirButtonsWhole(FxRobot robot) {
        javafx.scene.Node tabs = w.window.tabs();
        javafx.geometry.Bounds before = tabs.localToScene(tabs.getBoundsInLocal());
        Snapshot s = Snapshots.at(10, 30);
        w.session.publish(Snapshots.with(s, s.normalized(), Snapshots.twin(false, 3, Double.NaN, 0.1, 20, 0, true),
                false));
        w.pump();
        robot.interact(() -> { });
        assertTrue(w.node("#diverged-plain").getParent().isVisible());
        javafx.geometry.Bounds after = tabs.localToScene(tabs.getBoundsInLocal());
        javafx.scene.Node banner = w.window.alerts().node();
        javafx.geometry.Bounds b = banner.localToScene(banner.getLayoutBounds());
        assertEquals(before.getMaxY(), after.getMaxY(), 0.5, "the tabs keep their foot");
        assertEquals(b.getMaxY(), after.getMinY(), 1, "and start where the banner ends: " + b + " " + after);
        assertTrue(after.getMinY() > before.getMinY() + 10, "pushed down");
        javafx.scene.control.Button reset = w.node("#reset-plain");
        assertTrue(reset.getWidth() >= reset.prefWidth(-1) - 0.5, "the button is not cut to an ellipsis");
        assertEquals(reset.getText(), ((com.sun.javafx.scene.control.LabeledText) reset.lookup(".text")).getText());
    }

    /** A twin stuck at chance (finite numbers) is said to have stopped learning, with a reset button. */
    @Test
    void aStalledTwinIsSaid(FxRobot robot) {
        Snapshot s = Snapshots.at(10, 300);
        TwinState p = s.plain();
        Problem stall = Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, 93.0, 10.0);
        TwinState stalled = new TwinState(false, p.norm(), null, p.loss(), 0.1, 0.1, 0.1, 300, 300, p.layers(),
                p.history(), stall);
        w.session.publish(Snapshots.with(s, s.normalized(), stalled, true));
        w.pump();
        Label bar = w.node("#stalled-plain");
        assertTrue(bar.getParent().isVisible());
        String name = I18n.get("twin.plain.named", I18n.label(p.norm()));
        // one line: the fact and its numbers, accuracies in percent as on the axes; "why?" opens the saturation,
        // the learning rate and the usual causes
        assertEquals(I18n.get("alert.stalled.short", name, "10%", 300L, "10.2%"), bar.getText());
        robot.interact(() -> w.<javafx.scene.control.Button>node("#why-stalled-plain").fire());
        assertEquals(I18n.then(I18n.get("alert.stalled", name, I18n.problem(Problem.of(RunProblem.STALLED, 300L,
                "10%", "10.2%", 93.0, 10.0))), I18n.get("alert.stalled.cause.saturated", 93L)), bar.getText());
        assertEquals(I18n.get("alert.less"), w.<javafx.scene.control.Button>node("#why-stalled-plain").getText());
        robot.interact(() -> w.<javafx.scene.control.Button>node("#why-stalled-plain").fire());
        assertEquals(I18n.get("alert.stalled.short", name, "10%", 300L, "10.2%"), bar.getText());
        assertFalse(w.node("#stalled-bn").getParent().isVisible());
        robot.interact(() -> w.<javafx.scene.control.Button>node("#reset-stalled-plain").fire());
        assertFalse(w.session.last(Command.ResetTwin.class).normalizedTwin());
    }

    /**
     * The likely cause, from the stall's numbers: 93 % saturated, saturation; lesson 2's tiny weights (nothing
     * saturated, layer 1 gets 6.4e-4 of the top layer's gradient), a vanishing gradient; else the learning rate.
     */
    @Test
    void aStallIsPutDownToItsLikelyCause() {
        assertEquals(I18n.get("alert.stalled.cause.saturated", 93L),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, 93.0, 10.0, 0.5)));
        assertEquals(I18n.get("alert.stalled.cause.vanishing", "1/1600"),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 3950L, 0.1003, 0.1031, 0.0, 0.1, 6.4e-4)));
        assertEquals(I18n.get("alert.stalled.cause.rate", 1e-4),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, 2.0, 1e-4, 0.4)));
        assertEquals(I18n.get("alert.stalled.cause.rate", 1e-4),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, Double.NaN, 1e-4, Double.NaN)),
                "no probes: the learning rate");
        // a learning rate of 50: 94 % saturated, but its loss (300) over twice a guess's (ln 10): the steps overshoot
        double guess = Math.log(10);
        assertEquals(I18n.get("alert.stalled.cause.overshoot", 50.0, 300.0, guess),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 940L, 0.097, 0.102, 94.0, 50.0, 0.5, 300.0, guess)));
        assertEquals(I18n.get("alert.stalled.cause.saturated", 93L),
                AlertBar.cause(Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, 93.0, 10.0, 0.5, 2.31, guess)),
                "a loss near a guess's: saturation as before");
    }

    /**
     * A lesson that trains at a learning rate near 0 on purpose (running statistics) says so; on its stage
     * the "stopped learning" bars stay hidden, and on the full panel they are said again.
     */
    @Test
    void aLessonThatLearnsNothingOnPurposeHidesTheStalledBars(FxRobot robot) {
        robot.interact(() -> assertTrue(w.window.openLesson("running-stats")));
        assertTrue(w.window.lessonStage().model().lesson().setup().stallExpected());
        // lesson 11's plain twin on badly scaled inputs is meant to stall too: its bar offered to reset the very
        // network the lesson shows
        assertTrue(bnlab.app.lessons.LessonLibrary.load(java.nio.file.Path.of("target", "no-such-folder"))
                .byId("smooth-landscape").setup().stallExpected());
        Snapshot s = Snapshots.at(10, 300);
        TwinState p = s.plain();
        Problem stall = Problem.of(RunProblem.STALLED, 300L, 0.1, 0.102, 93.0, 1e-4);
        TwinState stalled = new TwinState(false, p.norm(), null, p.loss(), 0.1, 0.1, 0.1, 300, 300, p.layers(),
                p.history(), stall);
        w.session.publish(Snapshots.with(s, s.normalized(), stalled, true));
        w.pump();
        assertFalse(w.node("#stalled-plain").getParent().isVisible(), "expected by the lesson");
        robot.interact(w.window::showFullPanel);
        w.session.publish(Snapshots.with(Snapshots.at(11, 301), s.normalized(), stalled, true));
        w.pump();
        assertTrue(w.node("#stalled-plain").getParent().isVisible(), "said on the full panel");
    }

    private Snapshot s0() {
        return w.session.latest();
    }
}
