package bnlab.app.curves;

import bnlab.app.Snapshots;
import bnlab.app.style.Palette;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class TrainingCurvesViewTest {
    private TrainingCurvesView view;

    @Start
    void start(Stage stage) {
        view = new TrainingCurvesView();
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1000, 700));
        stage.show();
    }

    @Test
    void everyChartShowsDataThatGrowsWithTheSteps(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 60; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        int[] before = counts();
        for (int c : before) {
            assertTrue(c > 0, "an empty chart");
        }
        robot.interact(() -> {
            for (int step = 61; step <= 120; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        int[] after = counts();
        for (int i = 0; i < after.length; i++) {
            assertTrue(after[i] > before[i], "chart " + i + " did not change");
        }
    }

    @Test
    void bnIsBlueAndPlainIsVermillionInEveryChart() {
        JFreeChart[] charts = view.charts();
        assertEquals(Palette.BN, charts[0].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.PLAIN, charts[0].getXYPlot().getRenderer().getSeriesPaint(1));
        assertEquals(Palette.BN, charts[1].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.PLAIN, charts[2].getXYPlot().getRenderer().getSeriesPaint(0));
        assertEquals(Palette.BN, charts[3].getXYPlot().getRenderer().getSeriesPaint(0));
        for (JFreeChart c : charts) {
            assertEquals(java.awt.Color.WHITE, c.getXYPlot().getBackgroundPaint());
        }
    }

    @Test
    void oneLegendAboveLossAndAccuracyNamesTheTwinsAsTheirSeries(FxRobot robot) {
        robot.interact(() -> {
            for (int step = 1; step <= 8; step++) {
                view.show(Snapshots.at(step, step));
            }
        });
        JFreeChart[] charts = view.charts();
        for (JFreeChart c : charts) {
            assertNull(c.getLegend(), "no legend inside a chart: it took that chart's plot height");
        }
        XYDataset loss = charts[0].getXYPlot().getDataset();
        assertEquals(java.util.List.of(loss.getSeriesKey(0), loss.getSeriesKey(1)), view.legend().names());
        XYDataset accuracy = charts[1].getXYPlot().getDataset();
        assertEquals(java.util.List.of(accuracy.getSeriesKey(0), accuracy.getSeriesKey(1)), view.legend().names());
    }

    private int[] counts() {
        JFreeChart[] charts = view.charts();
        int[] n = new int[charts.length];
        for (int i = 0; i < charts.length; i++) {
            XYDataset d = charts[i].getXYPlot().getDataset();
            n[i] = d.getSeriesCount() == 0 ? 0 : d.getItemCount(0);
        }
        return n;
    }

    /**
     * The note about the bands, hidden, takes no room: the bar is one button high (its wrapped lines had made
     * it three lines high, a gap over the charts), and the button stays on the right.
     */
    @Test
    void aHiddenNoteLeavesNoGap(FxRobot robot) {
        robot.interact(() -> {
            TrainingCurvesView v = new TrainingCurvesView(() -> { });
            javafx.scene.Parent root = (javafx.scene.Parent) v.node();
            javafx.stage.Stage s = (javafx.stage.Stage) view.node().getScene().getWindow();
            s.setScene(new Scene(root, 700, 600));
            root.applyCss();
            root.layout();
            javafx.scene.control.Label note = (javafx.scene.control.Label) root.lookup("#curves-too-easy");
            javafx.scene.control.Button b = (javafx.scene.control.Button) root.lookup("#curves-figure1");
            javafx.scene.layout.Region bar = (javafx.scene.layout.Region) b.getParent();
            org.junit.jupiter.api.Assertions.assertFalse(note.isVisible());
            org.junit.jupiter.api.Assertions.assertTrue(bar.getHeight() <= b.getHeight() + 10,
                    "bar " + bar.getHeight() + " for a button " + b.getHeight());
            org.junit.jupiter.api.Assertions.assertTrue(b.getBoundsInParent().getMaxX() >= bar.getWidth() - 10,
                    "the button on the right: " + b.getBoundsInParent() + " in " + bar.getWidth());
        });
    }
}
