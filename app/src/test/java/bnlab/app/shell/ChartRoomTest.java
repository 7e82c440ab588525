package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.TitleEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live views' charts as the window lays them out, from a projector's 1280 x 720 to 1920 x 1080,
 * in both languages: each training-curve chart keeps a plot of at least {@link #MIN_PLOT} px (the view
 * scrolls instead), the loss and accuracy plots side by side are equally high, every chart title is one
 * line, and no range-axis label reaches up into its chart's title.
 */
class ChartRoomTest {
    /** The least plot height of a training-curve chart, px at type scale 1. */
    static final double MIN_PLOT = 100;
    private final FxRobot robot = new FxRobot();

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(Locale.ENGLISH);
    }

    /** A chart drawn at its viewer's size, and what it drew where. */
    record Drawn(String title, JFreeChart chart, ChartRenderingInfo info, Graphics2D g2, double height) {
        Rectangle2D plot() {
            return info.getPlotInfo().getDataArea();
        }

        Rectangle2D titleArea() {
            for (Object e : info.getEntityCollection().getEntities()) {
                if (e instanceof TitleEntity t && t.getTitle() == chart.getTitle()) {
                    return ((ChartEntity) t).getArea().getBounds2D();
                }
            }
            return null;
        }
    }

    private List<Drawn> charts(int w, int h, String lang, String under) throws Exception {
        return charts(w, h, lang, under, 1.0);
    }

    private List<Drawn> charts(int w, int h, String lang, String under, double scale) throws Exception {
        return charts(w, h, lang, under, scale, SnapshotFixtures.snapshot(120));
    }

    private List<Drawn> charts(int w, int h, String lang, String under, double scale, bnlab.engine.api.Snapshot shown)
            throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        FakeSession session = new FakeSession();
        session.publish(shown);
        Locale l = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        AtomicReference<List<Drawn>> out = new AtomicReference<>();
        robot.interact(() -> {
            Shell shell = ShellFixture.show(stage, session, new UiPrefs(l, Theme.LIGHT, scale, true), p -> { }, w, h);
            stage.setWidth(w);
            stage.setHeight(h);
            shell.window().pump().flush();
        });
        robot.interact(() -> {
            List<Drawn> drawn = new ArrayList<>();
            Node root = stage.getScene().getRoot().lookup(under);
            for (Node n : robot.from(root).lookup((Node x) -> x instanceof ChartViewer && x.isVisible()).queryAll()) {
                ChartViewer v = (ChartViewer) n;
                if (v.getWidth() < 1 || v.getHeight() < 1) {
                    continue;
                }
                BufferedImage img = new BufferedImage((int) v.getWidth(), (int) v.getHeight(),
                        BufferedImage.TYPE_INT_RGB);
                Graphics2D g2 = img.createGraphics();
                ChartRenderingInfo info = new ChartRenderingInfo();
                v.getChart().draw(g2, new Rectangle2D.Double(0, 0, v.getWidth(), v.getHeight()), info);
                TextTitle t = v.getChart().getTitle();
                drawn.add(new Drawn(t == null ? "" : t.getText(), v.getChart(), info, g2, v.getHeight()));
            }
            out.set(drawn);
        });
        return out.get();
    }

    @ParameterizedTest
    @CsvSource({"1280, 720, en", "1280, 720, zh", "1600, 1000, en", "1920, 1080, en", "1920, 1080, zh"})
    void trainingCurvesKeepTheirPlotsAndTheRowItsHeight(int w, int h, String lang) throws Exception {
        List<Drawn> curves = charts(w, h, lang, "#training-curves");
        assertEquals(4, curves.size(), "loss, accuracy and the two bands");
        for (Drawn d : curves) {
            assertTrue(d.plot().getHeight() >= MIN_PLOT, w + "x" + h + " " + lang + ": the plot of \"" + d.title()
                    + "\" is " + d.plot().getHeight() + " px high");
        }
        assertEquals(curves.get(0).plot().getHeight(), curves.get(1).plot().getHeight(), 1,
                "loss and accuracy side by side: equally high plots");
    }

    /**
     * The four histograms keep their charts' least height, 140 px at type 1 and 1.5 times that at 1.5: at type
     * 1.5 in 1280 x 720 they were squashed to 40 px (the view now scrolls below it).
     */
    @ParameterizedTest
    @CsvSource({"1280, 720, zh, 1.5", "1280, 720, en, 1.0", "1920, 1080, en, 1.0"})
    void histogramsKeepTheirChartsHeight(int w, int h, String lang, double scale) throws Exception {
        List<Drawn> charts = charts(w, h, lang, "#histograms", scale, farOut(SnapshotFixtures.snapshot(120)));
        try {
            assertEquals(4, charts.size(), "x of both twins, x_hat, y");
            assertEquals(charts.get(0).height(), charts.get(1).height(), 0.5, "a row's charts equally high");
            assertEquals(charts.get(2).height(), charts.get(3).height(), 0.5, "a row's charts equally high");
            for (Drawn d : charts) {
                assertTrue(d.height() >= 140 * scale - 0.5, w + "x" + h + " " + lang + " x" + scale
                        + ": the chart \"" + d.title() + "\" is " + d.height() + " px high");
            }
        } finally {
            bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0));
        }
    }

    // every histogram with 7 values beyond its range: the read-outs say so, on two or three lines
    private static bnlab.engine.api.Snapshot farOut(bnlab.engine.api.Snapshot s) {
        return bnlab.app.Snapshots.with(s, farOut(s.normalized()), farOut(s.plain()), false);
    }

    private static bnlab.engine.api.TwinState farOut(bnlab.engine.api.TwinState t) {
        List<bnlab.engine.api.LayerProbe> layers = new ArrayList<>();
        for (bnlab.engine.api.LayerProbe p : t.layers()) {
            bnlab.engine.api.LayerHistograms h = p.histograms();
            layers.add(new bnlab.engine.api.LayerProbe(p.layer(), new bnlab.engine.api.LayerHistograms(farOut(h.normInput()),
                    farOut(h.xhat()), farOut(h.normOutput()), farOut(h.activationInput()), farOut(h.activationOutput())),
                    p.saturatedFraction(), p.weightGradNorm(), p.signalNorm(), p.updateRatio(), p.units(),
                    p.gammaMean(), p.betaMean(), p.values(), p.maps(), p.block()));
        }
        return new bnlab.engine.api.TwinState(t.normalized(), t.norm(), t.divergence(), t.loss(), t.trainAccTrainMode(),
                t.trainAccEvalMode(), t.testAcc(), t.evalStep(), t.probeStep(), layers, t.history(), t.stall());
    }

    private static bnlab.engine.api.Histogram farOut(bnlab.engine.api.Histogram h) {
        return h == null ? null : new bnlab.engine.api.Histogram(h.lo(), h.hi(), h.counts(), h.mean(), h.std(), h.n(), 7);
    }

    @ParameterizedTest
    @CsvSource({"1280, 720, en", "1280, 720, zh", "1600, 1000, en", "1600, 1000, zh", "1920, 1080, en",
        "1920, 1080, zh"})
    void everyTitleIsOneLineAndNoAxisLabelRunsIntoIt(int w, int h, String lang) throws Exception {
        List<Drawn> all = charts(w, h, lang, ".tab-pane");
        assertTrue(all.size() >= 12, all.size() + " charts in the live views");
        List<String> wrong = new ArrayList<>();
        for (Drawn d : all) {
            Rectangle2D title = d.titleArea();
            if (title == null) {
                continue;
            }
            TextTitle t = d.chart().getTitle();
            java.awt.Font shown = t instanceof bnlab.app.style.FittingTitle f ? f.shownFont() : t.getFont();
            double line = d.g2().getFontMetrics(shown).getHeight();
            double content = title.getHeight() - t.getPadding().getTop() - t.getPadding().getBottom();
            if (content > 1.5 * line) {
                wrong.add("\"" + d.title() + "\" wraps (" + content + " px high, a line " + line + ")");
            }
            if (d.chart().getPlot() instanceof XYPlot xy) {
                for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                    ValueAxis a = xy.getRangeAxis(i);
                    if (a == null || a.getLabel() == null || a.getLabel().isEmpty() || !a.isVisible()) {
                        continue;
                    }
                    // a rotated label is centred on the plot's height
                    double length = d.g2().getFontMetrics(a.getLabelFont()).stringWidth(a.getLabel());
                    double top = d.plot().getCenterY() - length / 2;
                    boolean left = xy.getRangeAxisEdge(i) == org.jfree.chart.ui.RectangleEdge.LEFT;
                    boolean besideTitle = left ? title.getMinX() < d.plot().getMinX()
                            : title.getMaxX() > d.plot().getMaxX();
                    if (top < title.getMaxY() && besideTitle) {
                        wrong.add("the axis label \"" + a.getLabel() + "\" reaches " + (title.getMaxY() - top)
                                + " px into \"" + d.title() + "\"");
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, w + "x" + h + " " + lang);
    }
}
