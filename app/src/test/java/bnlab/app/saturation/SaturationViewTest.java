package bnlab.app.saturation;

import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.annotations.XYTextAnnotation;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curve chart: curves and shading, the window around the responsive region, the counts beyond it. */
@ExtendWith(ApplicationExtension.class)
class SaturationViewTest {
    private static final String BATCH = I18n.get("twin.normalized", I18n.label(NormKind.BATCH));
    private static final String PLAIN = I18n.get("twin.plain");
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

    /** y of the item nearest x. */
    private static double curveAt(XYSeries s, double x) {
        int best = 0;
        for (int i = 0; i < s.getItemCount(); i++) {
            if (Math.abs(s.getX(i).doubleValue() - x) < Math.abs(s.getX(best).doubleValue() - x)) {
                best = i;
            }
        }
        return s.getY(best).doubleValue();
    }

    /** Height of a step outline at x: the flat segment over it. */
    private static double heightAt(XYSeries s, double x) {
        for (int i = 0; i + 1 < s.getItemCount(); i++) {
            double x0 = s.getX(i).doubleValue();
            double x1 = s.getX(i + 1).doubleValue();
            if (x0 <= x && x < x1 && s.getY(i).doubleValue() == s.getY(i + 1).doubleValue()) {
                return s.getY(i).doubleValue();
            }
        }
        return Double.NaN;
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
        assertEquals("0.05", view.pane().thresholdValue.getText());
        assertEquals(I18n.get("saturation.threshold.rule", "0.05", I18n.get("saturation.region.or",
                I18n.get("saturation.region.below", "-4.36"), I18n.get("saturation.region.above", "4.36"))),
                view.pane().thresholdLabel.getText());
    }

    @Test
    void aPlainTwinSpreadToSixtyStillFramesTheResponsiveRegion(FxRobot robot) {
        // the engine bins N(0, 6^2) over its extremes, +-60; the BN twin N(0, 1) over +-5
        Snapshot s = SaturationFixtures.snapshot(
                SaturationFixtures.three(new SaturationFixtures.Layer(SaturationFixtures.gaussian(0, 1, -5, 5, 40, 6000),
                        0.01, 0.1, 0.1)),
                SaturationFixtures.three(new SaturationFixtures.Layer(SaturationFixtures.gaussian(0, 6, -60, 60, 40, 6000),
                        0.6, 0.1, 0.1)));
        robot.interact(() -> view.show(s));
        assertTrue(curves().lo() >= -11 && curves().hi() <= 11, curves().lo() + " .. " + curves().hi());
        assertTrue(curves().lo() <= -1.5 * 4.36 && curves().hi() >= 1.5 * 4.36, "the responsive region and a margin");
        assertEquals(curves().lo(), curves().plot.getDomainAxis().getLowerBound(), 1e-12);
        assertEquals(10, curves().halfWidth(), 1e-12);
        // beyond +-10, from 3-wide bins, uniform within each: the bins beyond 12, 2 (1 - Phi(2)) = 4.55%, and
        // 2/3 of [9, 12) and [-12, -9), 2/3 * 2 (Phi(2) - Phi(1.5)) = 5.87% (exactly: 2 (1 - Phi(10 / 6)) = 9.56%)
        assertEquals(0.1042, curves().histograms.plain().fractionOutside(), 1e-3);
        assertEquals(0, curves().histograms.bn().fractionOutside(), 1e-12);
    }

    @Test
    void whatLiesBeyondTheWindowIsCountedInEdgeBinsAndSaid(FxRobot robot) {
        Histogram plain = new Histogram(-12, 12, new long[]{10, 20, 30, 30, 20, 10}, 0, 5, 120);
        Histogram bn = new Histogram(-2, 2, new long[]{10, 40, 40, 10}, 0, 0.8, 100);
        Snapshot s = SaturationFixtures.snapshot(SaturationFixtures.three(new SaturationFixtures.Layer(bn, 0, 0.1, 0.1)),
                SaturationFixtures.three(new SaturationFixtures.Layer(plain, 0.5, 0.1, 0.1)));
        robot.interact(() -> view.show(s));
        // 1st percentile of the plain twin at -11.5: the sigmoid's window stops at 10
        assertEquals(10, curves().halfWidth(), 1e-12);
        // beyond +-10: half of [-12, -8) and half of [8, 12), 5 + 5 of 120
        Framed p = curves().histograms.plain();
        assertEquals(5, p.below(), 1e-12);
        assertEquals(5, p.above(), 1e-12);
        assertEquals(I18n.get("saturation.outside", "10", "8.3%", PLAIN, "0%", BATCH), curves().outside.getText());
        List<String> labels = curves().histograms.labels().stream().map(XYTextAnnotation::getText).toList();
        assertEquals(List.of(I18n.get("saturation.edge.below", "4.2%"), I18n.get("saturation.edge.above", "4.2%")),
                labels, "only the plain twin has inputs beyond the window");
        // the edge bins, outside the window, as high as their count over the peak in the window (5 / 30)
        XYSeries drawn = curves().histograms.series.getSeries(I18n.get("saturation.curves.histogram", PLAIN));
        double e = curves().strip();
        assertEquals(5.0 / 30, heightAt(drawn, -10 - e / 2), 1e-12);
        assertEquals(5.0 / 30, heightAt(drawn, 10 + e / 2), 1e-12);
        assertEquals(1.0, heightAt(drawn, -1), 1e-12, "the peak bin [-4, 0)");
        // the BN twin scaled to its own peak
        XYSeries b = curves().histograms.series.getSeries(I18n.get("saturation.curves.histogram", BATCH));
        assertEquals(0.25, heightAt(b, -1.5), 1e-12);
        assertEquals(1.0, heightAt(b, 0.5), 1e-12);
        assertEquals(0, heightAt(b, -10 - e / 2), 1e-12);
    }

    @Test
    void switchingTheSpecToTanhOrReluChangesCurvesRegionsAndWindow(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.TANH)));
        assertEquals(0.0, curveAt(curves().function.getSeries(0), 0), 1e-3);
        assertEquals(1.0, curveAt(curves().derivative.getSeries(0), 0), 1e-3);
        // 1 - tanh(x)^2 < 0.05  <=>  |x| > atanh(sqrt(0.95)) = 2.178; window at most nice(2.2 * 2.178) = 5
        assertEquals(2.178, curves().shaded().get(1).getStartValue(), 0.01);
        assertEquals(5, curves().halfWidth(), 1e-12);
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(0, ActivationKind.RELU)));
        assertEquals(3.0, curveAt(curves().function.getSeries(0), 3), 0.1);
        List<IntervalMarker> relu = curves().shaded();
        assertEquals(1, relu.size(), "ReLU saturates on one side only");
        assertEquals(0.0, relu.get(0).getEndValue(), 1e-6);
        assertTrue(view.pane().thresholdLabel.getText().endsWith(I18n.get("saturation.region.below", Numbers.format(0))),
                view.pane().thresholdLabel.getText());
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
        assertEquals(0, curves().histograms.series.getSeriesCount());
        assertEquals(2, curves().shaded().size());
        assertEquals("", curves().outside.getText());
        Snapshot nan = SnapshotFixtures.snapshot(3, ActivationKind.SIGMOID, TrainSettings.defaults(), true);
        robot.interact(() -> view.show(nan));
        assertEquals(1, curves().histograms.series.getSeriesCount(), "only the BN twin's histogram");
        assertEquals(null, curves().histograms.behind(), "no twin behind");
        // the BN twin alone, its input to f is y ~ N(0.5, 1.5^2): the responsive region's window, 8
        assertEquals(8, curves().halfWidth(), 1e-12);
        assertEquals(I18n.get("saturation.outside.one", "8", "0%", BATCH), curves().outside.getText());
        assertEquals(I18n.get("saturation.diverged", I18n.get("saturation.saturated.title"), PLAIN),
                view.pane().layers.saturatedViewer.getChart().getTitle().getText());
    }

    private double fillAlpha(String name) {
        int i = curves().histograms.series.getSeriesIndex(I18n.get("saturation.curves.histogram", name));
        return ((java.awt.Color) curves().histograms.renderer.getSeriesPaint(i)).getAlpha() / 255.0;
    }

    private static Snapshot twins(double bnStd, double plainStd) {
        return SaturationFixtures.snapshot(
                SaturationFixtures.three(new SaturationFixtures.Layer(
                        SaturationFixtures.gaussian(0, bnStd, -5 * bnStd, 5 * bnStd, 40, 6000), 0, 0.1, 0.1)),
                SaturationFixtures.three(new SaturationFixtures.Layer(
                        SaturationFixtures.gaussian(0, plainStd, -5 * plainStd, 5 * plainStd, 40, 6000), 0, 0.1, 0.1)));
    }

    /**
     * Lesson 2's tiny initial weights: the plain twin's inputs a spike at 0 (std 0.02), BatchNorm's a bell
     * (std 1). The spike was drawn behind the bell in a light fill, and could not be seen; the narrower twin is
     * now in front in the strong fill, and the twins swap back when the plain twin spreads wide again.
     */
    @Test
    void theNarrowerTwinIsDrawnInFrontInTheStrongFill(FxRobot robot) {
        robot.interact(() -> view.show(twins(1, 6)));
        assertEquals(0.7, fillAlpha(BATCH), 0.01);
        assertEquals(0.22, fillAlpha(PLAIN), 0.01);
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE, curves().plot.getSeriesRenderingOrder(),
                "series 0, the BatchNorm twin, drawn last");
        robot.interact(() -> view.show(twins(1, 0.02)));
        assertEquals(0.22, fillAlpha(BATCH), 0.01);
        assertEquals(0.7, fillAlpha(PLAIN), 0.01);
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.FORWARD, curves().plot.getSeriesRenderingOrder(),
                "series 1, the plain twin, drawn last");
        assertEquals(bnlab.app.style.Palette.BN, curves().histograms.behind().getOutlinePaint(),
                "the BatchNorm twin's outline drawn again over the spike");
        // the legend keeps each twin's solid colour whichever fill it has now
        assertEquals(bnlab.app.style.Palette.BN, curves().histograms.renderer.getLegendItem(2, 0).getFillPaint());
        assertEquals(bnlab.app.style.Palette.PLAIN, curves().histograms.renderer.getLegendItem(2, 1).getFillPaint());
        robot.interact(() -> view.show(twins(1, 1.1)));
        assertEquals(0.7, fillAlpha(PLAIN), 0.01, "near-equal spreads keep the order they had");
        robot.interact(() -> view.show(twins(1, 3)));
        assertEquals(0.7, fillAlpha(BATCH), 0.01);
        assertEquals(bnlab.app.style.Palette.PLAIN, curves().histograms.behind().getOutlinePaint());
        assertEquals(1, curves().histograms.renderer.getAnnotations().stream()
                .filter(a -> a instanceof org.jfree.chart.annotations.XYPolygonAnnotation).count(), "one, not one a frame");
        assertEquals(org.jfree.chart.plot.SeriesRenderingOrder.REVERSE, curves().plot.getSeriesRenderingOrder());
    }

    @Test
    void narrowerSwapsOnlyPastTheMargin() {
        assertTrue(InputHistograms.narrower(1, 0.79, false));
        assertEquals(false, InputHistograms.narrower(1, 0.81, false));
        assertEquals(true, InputHistograms.narrower(1, 1.24, true));
        assertEquals(false, InputHistograms.narrower(1, 1.26, true));
        assertEquals(true, InputHistograms.narrower(Double.NaN, 0.1, true), "a spread missing: as it was");
        assertEquals(false, InputHistograms.narrower(1, Double.NaN, false));
    }
}
