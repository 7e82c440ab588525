package bnlab.app.runningstats;

import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A lesson's options choose the layer and the unit, counted from 1 as the choosers show them. */
@ExtendWith(ApplicationExtension.class)
class RunningStatsOptionsTest {
    private RunningStatsView view;

    @Start
    void start(Stage stage) {
        view = new RunningStatsView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void layerAndUnitFromOneAsShown(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        robot.interact(() -> view.configure(Map.of("layer", 2, "unit", 3)));
        assertEquals(1, view.model().layerProperty().get());
        assertEquals(2, view.model().unit().unit(), "unit 3 is index 2");
        assertEquals(1, view.pane().layerChooser.getValue());
        assertEquals(2, view.pane().unitChooser.getValue());
        assertEquals(I18n.get("runningStats.mean") + I18n.get("runningStats.ofUnit", 3, 2),
                view.pane().mean.plot.getChart().getTitle().getText());
    }

    @Test
    void aUnitAskedForBeforeTheFirstSnapshotIsChosenWhenItIsProbed(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("unit", 2, "ignored", "x")));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        assertEquals(1, view.model().unit().unit());
        robot.interact(() -> view.pane().unitChooser.setValue(0)); // the user's choice wins afterwards
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(4)));
        assertEquals(0, view.model().unit().unit());
    }

    /**
     * "holdRange": the mean and variance axes take in every range shown from then on (lesson 14 trains again with
     * batches of 120 after 16: on one axis the smaller jitter shows); false fits them to the lines again.
     */
    @Test
    void holdRangeKeepsEveryRangeShownUntilTurnedOff(FxRobot robot) {
        StatsChart v = view.pane().variance;
        robot.interact(() -> {
            view.configure(Map.of("holdRange", true));
            v.setDataset(line(0, 12));
            v.setDataset(line(1, 2.5));
        });
        org.jfree.data.Range r = v.plot.getRangeAxis().getRange();
        assertTrue(r.getLowerBound() <= 0 && r.getUpperBound() >= 12, "the first run's 0 to 12 kept: " + r);
        assertTrue(r.getUpperBound() < 13, "with a margin of 5 %: " + r);
        robot.interact(() -> {
            view.configure(Map.of("holdRange", false));
            v.setDataset(line(1, 2.5));
        });
        r = v.plot.getRangeAxis().getRange();
        assertTrue(r.getLowerBound() >= 0.5 && r.getUpperBound() < 3.5, "fitted to 1 to 2.5 again: " + r);
        assertNull(v.held());
        robot.interact(() -> view.configure(Map.of("holdRange", true)));
        assertNull(view.pane().mean.held(), "held afresh from the next lines shown");
        assertEquals(new org.jfree.data.Range(-0.5, 0.5), StatsChart.withMargin(new org.jfree.data.Range(0, 0)));
    }

    // a line from lo to hi over 10 steps
    private static org.jfree.data.xy.XYSeriesCollection line(double lo, double hi) {
        org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("x");
        for (int i = 0; i <= 10; i++) {
            s.add(i, lo + (hi - lo) * i / 10);
        }
        return new org.jfree.data.xy.XYSeriesCollection(s);
    }

    @Test
    void aUnitThatIsNotProbedLeavesTheChoiceAsItWas(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        robot.interact(() -> view.configure(Map.of("unit", 50)));
        assertEquals(0, view.model().unit().unit());
    }
}
