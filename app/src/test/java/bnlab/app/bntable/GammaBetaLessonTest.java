package bnlab.app.bntable;

import bnlab.app.LessonHarness;
import bnlab.app.histograms.PngSnapshots;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.BnByHandBatch;
import bnlab.engine.api.Moments;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitValues;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 8's claims on the real engine: gamma = sqrt(var + eps) and beta = mu give y = x back (by hand on
 * the 36 values, and on a live unit's batch); with gamma and beta pinned to 2 and 1 the network's own y
 * has mean 1 and standard deviation 2 (the prediction's answer), computed as the table computes it.
 */
@ExtendWith(ApplicationExtension.class)
class GammaBetaLessonTest {
    private LessonHarness harness;
    private Stage stage;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void engine() {
        harness = new LessonHarness();
    }

    @AfterEach
    void close() {
        harness.close();
    }

    /**
     * At 1280 x 720 in Chinese, step 2's table shows its y row, what the step watches, down to its last row of
     * values, without scrolling (the heading took two lines and the row's last values were under the edge).
     */
    @Test
    void stepTwosYRowIsInViewAt1280x720() {
        // the harness's window has no menu bar, which takes about 50 px of the app's 720
        harness.show(stage, Locale.SIMPLIFIED_CHINESE, 1280, 670);
        harness.open("gamma-beta");
        harness.await(s -> s.settings().batchSize() == 36, 60, "set up");
        BnTableView view = BnByHandLessonTest.table(harness);
        BnByHandLessonTest.next(harness);
        harness.flush();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane pane = (javafx.scene.control.ScrollPane) robot.lookup("#bn-table").query();
            assertEquals(0, pane.getVvalue(), 1e-9, "not scrolled");
            javafx.geometry.Bounds viewport = pane.localToScene(pane.getLayoutBounds());
            // the first image's y values (the grids show two images a row here): its last row
            Label last = view.pane().grids.y.get(8);
            javafx.geometry.Bounds cell = last.localToScene(last.getLayoutBounds());
            assertTrue(cell.getMaxY() <= viewport.getMaxY(), "y's last row ends at " + cell.getMaxY()
                    + ", the view at " + viewport.getMaxY());
        });
    }

    /** The note over the live table naming the network's gamma and beta, each learned or pinned. */
    private static String networkNote(LiveStep s, String how) {
        return I18n.get("bnTable.live.network", Digits.stat(s.network().gamma()), I18n.get(how),
                Digits.stat(s.network().beta()), I18n.get(how), Digits.eps(s.hand().eps()));
    }

    private void assertShown(String text) {
        assertTrue(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && text.equals(l.getText()))
                .tryQuery().isPresent(), "shown: " + text);
    }

    private static List<String> texts(List<Label> cells) {
        return cells.stream().map(Label::getText).toList();
    }

    @Test
    void gammaAndBetaUndoTheNormalizationByHandAndLive() {
        harness.show(stage, Locale.SIMPLIFIED_CHINESE, 1600, 1000);
        harness.open("gamma-beta");
        harness.await(s -> s.settings().batchSize() == 36 && s.normalized().layers().size() == 2, 60, "set up");
        BnTableView view = BnByHandLessonTest.table(harness);
        List<String> x = texts(view.pane().grids.x);
        assertNotEquals(x, texts(view.pane().grids.y), "step 1: y is the normalized x");

        BnByHandLessonTest.next(harness); // step 2: undo by hand
        assertEquals(x, texts(view.pane().grids.y), "y equals x, the 36 integers");
        assertEquals(5.000001, view.model().example().gamma(), 1e-9, "gamma = sqrt(25 + 1e-5)");
        assertEquals(5.0, view.model().example().beta(), "beta = mu = 180 / 36");
        double[] v = BnByHandBatch.values();
        for (int i = 0; i < 36; i++) {
            assertEquals(v[i], view.model().example().y(i), 1e-12);
        }
        harness.act(0); // Keras eps: still y = x, with gamma = sqrt(25.001)
        assertEquals(x, texts(view.pane().grids.y));
        assertEquals(Math.sqrt(25.001), view.model().example().gamma(), 1e-15);

        BnByHandLessonTest.next(harness); // step 3: live, pin gamma 2 and beta 1
        assertTrue(view.model().live());
        harness.await(s -> s.step() == 0 && !s.normalized().layers().isEmpty(), 60, "step 0");
        harness.flush();
        // before any step gamma and beta are their initial values, not learned ones (a teacher's review)
        assertShown(networkNote(view.model().liveStep(), "bnTable.live.initial"));
        harness.predict(harness.model().current().predict().answer());
        harness.reveal();
        harness.act(0); // pin and step
        Snapshot pinned = harness.await(s -> s.step() == 1 && s.normalized().probeStep() == 1
                && s.normalized().layers().get(0).units().get(0).gamma() == 2.0, 60, "a pinned step");
        harness.flush();
        LiveStep live = view.model().liveStep();
        assertEquals(2.0, live.network().gamma());
        assertEquals(1.0, live.network().beta());
        assertTrue(live.valuesMatch(), "y = 2 x_hat + 1 by hand equals the network's y");
        assertTrue(live.gammaPinned() && live.betaPinned());
        assertShown(networkNote(live, "bnTable.live.pinned"));
        assertTrue(live.check() != null && live.check().meanMatches() && live.check().varMatches());
        // the prediction's answer, on the network's own y: mean beta = 1, standard deviation gamma = 2
        // (times sqrt(var / (var + eps)), a hair under 1)
        UnitValues values = pinned.normalized().layers().get(0).values();
        Moments.Of y = Moments.of(values.y());
        Moments.Of in = Moments.of(values.x());
        assertEquals(1.0, y.mean(), 1e-5);
        assertEquals(2.0 * Math.sqrt(in.var() / (in.var() + 1e-5)), y.std(), 1e-5);
        assertTrue(Math.abs(y.std() - 2) < 1e-3, "standard deviation " + y.std());
        robot.interact(() -> PngSnapshots.write(harness.stage().node(), "target/lesson-gamma-beta-pinned-zh.png"));
        System.out.printf(Locale.ROOT, "gamma-beta live: pinned y mean %.7f sd %.7f (x mean %.5f sd %.5f)%n",
                y.mean(), y.std(), in.mean(), in.std());

        BnByHandLessonTest.next(harness); // step 4: undo live (gamma and beta learn again)
        harness.act(0); // step once
        harness.await(s -> s.step() == 2 && s.normalized().probeStep() == 2, 60, "step 2");
        harness.flush();
        LiveStep undone = view.model().liveStep();
        assertEquals(2, undone.step());
        assertTrue(!undone.gammaPinned() && !undone.betaPinned(), "unpinned: learned again");
        assertShown(networkNote(undone, "bnTable.live.learned"));
        assertEquals(texts(view.pane().grids.x), texts(view.pane().grids.y), "y equals the unit's x, cell by cell");
        double worst = 0;
        for (int i = 0; i < undone.hand().m(); i++) {
            worst = Math.max(worst, Math.abs(undone.hand().y(i) - undone.hand().x(i)));
        }
        assertTrue(worst < 1e-12, "y - x " + worst);
        assertEquals(I18n.get("bnTable.yEqualsX", Digits.difference(worst)), view.pane().verdict.getText());
        robot.interact(() -> PngSnapshots.write(harness.stage().node(), "target/lesson-gamma-beta-undo-zh.png"));
    }
}
