package bnlab.app.saturation;

import bnlab.app.histograms.SnapshotFixtures;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class SaturationViewTest {
    private final List<Command> sent = new ArrayList<>();
    private SaturationView view;

    @Start
    void start(Stage stage) {
        view = new SaturationView(sent::add);
        stage.setScene(new Scene((Parent) view.node(), 1200, 800));
        stage.show();
    }

    private CurveChart curves() {
        return view.pane().curves;
    }

    /** f(x) at the item nearest x. */
    private double curveAt(XYSeries s, double x) {
        int best = 0;
        for (int i = 0; i < s.getItemCount(); i++) {
            if (Math.abs(s.getX(i).doubleValue() - x) < Math.abs(s.getX(best).doubleValue() - x)) {
                best = i;
            }
        }
        return s.getY(best).doubleValue();
    }

    @Test
    void sigmoidCurvesAndSaturatedTailsBeyond4_36(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        XYSeries f = curves().function.getSeries(0);
        XYSeries d = curves().derivative.getSeries(0);
        assertEquals(0.5, curveAt(f, 0), 1e-3);
        assertEquals(0.25, curveAt(d, 0), 1e-3);
        List<IntervalMarker> shaded = curves().shaded();
        assertEquals(2, shaded.size());
        // sigma'(x) = 0.05 * 0.25  <=>  |x| = 4.36
        assertEquals(-4.36, shaded.get(0).getEndValue(), 0.01);
        assertEquals(4.36, shaded.get(1).getStartValue(), 0.01);
        assertEquals(curves().lo(), shaded.get(0).getStartValue(), 1e-9);
    }

    @Test
    void switchingTheSpecToTanhOrReluChangesCurvesAndRegions(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.TANH)));
        assertEquals(0.0, curveAt(curves().function.getSeries(0), 0), 1e-3);
        assertEquals(1.0, curveAt(curves().derivative.getSeries(0), 0), 1e-3);
        // 1 - tanh(x)^2 < 0.05  <=>  |x| > atanh(sqrt(0.95)) = 2.178
        assertEquals(2.178, curves().shaded().get(1).getStartValue(), 0.01);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.RELU)));
        assertEquals(3.0, curveAt(curves().function.getSeries(0), 3), 0.1);
        List<IntervalMarker> relu = curves().shaded();
        assertEquals(1, relu.size(), "ReLU saturates on one side only");
        assertEquals(0.0, relu.get(0).getEndValue(), 1e-6);
        assertTrue(view.pane().thresholdLabel.getText().contains("x < 0.00"), view.pane().thresholdLabel.getText());
    }

    @Test
    void bothTwinsPreActivationHistogramsAreLaidOverScaledToTheirPeak(FxRobot robot) {
        Snapshot s = SnapshotFixtures.snapshot(5);
        robot.interact(() -> view.show(s));
        assertEquals(2, curves().histograms.getSeriesCount());
        XYSeries bn = curves().histograms.getSeries("BN twin: x");
        Histogram h = s.normalized().layers().get(0).histograms().activationInput();
        long peak = 0;
        for (long c : h.counts()) {
            peak = Math.max(peak, c);
        }
        for (int i = 0; i < h.bins(); i++) {
            assertEquals((double) h.counts()[i] / peak, bn.getY(1 + 2 * i).doubleValue(), 1e-12);
        }
        // the plain twin's N(0, 6^2) reaches +-24: the x range grew to include it
        assertEquals(-24, curves().lo(), 1e-9);
        assertEquals(24, curves().hi(), 1e-9);
    }

    @Test
    void perLayerSaturationAndGradientNormsOfBothTwins(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        LayerCharts c = view.pane().layers;
        assertEquals(0.02, c.saturated.getValue(LayerCharts.BN, "1").doubleValue(), 1e-12);
        assertEquals(0.9, c.saturated.getValue(LayerCharts.PLAIN, "3").doubleValue(), 1e-12);
        XYSeries plain = c.gradients.getSeries(1);
        assertEquals(1e-4, plain.getY(0).doubleValue(), 1e-16);
        assertEquals(1e-2, plain.getY(2).doubleValue(), 1e-16);
        assertEquals(0.3, c.gradients.getSeries(0).getY(2).doubleValue(), 1e-12);
    }

    @Test
    void thresholdSliderSendsOnlyTheThresholdAndShadingFollows(FxRobot robot) {
        TrainSettings t = TrainSettings.defaults().withProbeEvery(2).withProbeUnit(5).withEvalEvery(30);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5, t)));
        assertTrue(sent.isEmpty(), "showing sends nothing");
        robot.interact(() -> view.pane().thresholdSlider.setValue(0.2));
        assertEquals(List.of(new Command.SetSaturationThreshold(0.2)), sent);
        // sigma'(x) < 0.2 * 0.25 <=> |x| > 2.89
        assertEquals(2.89, curves().shaded().get(1).getStartValue(), 0.01);
        // a snapshot from before the engine applied it does not pull the slider back
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(6, t)));
        assertEquals(0.2, view.pane().thresholdSlider.getValue(), 1e-12);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(7, t.withSaturationThreshold(0.2))));
        assertEquals(1, sent.size());
    }

    @Test
    void emptyAndDivergedSnapshotsDoNotThrow(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.empty()));
        assertEquals(0, curves().histograms.getSeriesCount());
        assertEquals(2, curves().shaded().size());
        Snapshot nan = SnapshotFixtures.snapshot(3, ActivationKind.SIGMOID, TrainSettings.defaults(), true);
        robot.interact(() -> view.show(nan));
        assertEquals(1, curves().histograms.getSeriesCount(), "only the BN twin's histogram");
        assertNull(view.pane().layers.saturated.getValue(LayerCharts.PLAIN, "1"));
        assertEquals(0, view.pane().layers.gradients.getSeries(1).getItemCount());
        assertEquals(-CurveChart.HALF, curves().lo(), 1e-9, "NaN does not widen the x range");
        assertTrue(view.pane().layers.saturatedViewer.getChart().getTitle().getText().contains("no-BN twin diverged"));
    }

    @Test
    void aRebuildWithAnotherSpecAtTheSameStepRestartsTheRange(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0)));
        assertEquals(-24, curves().lo(), 1e-9);
        Snapshot narrow = SnapshotFixtures.snapshot(0, ActivationKind.TANH, TrainSettings.defaults(), true);
        robot.interact(() -> view.show(narrow));
        assertEquals(-CurveChart.HALF, curves().lo(), 1e-9);
    }
}
