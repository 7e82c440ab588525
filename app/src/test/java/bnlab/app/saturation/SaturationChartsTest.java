package bnlab.app.saturation;

import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-layer charts: saturated fraction, the back-propagated signal and its ratio, readable log axes, words. */
@ExtendWith(ApplicationExtension.class)
class SaturationChartsTest {
    private static final String PLAIN = I18n.get("twin.plain");
    private SaturationView view;

    @Start
    void start(Stage stage) {
        view = new SaturationView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1200, 800));
        stage.show();
    }

    private static List<SaturationFixtures.Layer> layers(double[] signal, double[] weights) {
        List<SaturationFixtures.Layer> out = new ArrayList<>();
        for (int l = 0; l < signal.length; l++) {
            out.add(new SaturationFixtures.Layer(SaturationFixtures.gaussian(0, 1, -5, 5, 40, 6000), 0.1 * l,
                    signal[l], weights[l]));
        }
        return out;
    }

    @Test
    void theSignalChartHasBothTwinsSignalPerLayerAndItsRatioToTheTopLayer(FxRobot robot) {
        Snapshot s = SaturationFixtures.snapshot(layers(new double[]{0.05, 0.1, 0.15}, new double[]{0.5, 0.6, 0.7}),
                layers(new double[]{2e-4, 3e-3, 0.1}, new double[]{1e-3, 1e-2, 1}));
        robot.interact(() -> view.show(s));
        SignalChart c = view.pane().signal;
        String bn = I18n.get("twin.normalized", I18n.label(NormKind.BATCH));
        assertEquals(List.of(dz(bn), dz(PLAIN)), List.of(c.signals.getSeriesKey(0), c.signals.getSeriesKey(1)));
        assertEquals(I18n.get("saturation.signal.series", I18n.get("saturation.signal.dW"), PLAIN),
                c.weights.getSeriesKey(1));
        assertSeries(c.signals.getSeries(0), 0.05, 0.1, 0.15);
        assertSeries(c.signals.getSeries(1), 2e-4, 3e-3, 0.1);
        assertSeries(c.weights.getSeries(1), 1e-3, 1e-2, 1);
        // ||dL/dz_l|| / ||dL/dz_3||
        assertSeries(c.ratios.getSeries(0), 1.0 / 3, 2.0 / 3, 1);
        assertSeries(c.ratios.getSeries(1), 2e-3, 3e-2, 1);
        // layer 1's ratios as the lessons say them (one part in 500; 0.33): in the read-out, and shown small (no
        // read-out) beside their points, with room for them
        assertEquals(I18n.get("saturation.signal.readout", "1/500", 3, PLAIN, "0.33", bn), c.readout.getText());
        String shown = c.chart().getTitle().getText();
        robot.interact(() -> {
            c.setCompact(false);
            c.show(s.normalized(), s.plain(), bn, PLAIN, shown);
        });
        assertTrue(c.ratio.getAnnotations().isEmpty(), "shown large, the read-out says them");
        robot.interact(() -> {
            c.setCompact(true);
            c.show(s.normalized(), s.plain(), bn, PLAIN, shown);
        });
        List<String> labels = c.ratio.getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getText()).toList();
        assertEquals(List.of("0.33", "1/500"), labels);
        assertTrue(c.ratioAxis.getLowerBound() < 2e-3 / 3 && c.ratioAxis.getUpperBound() > 3, "room for the words");
        robot.interact(() -> c.setCompact(false));
        assertEquals("1/1600", bnlab.app.i18n.Numbers.ratio(6.2e-4));
        assertEquals("1/20", bnlab.app.i18n.Numbers.ratio(0.05));
        assertEquals("9", bnlab.app.i18n.Numbers.ratio(9.04));

        // a CSV export has the gradient chart's lines too (they sit in two panels over one layer axis), each panel
        // named by its own axis and each line by what it is and whose
        String[][] text = new String[1][];
        robot.interact(() -> text[0] = bnlab.app.export.SeriesCsv.of(view.node()).split("\n"));
        String[] csv = text[0];
        String title = I18n.get("saturation.signal.title");
        String norms = title + ": " + I18n.get("saturation.signal.axis");
        String ratio = title + ": " + I18n.get("saturation.signal.ratioAxis");
        List<String> rows = List.of(csv);
        assertTrue(rows.contains(row(norms, dz(bn), "3", "0.15")), String.join("\n", csv));
        assertTrue(rows.contains(row(norms, I18n.get("saturation.signal.series", I18n.get("saturation.signal.dW"), PLAIN),
                "1", "0.001")), String.join("\n", csv));
        assertTrue(rows.contains(row(ratio, dz(PLAIN), "3", "1")), String.join("\n", csv));
        assertEquals(3 * 2 * 2 + 3 * 2, rows.stream().filter(r -> r.startsWith(bnlab.app.export.SeriesCsv.quote(title))).count(),
                "three layers of two twins: dz and dW in the upper panel, dz over the top layer's in the lower");
    }

    /**
     * Lesson 2 at 1280 x 720 shows the view small: layer 1's ratios are written left of their points. With 8 layers
     * "1/26000" was cut at the plot's left edge to "/26000" (the room kept there was a fixed share of the axis), the
     * axis ticked a layer 0 in that room, and two close ratios (0.64 and 0.52) were written over each other.
     */
    @Test
    void layerOnesRatiosAreWrittenWholeApartAndBesideNoLayerZero(FxRobot robot) {
        double[] bnSignal = new double[8];
        double[] plainSignal = new double[8];
        double[] weights = new double[8];
        for (int l = 0; l < 8; l++) {
            bnSignal[l] = 0.1 * (l == 0 ? 0.52 : 1);
            plainSignal[l] = 0.1 * Math.pow(0.25, 7 - l) * (l == 0 ? 0.62 : 1);
            weights[l] = 0.5;
        }
        SaturationView small = new SaturationView(c -> { });
        Stage[] stage = new Stage[1];
        Snapshot s = SaturationFixtures.snapshot(layers(bnSignal, weights), layers(plainSignal, weights));
        robot.interact(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene((Parent) small.node(), 860, 330));
            stage[0].show();
            small.show(s);
        });
        robot.interact(() -> small.show(s)); // the margin fitted to the plot as drawn
        robot.interact(() -> { });
        SignalChart c = small.pane().signal;
        try {
            robot.interact(() -> {
                List<org.jfree.chart.annotations.XYTextAnnotation> labels = c.ratio.getAnnotations().stream()
                        .map(a -> (org.jfree.chart.annotations.XYTextAnnotation) a).toList();
                assertEquals(2, labels.size(), "shown small: " + c.ratio.getAnnotations());
                Rectangle2D area = c.viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea();
                ValueAxis x = ((CombinedDomainXYPlot) c.chart().getPlot()).getDomainAxis();
                var frc = new java.awt.font.FontRenderContext(null, true, true);
                for (var a : labels) {
                    double right = x.valueToJava2D(a.getX(), area, RectangleEdge.BOTTOM);
                    double left = right - a.getFont().getStringBounds(a.getText(), frc).getWidth();
                    assertTrue(left >= area.getMinX(), a.getText() + " starts at " + left + ", the plot at " + area.getMinX() + " axis " + x.getRange() + " area " + area + " x " + a.getX() + " right " + right);
                    assertTrue(right < x.valueToJava2D(1, area, RectangleEdge.BOTTOM), "left of layer 1");
                }
                assertTrue(labels.stream().anyMatch(a -> a.getText().startsWith("1/")), "the plain twin's part: "
                        + labels.get(1).getText());
                assertTrue(x.getLowerBound() < 0.5, "the room reaches left of 0.5: " + x.getLowerBound());
                assertEquals("", ((org.jfree.chart.axis.NumberAxis) x).getNumberFormatOverride().format(0), "no layer 0");
                assertEquals("1", ((org.jfree.chart.axis.NumberAxis) x).getNumberFormatOverride().format(1));
            });
            // two close ratios: one written above its height, the other below
            double[] closer = bnSignal.clone();
            closer[0] = 0.1 * 0.64;
            Snapshot near = SaturationFixtures.snapshot(layers(closer, weights), layers(bnSignal, weights));
            robot.interact(() -> small.show(near));
            robot.interact(() -> {
                List<org.jfree.chart.ui.TextAnchor> anchors = anchors(c);
                assertEquals(List.of(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT, org.jfree.chart.ui.TextAnchor.TOP_RIGHT),
                        anchors, "0.64 above, 0.52 below");
            });
            // close is by the pixels of the lower panel as drawn: in this short chart 0.34 and 0.7 touch too
            double[] low = bnSignal.clone();
            low[0] = 0.1 * 0.34;
            double[] high = bnSignal.clone();
            high[0] = 0.1 * 0.7;
            Snapshot apart = SaturationFixtures.snapshot(layers(low, weights), layers(high, weights));
            robot.interact(() -> small.show(apart));
            robot.interact(() -> { });
            robot.interact(() -> small.show(apart));
            robot.interact(() -> {
                double h = c.viewer.getCanvas().getRenderingInfo().getPlotInfo().getSubplotInfo(1).getDataArea().getHeight();
                List<org.jfree.chart.ui.TextAnchor> anchors = anchors(c);
                // above its point the black line at 1 would cross 0.7's words in so short a panel: at its height
                assertEquals(List.of(org.jfree.chart.ui.TextAnchor.TOP_RIGHT, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT),
                        anchors, "0.34 below, 0.7 at its height, in a lower panel " + h + " px high");
            });
            // a ratio near 1 alone: its words at its height were crossed by the black line at 1 (lesson 9's 0.89)
            double[] nearOne = bnSignal.clone();
            nearOne[0] = 0.1 * 0.89;
            Snapshot one = SaturationFixtures.snapshot(layers(nearOne, weights), layers(plainSignal, weights));
            robot.interact(() -> small.show(one));
            robot.interact(() -> {
                List<org.jfree.chart.ui.TextAnchor> anchors = anchors(c);
                assertEquals(List.of(org.jfree.chart.ui.TextAnchor.TOP_RIGHT, org.jfree.chart.ui.TextAnchor.CENTER_RIGHT),
                        anchors, "0.89 below the line at 1; the plain twin's 1/26000 at its height");
            });
        } finally {
            robot.interact(() -> stage[0].close());
        }
    }

    // where layer 1's ratios are written against their points, in the order they were added (BN's, the plain twin's)
    private static List<org.jfree.chart.ui.TextAnchor> anchors(SignalChart c) {
        return c.ratio.getAnnotations().stream()
                .map(a -> ((org.jfree.chart.annotations.XYTextAnnotation) a).getTextAnchor()).toList();
    }

    private static String dz(String twin) {
        return I18n.get("saturation.signal.series", I18n.get("saturation.signal.dz"), twin);
    }

    private static String row(String chart, String series, String x, String y) {
        return String.join(",", bnlab.app.export.SeriesCsv.quote(chart), bnlab.app.export.SeriesCsv.quote(series), x, y,
                "", "", "");
    }

    private static void assertSeries(XYSeries s, double... y) {
        assertEquals(y.length, s.getItemCount());
        for (int i = 0; i < y.length; i++) {
            assertEquals(i + 1, s.getX(i).doubleValue(), 1e-12);
            assertEquals(y[i], s.getY(i).doubleValue(), 1e-12 * y[i]);
        }
    }

    @Test
    void everyLogAxisHasAtLeastTwoLabelledTicksOnANarrowRange(FxRobot robot) {
        // every norm between 0.3 and 0.5: no decade inside
        Snapshot s = SaturationFixtures.snapshot(layers(new double[]{0.3, 0.4, 0.5}, new double[]{0.35, 0.45, 0.5}),
                layers(new double[]{0.45, 0.4, 0.3}, new double[]{0.3, 0.32, 0.34}));
        robot.interact(() -> view.show(s));
        List<LogAxis> axes = new ArrayList<>();
        robot.interact(() -> viewers(view.node(), axes));
        assertFalse(axes.isEmpty());
        java.awt.Graphics2D g2 = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB).createGraphics();
        for (LogAxis a : axes) {
            int labelled = 0;
            for (Object o : a.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 300, 200),
                    RectangleEdge.LEFT)) {
                ValueTick t = (ValueTick) o;
                boolean inRange = t.getValue() >= a.getLowerBound() && t.getValue() <= a.getUpperBound();
                if (inRange && t.getText() != null && !t.getText().isEmpty()) {
                    labelled++;
                }
            }
            assertTrue(labelled >= 2, a.getLabel() + ": " + labelled + " labelled ticks in " + a.getRange());
        }
    }

    private static void viewers(Node n, List<LogAxis> out) {
        if (n instanceof ChartViewer v) {
            logAxes(v.getChart().getPlot(), out);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                viewers(c, out);
            }
        }
    }

    private static void logAxes(Plot plot, List<LogAxis> out) {
        if (plot instanceof CombinedDomainXYPlot c) {
            for (XYPlot p : c.getSubplots()) {
                logAxes(p, out);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                ValueAxis a = xy.getRangeAxis(i);
                if (a instanceof LogAxis l) {
                    out.add(l);
                }
            }
        }
    }

    @Test
    void theTwinsAreNamedThroughTheBundleLayerNormToo(FxRobot robot) {
        Snapshot s = SaturationFixtures.snapshot(ActivationKind.SIGMOID, NormKind.LAYER,
                layers(new double[]{0.1, 0.2, 0.3}, new double[]{1, 1, 1}),
                layers(new double[]{0.1, 0.2, 0.3}, new double[]{1, 1, 1}));
        robot.interact(() -> view.show(s));
        String ln = I18n.get("twin.normalized", I18n.label(NormKind.LAYER));
        LayerCharts bars = view.pane().layers;
        assertEquals(List.of(ln, PLAIN), bars.saturated.getRowKeys());
        assertEquals(0.2, bars.saturated.getValue(ln, "3").doubleValue(), 1e-12);
        assertEquals(dz(ln), view.pane().signal.ratios.getSeriesKey(0));
        assertEquals(I18n.get("saturation.curves.histogram", ln),
                view.pane().curves.histograms.series.getSeriesKey(0));
        assertEquals(I18n.get("saturation.curves.title", I18n.label(ActivationKind.SIGMOID), 1),
                view.pane().curves.chart().getTitle().getText());
    }

    @Test
    void perLayerSaturatedFractionsOfBothTwins(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(5)));
        LayerCharts c = view.pane().layers;
        assertEquals(0.02, c.saturated.getValue(0, 0).doubleValue(), 1e-12);
        assertEquals(0.9, c.saturated.getValue(1, 2).doubleValue(), 1e-12);
        assertEquals(1e-4, view.pane().signal.weights.getSeries(1).getY(0).doubleValue(), 1e-16);
        // each bar labelled with its value, 0 % too; a full bar's label fits under the axis's top
        org.jfree.chart.plot.CategoryPlot plot = (org.jfree.chart.plot.CategoryPlot) c.saturatedViewer.getChart().getPlot();
        org.jfree.chart.renderer.category.CategoryItemRenderer r = plot.getRenderer();
        assertTrue(r.getDefaultItemLabelsVisible());
        assertEquals(java.text.NumberFormat.getPercentInstance(I18n.locale()).format(0.9),
                r.getItemLabelGenerator(1, 2).generateLabel(c.saturated, 1, 2));
        assertTrue(plot.getRangeAxis().getUpperBound() > 1.1);
    }

    @Test
    void barLabelsStayWhereTheyFitSoAZeroBarIsNotTakenForAMissingOne(FxRobot robot) {
        // a lesson at 1280 x 720: the view 880 x 600 is shown small, its bar chart 350 px wide, three layers
        LayerCharts c = view.pane().layers;
        robot.interact(() -> {
            view.show(SnapshotFixtures.snapshot(5));
            view.node().getScene().getWindow().setWidth(880);
            view.node().getScene().getWindow().setHeight(600);
        });
        robot.interact(() -> { });
        assertTrue(view.pane().compact, "shown small");
        assertEquals(352, c.saturatedViewer.getWidth(), 20);
        assertTrue(c.saturatedViewer.getChart().getCategoryPlot().getRenderer().getDefaultItemLabelsVisible(), "three layers: six labels fit, \"0%\" says the blue bar is there and empty");
        // eight layers in the same width: sixteen labels would run into each other
        double[] eight = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8};
        robot.interact(() -> view.show(SaturationFixtures.snapshot(layers(eight, eight), layers(eight, eight))));
        assertFalse(c.saturatedViewer.getChart().getCategoryPlot().getRenderer().getDefaultItemLabelsVisible());
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(6)));
        assertTrue(c.saturatedViewer.getChart().getCategoryPlot().getRenderer().getDefaultItemLabelsVisible(), "three layers again");
    }

    /**
     * Eight Xavier layers (lesson 2, step 5): nothing saturated in either twin and no room for the bars' labels, so
     * the chart showed an empty plot, as if it had no data. A bar at 0 is drawn as a flat stub in its twin's colour.
     */
    @Test
    void aZeroBarIsSeenWhereItsLabelHasNoRoom(FxRobot robot) {
        LayerCharts c = view.pane().layers;
        List<SaturationFixtures.Layer> none = new ArrayList<>();
        for (int l = 0; l < 8; l++) {
            none.add(new SaturationFixtures.Layer(SaturationFixtures.gaussian(0, 1, -5, 5, 40, 6000), 0, 0.1, 0.1));
        }
        robot.interact(() -> {
            view.show(SaturationFixtures.snapshot(none, none));
            view.node().getScene().getWindow().setWidth(880);
            view.node().getScene().getWindow().setHeight(600);
        });
        robot.interact(() -> { });
        assertFalse(c.saturatedViewer.getChart().getCategoryPlot().getRenderer().getDefaultItemLabelsVisible());
        java.awt.image.BufferedImage img = c.saturatedViewer.getChart().createBufferedImage(
                (int) c.saturatedViewer.getWidth(), (int) c.saturatedViewer.getHeight());
        assertTrue(columnsOf(img, bnlab.app.style.Palette.BN) >= 8, "a stub per layer for the twin with BN");
        assertTrue(columnsOf(img, bnlab.app.style.Palette.PLAIN) >= 8, "and for the plain twin");
    }

    /** How many runs of adjacent image columns hold a pixel of exactly this colour. */
    private static int columnsOf(java.awt.image.BufferedImage img, java.awt.Color colour) {
        int runs = 0;
        boolean before = false;
        for (int x = 0; x < img.getWidth(); x++) {
            boolean here = false;
            for (int y = 0; y < img.getHeight() && !here; y++) {
                here = (img.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF);
            }
            if (here && !before) {
                runs++;
            }
            before = here;
        }
        return runs;
    }

    /**
     * At a projector's type (1.5) the house fonts need 1.5 times the room: a two-view lesson stage on 1920 x 1080
     * (the view 1320 x 715) squeezed the gradient chart's two plots into each other and cut its legend, so the view
     * is shown small there; at type 1 the same size is not small.
     */
    @Test
    void smallFollowsTheTypeScale(FxRobot robot) {
        boolean[] small = new boolean[2];
        double[] scales = {1.0, 1.5};
        try {
            for (int i = 0; i < 2; i++) {
                int k = i;
                robot.interact(() -> {
                    bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, scales[k]));
                    SaturationView v = new SaturationView(c -> { });
                    javafx.stage.Window w = view.node().getScene().getWindow();
                    ((Stage) w).setScene(new Scene((Parent) v.node(), 1320, 715));
                    ((Stage) w).sizeToScene();
                    v.show(SnapshotFixtures.snapshot(5));
                    view = v;
                });
                robot.interact(() -> small[k] = view.pane().compact);
            }
        } finally {
            robot.interact(() -> {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
                Stage w = (Stage) view.node().getScene().getWindow();
                w.setScene(new Scene(new javafx.scene.layout.Pane(), 1200, 800));
                w.sizeToScene();
            });
        }
        assertFalse(small[0], "type 1: room enough");
        assertTrue(small[1], "type 1.5: shown small");
    }

    /** Every visible string goes through the bundle: no English literal handed to a label, title or series. */
    @Test
    void noEnglishLiteralInThePackage() throws IOException {
        Pattern literal = Pattern.compile("(new Label|setText|new Tooltip|setTitle|new JFreeChart|new NumberAxis"
                + "|new LogAxis|new ReadableLogAxis|new XYSeries|new CategoryAxis|new TextTitle|new LegendItem"
                + "|new XYTextAnnotation|new CheckBox|new Button)\\(\\s*\"[A-Za-z]");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/bnlab/app/saturation"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    found.add(f.getFileName() + ": " + m.group());
                }
            }
        }
        assertEquals(List.of(), found);
    }
}
