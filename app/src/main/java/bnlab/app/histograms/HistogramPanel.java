package bnlab.app.histograms;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.AreaRenderer;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.Histogram;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * One histogram chart: the current distribution as a filled step outline, optional faded outlines of
 * the last {@link #HISTORY} frames, and a mean / std read-out. Its x range is its row's
 * ({@link SharedAxis}), set after each frame.
 */
final class HistogramPanel {
    /** A chart's least height at type 1 (px): four fit a 1920 x 1080 window's histogram cell without scrolling. */
    static final double MIN_CHART_HEIGHT = 140;
    static final int HISTORY = 8;

    final XYSeriesCollection current = new XYSeriesCollection();
    final XYSeriesCollection past = new XYSeriesCollection();
    final Label readout = new Label(meanStd(Double.NaN, Double.NaN));
    private final Deque<Histogram> slices = new ArrayDeque<>();
    private final Tooltip tip = bnlab.app.style.Tips.make("");
    private final Color color;
    private final XYPlot plot;
    private final XYLineAndShapeRenderer pastRenderer = new XYLineAndShapeRenderer(true, false);
    private final BorderPane root = new BorderPane();
    private Histogram lastShown;
    /** The frame whose statistics the read-out last showed (null: none), to fit them again on a resize. */
    private Histogram stats;
    private String shownText;
    private final JFreeChart chart;
    private final ChartViewer viewer;

    HistogramPanel(String title, String xLabel, Color color, String formula) {
        this.color = color;
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRange(false);
        NumberAxis y = new CountAxis(I18n.get("histograms.count"));
        AreaRenderer area = new AreaRenderer();
        area.setSeriesPaint(0, Palette.alpha(color, 0.45));
        area.setOutline(true);
        area.setSeriesOutlinePaint(0, color);
        area.setSeriesOutlineStroke(0, ChartStyle.LINE);
        plot = new XYPlot(current, x, y, area);
        plot.setDataset(1, past);
        plot.setRenderer(1, pastRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.REVERSE);
        chart = new JFreeChart(title, ChartStyle.TITLE, plot, false);
        ChartStyle.apply(chart);
        ChartStyle.roomForLastTick(chart);
        viewer = bnlab.app.style.Viewers.of(chart);
        // a readable plot; in a lower cell the view scrolls (HistogramPane) rather than squash it to a sliver
        viewer.setMinSize(200, MIN_CHART_HEIGHT * bnlab.app.style.Look.current().scale());
        viewer.setPrefSize(480, 300);
        readout.setStyle("-fx-font-size: 1.06em; -fx-text-fill: " + Palette.textCss(color) + ";");
        readout.setWrapText(true);
        // "（13 个离群值计入两端的 / 箱）" kept company ("…两端 / 的箱）")
        bnlab.app.style.Runts.avoid(readout);
        // as wide as its panel whatever it says: as wide as its text, a longer read-out was measured for its runt at
        // the last one's width, wrapped there, took a right padding and a second line for a frame, and its chart a
        // line shorter than its neighbour's (at 1280 x 720, every few frames while training)
        readout.setMaxWidth(Double.MAX_VALUE);
        // right under its chart: a one-line read-out in its row's two-line height had sat half a line below it
        readout.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        // its least height: the pane binds it to the taller read-out of the row
        tip.setText(formula);
        Tooltip.install(viewer, tip);
        bnlab.app.style.Tips.set(readout, I18n.get("histograms.readout.tip", formula));
        root.setCenter(viewer);
        root.setBottom(readout);
        BorderPane.setMargin(readout, new javafx.geometry.Insets(0, 0, 4, 60));
        // a narrower panel may need the two-line read-out (not a text someone else set, such as "diverged")
        root.widthProperty().addListener((o, a, b) -> {
            if (shownText != null && shownText.equals(readout.getText())) {
                showStats();
            }
        });
    }

    /** The formula the tip shows (for tests). */
    String tip() {
        return tip.getText();
    }

    /** The formula tip (a CNN's per-channel wording). */
    void setTip(String formula) {
        tip.setText(formula);
        bnlab.app.style.Tips.set(readout, I18n.get("histograms.readout.tip", formula));
    }

    BorderPane root() {
        return root;
    }

    JFreeChart chart() {
        return chart;
    }

    /** "mean 0.5   std 1.5"; x_hat's mean of -3e-10 reads 0. */
    static String meanStd(double mean, double std) {
        return I18n.get("histograms.meanStd", Numbers.meanRelativeTo(mean, std), Numbers.format(std));
    }

    /** The same on two lines, mean above std. */
    static String meanStdTwoLines(double mean, double std) {
        return I18n.get("histograms.meanStd.twoLines", Numbers.meanRelativeTo(mean, std), Numbers.format(std));
    }

    private void showStats() {
        shownText = statsText(stats.mean(), stats.std(), stats.outside());
        readout.setText(shownText);
    }

    /**
     * The read-out of these statistics at the read-out's width. The mean and std on one line where the widest of them
     * fit it (see meanStdOneLine), else on two: left to itself the line would break wherever the width ran out, and
     * Chinese may break between any two characters, inside 标准差 as well. The far-out note beside them where the panel is wide enough for a long one
     * (see oneLine), else on a line of its own, saying where they are counted (the end bins) where that fits the
     * line, else not: at 1600 x 1000 the longer note took two lines under a two-line mean and std, and the charts
     * jumped by both as it came and went.
     */
    String statsText(double mean, double std, long outside) {
        String one = meanStd(mean, std);
        String text = meanStdOneLine() && fits(one) ? one : meanStdTwoLines(mean, std);
        if (outside == 0) {
            return text;
        }
        String beside = I18n.get("histograms.outside.oneLine", one, outside);
        if (oneLine() && fits(beside)) {
            return beside;
        }
        String below = I18n.get("histograms.outside", text, outside);
        return fits(below.substring(below.lastIndexOf('\n') + 1)) ? below
                : I18n.get("histograms.outside.short", text, outside);
    }

    /**
     * The height of the tallest read-out at this width (the widest mean and std, with a far-out note): the row's
     * read-outs keep it whether or not the note shows, so the charts above keep theirs.
     */
    double tallest() {
        return tallest.get();
    }

    private final AtWidth<Double> tallest = new AtWidth<>(() -> bnlab.app.style.Balanced.labelHeight(readout,
            statsText(WIDE_MEAN, WIDE_STD, 999), readoutWidth() - readout.snappedLeftInset() - readout.snappedRightInset()));

    // the widest mean and std the read-out shows ("-0.001234", "12.35"; "-0.01235" and "1.235" before: a mean of
    // -0.002342 took a line more than that, and its chart a line less, as its note came and went)
    private static final double WIDE_MEAN = Numbers.WIDEST;
    private static final double WIDE_STD = 12.345;

    /** Whether this text fits the read-out's width on one line (or the width is not known yet). */
    boolean fits(String text) {
        double room = readoutWidth() - readout.snappedLeftInset() - readout.snappedRightInset();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(readout.getFont());
        return room <= 0 || probe.getLayoutBounds().getWidth() <= room;
    }

    /**
     * Whether the read-out is one line whatever it says: a long mean, std and far-out note fit side by side.
     * Else it keeps two (the note comes and goes from step to step, and the chart above must not jump).
     */
    boolean oneLine() {
        return oneLine.get();
    }

    private final AtWidth<Boolean> oneLine = new AtWidth<>(() -> readoutWidth() > 0
            && fits(I18n.get("histograms.outside.oneLine", meanStd(WIDE_MEAN, WIDE_STD), 999)));

    /**
     * Whether the mean and std go on one line at this width: where the widest of them fit it. Where only the values of
     * the moment did, the read-out took one line and two in turns as their digits changed while training, and a row's
     * two read-outs were in two forms side by side (at 1600 x 1000 in English).
     */
    boolean meanStdOneLine() {
        return meanStdOneLine.get();
    }

    private final AtWidth<Boolean> meanStdOneLine = new AtWidth<>(() -> fits(meanStd(WIDE_MEAN, WIDE_STD)));

    /** A measure of the read-out at its width and font, taken again only when one of them changes. */
    private final class AtWidth<T> {
        private final java.util.function.Supplier<T> measure;
        private double width = -1;
        private javafx.scene.text.Font font;
        private T value;

        AtWidth(java.util.function.Supplier<T> measure) {
            this.measure = measure;
        }

        T get() {
            double w = readoutWidth();
            if (w != width || readout.getFont() != font) {
                width = w;
                font = readout.getFont();
                value = measure.get();
            }
            return value;
        }
    }

    /** The width the read-out gets: the panel's less the read-out's margins. */
    double readoutWidth() {
        javafx.geometry.Insets m = BorderPane.getMargin(readout);
        return Math.max(0, root.getWidth() - (m == null ? 0 : m.getLeft() + m.getRight()));
    }

    /**
     * Show one frame. {@code newStep}: the training step advanced (the previous frame joins the history).
     * A null or non-finite histogram clears the chart and reads "NaN" (or "—" when absent).
     */
    void show(Histogram h, boolean newStep, boolean historyOn) {
        current.setNotify(false);
        past.setNotify(false);
        try {
            if (newStep && !current.getSeries().isEmpty() && lastShown != null) {
                slices.addLast(lastShown);
                while (slices.size() > HISTORY) {
                    slices.removeFirst();
                }
            }
            current.removeAllSeries();
            lastShown = null;
            stats = h;
            if (h == null) {
                shownText = null;
                readout.setText(I18n.get("histograms.notComputed"));
            } else {
                showStats();
                if (usable(h)) {
                    current.addSeries(steps("now", h));
                    lastShown = h;
                }
            }
            drawHistory(historyOn);
        } finally {
            past.setNotify(true);
            current.setNotify(true);
        }
    }

    /** Forget the history (rebuild, other layer or unit; the row forgets its range). */
    void reset() {
        slices.clear();
        lastShown = null;
        current.removeAllSeries();
        past.removeAllSeries();
    }

    int historySize() {
        return slices.size();
    }

    /** The chart's title as shown. */
    String title() {
        return chart.getTitle() == null ? "" : chart.getTitle().getText();
    }

    /** The histograms drawn now, the oldest first: the faded ones when the history shows, then the current one. */
    java.util.List<Histogram> drawn(boolean historyOn) {
        java.util.List<Histogram> d = new java.util.ArrayList<>();
        if (historyOn) {
            d.addAll(slices);
        }
        if (lastShown != null) {
            d.add(lastShown);
        }
        return d;
    }

    private void drawHistory(boolean on) {
        past.removeAllSeries();
        if (!on) {
            return;
        }
        int i = 0;
        int n = slices.size();
        for (Iterator<Histogram> it = slices.iterator(); it.hasNext(); i++) {
            Histogram h = it.next();
            past.addSeries(steps("t-" + (n - i), h)); // series keys are not shown (no legend)
            // older slices are more transparent: opacity 0.08 (oldest) .. 0.6 (newest)
            pastRenderer.setSeriesPaint(i, Palette.alpha(color, 0.08 + 0.52 * (i + 1) / n));
            pastRenderer.setSeriesStroke(i, ChartStyle.THIN);
        }
    }

    /** [lo, hi] of what is drawn: the current histogram and the faded ones when shown; empty: [+inf, -inf]. */
    double[] extent(boolean historyOn) {
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        if (lastShown != null) {
            a = lastShown.lo();
            b = lastShown.hi();
        }
        if (historyOn) {
            for (Histogram h : slices) {
                a = Math.min(a, h.lo());
                b = Math.max(b, h.hi());
            }
        }
        return new double[] {a, b};
    }

    /** The x axis over [lo, hi] and a 2 % margin each side. */
    void setRange(double lo, double hi) {
        double pad = 0.02 * (hi - lo);
        plot.getDomainAxis().setRange(lo - pad, hi + pad + 1e-12);
    }

    /** The canvas the chart is drawn on. */
    javafx.scene.Node canvas() {
        return viewer.getCanvas();
    }

    /** The x axis's range now (tests). */
    org.jfree.data.Range xRange() {
        return plot.getDomainAxis().getRange();
    }

    static boolean usable(Histogram h) {
        return Double.isFinite(h.lo()) && Double.isFinite(h.hi()) && h.hi() > h.lo() && h.bins() > 0;
    }

    /**
     * The histogram as a step outline: (lo, 0), then (left edge, count) and (right edge, count) for each
     * bin, then (hi, 0). Item 1 + 2 i and 2 + 2 i hold bin i's count.
     */
    static XYSeries steps(String key, Histogram h) {
        XYSeries s = new XYSeries(key, false, true);
        double w = h.binWidth();
        s.add(h.lo(), 0, false);
        long[] c = h.counts();
        for (int i = 0; i < c.length; i++) {
            s.add(h.lo() + i * w, c[i], false);
            s.add(h.lo() + (i + 1) * w, c[i], false);
        }
        s.add(h.hi(), 0, false);
        return s;
    }
}
