package bnlab.app.runningstats;

import bnlab.app.i18n.I18n;
import bnlab.app.histograms.SnapshotFixtures;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The previous run drawn dotted beside this one: kept when the twins start again on the same spec with other
 * settings, named by the settings it trained with, dropped on another spec, forgotten or hidden on request.
 */
@ExtendWith(ApplicationExtension.class)
class PreviousRunTest {
    private static final TrainSettings BATCH_60 = TrainSettings.defaults().withBatchSize(60);
    private static final TrainSettings BATCH_4 = TrainSettings.defaults().withBatchSize(4);
    private RunningStatsView view;

    @Start
    void start(Stage stage) {
        view = new RunningStatsView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    /** A fixture snapshot of run {@code run}. */
    private static Snapshot in(long run, long step, TrainSettings t) {
        Snapshot s = SnapshotFixtures.snapshot(step, t);
        return new Snapshot(s.version(), s.step(), s.epoch(), s.playing(), s.settings(), s.spec(), s.datasetName(),
                s.trainSize(), s.testSize(), s.normalized(), s.plain(), s.problem(), s.stepsPerSec(), s.data(), run);
    }

    private static Snapshot withSeed(Snapshot s, long seed) {
        return new Snapshot(s.version(), s.step(), s.epoch(), s.playing(), s.settings(), s.spec().withSeed(seed),
                s.datasetName(), s.trainSize(), s.testSize(), s.normalized(), s.plain(), s.problem(), s.stepsPerSec(),
                s.data(), s.run());
    }

    private void show(FxRobot robot, Snapshot... ss) {
        for (Snapshot s : ss) {
            robot.interact(() -> view.show(s));
        }
    }

    private int previousPoints(XYDataset d) {
        int s = d.indexOf(I18n.get("runningStats.previous.same"));
        assertTrue(s >= 0, "the previous run's series is in the dataset, empty or not");
        return d.getItemCount(s);
    }

    private List<String> legend() {
        return legendOf(view);
    }

    private static List<String> legendOf(RunningStatsView v) {
        javafx.scene.layout.FlowPane f = (javafx.scene.layout.FlowPane) v.node().lookup("#running-stats-legend");
        return f.getChildren().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
    }

    private static String named(String... settings) {
        return I18n.get("runningStats.legend.previous", I18n.get("runningStats.previous",
                String.join(I18n.get("runningStats.previous.separator"), settings)));
    }

    /**
     * Batches of 60 for 30 steps, then the action that sets batches of 4 (a snapshot of the old run with the new
     * setting) and starts again; the new run is first seen at step 40, past its step 0 and past the old run's
     * last step. The old run stays, dotted, named by the batch size it trained with.
     */
    @Test
    void aNewRunWithOtherSettingsKeepsTheOneBefore(FxRobot robot) {
        show(robot, in(1, 10, BATCH_60), in(1, 30, BATCH_60), in(1, 30, BATCH_4));
        assertEquals(0, previousPoints(view.pane().gap.dataset()), "no previous run yet");
        assertFalse(view.pane().previousBox.isVisible());
        show(robot, in(2, 40, BATCH_4));
        int evaluations = SnapshotFixtures.snapshot(30, BATCH_60).normalized().history().accuracy().size();
        assertEquals(evaluations, previousPoints(view.pane().gap.dataset()), "the old run's gap, every evaluation");
        assertTrue(previousPoints(view.pane().mean.dataset()) > 0, "its running mean");
        assertTrue(previousPoints(view.pane().variance.dataset()) > 0, "its running variance");
        XYDataset gap = view.pane().gap.dataset();
        int s = gap.indexOf(I18n.get("runningStats.previous.same"));
        assertEquals(20.0, gap.getXValue(s, gap.getItemCount(s) - 1), "it ends at the old run's last evaluation (every 20 steps)");
        assertEquals(named(I18n.get("runningStats.previous.batch", 60)), legend().get(legend().size() - 1),
                "named by the batch it trained with, not the one set just before the start again");
        assertTrue(view.pane().previousBox.isVisible());
    }

    /** Starting again with the same settings adds nothing to compare: the run before that stays. */
    @Test
    void aRestartWithTheSameSettingsKeepsTheEarlierDifferentRun(FxRobot robot) {
        show(robot, in(1, 30, BATCH_60), in(2, 50, BATCH_4));
        assertTrue(previousPoints(view.pane().gap.dataset()) > 0);
        show(robot, in(3, 20, BATCH_4));
        assertEquals(named(I18n.get("runningStats.previous.batch", 60)), legend().get(legend().size() - 1));
        XYDataset gap = view.pane().gap.dataset();
        int s = gap.indexOf(I18n.get("runningStats.previous.same"));
        assertEquals(20.0, gap.getXValue(s, gap.getItemCount(s) - 1), "still the batch-60 run, not the batch-4 one (to 40)");
    }

    /** The same settings from the start: nothing kept. Another seed: no comparison of settings, dropped. */
    @Test
    void noPreviousRunForTheSameSettingsOrAnotherSpec(FxRobot robot) {
        show(robot, in(1, 30, BATCH_60), in(2, 10, BATCH_60));
        assertEquals(0, previousPoints(view.pane().gap.dataset()));
        assertEquals(3, legend().size(), "batch, running, population: no previous run's item");
        show(robot, in(3, 30, BATCH_4));
        assertTrue(previousPoints(view.pane().gap.dataset()) > 0);
        show(robot, withSeed(in(4, 10, BATCH_4), 99));
        assertEquals(0, previousPoints(view.pane().gap.dataset()), "another seed's run is not compared");
        assertFalse(view.pane().previousBox.isVisible());
    }

    /**
     * Several settings differ: each named, with the old run's values; epsilon only where it is not simply each
     * convention's default (Keras 0.99 with its 1e-3 against PyTorch with its 1e-5 is "Keras m = 0.99").
     */
    @Test
    void eachSettingThatDiffersIsNamed(FxRobot robot) {
        TrainSettings keras = BATCH_60.withBn(0.99, Convention.KERAS, 1e-3);
        show(robot, in(1, 30, keras), in(2, 30, BATCH_60));
        assertEquals(named(I18n.get("runningStats.previous.momentum", Convention.KERAS, 0.99)),
                legend().get(legend().size() - 1));
        TrainSettings eps = BATCH_4.withBn(0.1, Convention.PYTORCH, 1e-3);
        show(robot, in(3, 30, eps), in(4, 30, BATCH_60));
        assertEquals(named(I18n.get("runningStats.previous.eps", 1e-3), I18n.get("runningStats.previous.batch", 4)),
                legend().get(legend().size() - 1));
    }

    /**
     * The name compares with the settings this run trained with: lesson 6 step 4 sets m = 0.1 over a run that
     * trained at 0.01, beside the previous run at 0.1; that run is still "m = 0.1" (against the live settings it
     * read "previous run" alone, as if nothing differed). Its population values are drawn too (its weights were its
     * own: batches of 4 left a population variance several times batch 60's).
     */
    @Test
    void theNameComparesWithWhatThisRunTrainedWith(FxRobot robot) {
        TrainSettings fast = BATCH_60;
        TrainSettings slow = BATCH_60.withBn(0.01, Convention.PYTORCH, 1e-5);
        show(robot, in(1, 50, fast), in(2, 150, slow), in(2, 150, fast));
        assertEquals(named(I18n.get("runningStats.previous.momentum", Convention.PYTORCH, 0.1)),
                legend().get(legend().size() - 1));
        XYDataset v = view.pane().variance.dataset();
        assertTrue(v.getItemCount(v.indexOf(I18n.get("runningStats.previous.population"))) > 0,
                "the previous run's population variance");
    }

    /** A lesson's "forget" keeps none of the runs so far; the check box hides and shows the one kept. */
    @Test
    void forgottenOrHidden(FxRobot robot) {
        show(robot, in(1, 30, BATCH_60));
        robot.interact(() -> view.configure(Map.of("previous", "forget")));
        show(robot, in(2, 30, BATCH_4));
        assertEquals(0, previousPoints(view.pane().gap.dataset()), "forgotten");
        show(robot, in(3, 30, BATCH_60));
        assertTrue(previousPoints(view.pane().gap.dataset()) > 0, "the run after the forgetting is kept");
        robot.interact(() -> view.pane().previousBox.setSelected(false));
        assertEquals(0, previousPoints(view.pane().gap.dataset()), "hidden");
        assertEquals(3, legend().size());
        assertTrue(view.pane().previousBox.isVisible(), "the box stays, to show it again");
        robot.interact(() -> view.configure(Map.of("previous", true)));
        assertTrue(previousPoints(view.pane().gap.dataset()) > 0, "shown again");
        assertTrue(view.pane().previousBox.isSelected());
    }
}
