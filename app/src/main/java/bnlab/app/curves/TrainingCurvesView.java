package bnlab.app.curves;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.Palette;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;

/**
 * Loss (log scale) and test accuracy against step for both twins, and the 15th/50th/85th percentile
 * band of the last hidden layer's activation input for each twin (Ioffe and Szegedy 2015, Figure 1).
 * Everything is drawn from the histories the engine keeps (the view keeps none): a view shown late
 * draws every step since the rebuild. Datasets are rebuilt and swapped in: one redraw per chart per
 * update, at most every {@link #MIN_REDRAW_NANOS} while training runs.
 *
 * <p>The layout (one legend above the loss and accuracy charts, charts of a least height, scrolling) is
 * {@link CurvesPane}'s.
 *
 * <p>Lesson options: {@code "bands": false} shows only the loss and accuracy (no percentile bands and
 * no note about them), for lessons about something else than Figure 1; {@code "train": true} adds each twin's
 * accuracy on its training set (eval mode, thin lines) to the test accuracy and fits the axis to the four lines,
 * so a gap of a point between training and test shows; {@code "lossMax": 10} stops the loss axis at 10 when the
 * losses go higher (a network's first losses in the thousands would squeeze the rest into the axis's foot; they
 * run off its top), 0 fits it to every loss again; {@code "accuracyMark": 0.9} draws a dashed line at 90 % across
 * the accuracy chart (a lesson that asks when each twin gets there), 0 takes it away; {@code "path": true} shows in
 * the lower charts, instead of the percentile bands, each twin's loss along its gradient at each evaluation (Santurkar
 * et al. 2018, Figure 4 a: the loss at theta, and the range a step of half to four learning rates along -g reaches),
 * {@code "path": "gradient"} both twins' gradient change and effective smoothness along it (Figure 4 b, c;
 * {@link GradientCharts}), {@code "loss"} as true, false the bands again. Other options are ignored.
 */
public final class TrainingCurvesView implements SnapshotView, Configurable {
    /**
     * Redraw at most 5 times a second while playing: curves need no more, and under Xvfb's software
     * renderer 10 Hz put 10 % of frames over 33 ms at 60 steps/s, 5 Hz 4.6 %. Paused: at once.
     */
    static final long MIN_REDRAW_NANOS = 200_000_000L;

    private final JFreeChart loss = CurveCharts.loss();
    private final JFreeChart accuracy = CurveCharts.accuracy();
    private final JFreeChart plainBand = CurveCharts.band("", Palette.PLAIN);
    private final JFreeChart bnBand = CurveCharts.band("", Palette.BN);
    private final JFreeChart plainPath = CurveCharts.path(Palette.PLAIN);
    private final JFreeChart bnPath = CurveCharts.path(Palette.BN);
    private final JFreeChart gradientChange = GradientCharts.change();
    private final JFreeChart smoothness = GradientCharts.smoothness();
    /** Whether the lower charts show the gradient path instead of the bands. */
    private boolean path;
    /** With path: whether they show how the gradient changes along it rather than the loss. */
    private boolean gradient;
    /** The steps marked as each twin's first at the accuracy line (BN's, the plain twin's), -1 for none. */
    private long[] reached = {-1, -1};
    private final CurvesPane pane;
    private Snapshot last;
    private boolean dirty;
    /** Bit i: chart i still has to be redrawn with the latest data. */
    private int pending;
    private long lastRedraw;
    private boolean bands = true;
    /** Whether the accuracy chart adds the training-set accuracies. */
    private boolean train;
    /** The loss axis's highest top, or 0: fitted to every loss. */
    private double lossMax;

    /** Without a way to set up Figure 1 (tests). */
    public TrainingCurvesView() {
        this(null);
    }

    /** @param setUpFigure1 applies Ioffe and Szegedy's Figure 1 set-up to the experiment, or null */
    public TrainingCurvesView(Runnable setUpFigure1) {
        // the charts side by side, their titles at one size
        bnlab.app.style.FittingTitle.together(loss, accuracy);
        bnlab.app.style.FittingTitle.together(plainBand, bnBand);
        bnlab.app.style.FittingTitle.together(plainPath, bnPath);
        bnlab.app.style.FittingTitle.together(gradientChange, smoothness);
        pane = new CurvesPane(charts(), setUpFigure1);
        // the CSV from the engine's history, a row per recorded step, not the charts' points (CurvesTable)
        bnlab.app.TableCsv.attach(pane.node(), () -> last != null, () -> CurvesTable.of(last, lowerShows()));
        pane.node().getProperties().put(bnlab.app.export.Exporter.BEFORE_PICTURE, (Runnable) this::drawAll);
    }

    /** Every chart at the last snapshot now (a picture's four charts show one step; see Exporter.BEFORE_PICTURE). */
    private void drawAll() {
        if (last == null) {
            return;
        }
        if (dirty) {
            pending = 0b1111;
            dirty = false;
        }
        while (pending != 0) {
            redrawNext();
        }
    }

    @Override
    public void configure(java.util.Map<String, Object> options) {
        if (options.get("bands") instanceof Boolean b && b != bands) {
            bands = b;
            pane.showBands(b);
            dirty = true;
        }
        Object po = options.get("path");
        boolean known = po instanceof Boolean || "loss".equals(po) || "gradient".equals(po);
        if (known && (!Boolean.FALSE.equals(po) != path || "gradient".equals(po) != gradient)) {
            path = !Boolean.FALSE.equals(po);
            gradient = "gradient".equals(po);
            if (path && !bands) {
                bands = true;
                pane.showBands(true);
            }
            pane.showPath(path, lowerCharts()[0], lowerCharts()[1], pathTip());
            dirty = true;
            if (last != null) {
                show(last);
            }
        }
        if (options.get("lossMax") instanceof Number n && n.doubleValue() != lossMax) {
            lossMax = Math.max(0, n.doubleValue());
            dirty = true;
            if (last != null) {
                show(last);
            }
        }
        if (options.get("accuracyMark") instanceof Number n) {
            markAccuracy(n.doubleValue());
        }
        if (options.get("train") instanceof Boolean b && b != train) {
            train = b;
            accuracy.setTitle(I18n.get(b ? "curves.accuracy.train" : "curves.accuracy"));
            accuracy.getXYPlot().getRangeAxis().setLabel(I18n.get(b ? "curves.accuracyAxis.train" : "curves.accuracyAxis"));
            if (!b) {
                accuracy.getXYPlot().getRangeAxis().setRange(0, 1.02);
            }
            dirty = true;
            if (last != null) {
                show(last);
            }
        }
    }

    // a dashed line across the accuracy chart at this accuracy, labelled with it (0 or less: none)
    private void markAccuracy(double a) {
        org.jfree.chart.plot.XYPlot plot = accuracy.getXYPlot();
        plot.clearRangeMarkers();
        if (a > 0 && a <= 1) {
            org.jfree.chart.plot.ValueMarker m = bnlab.app.style.ChartStyle.namedLine(a,
                    Numbers.percent(a), bnlab.app.style.Look.current().ink());
            m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_RIGHT);
            plot.addRangeMarker(m);
        }
    }

    /**
     * Where the accuracy chart marks an accuracy, the step at which each twin's test accuracy first reached it: a dashed
     * line in the twin's colour, labelled "step 80" (lesson 4 asks how many steps each network needs to reach 90 %; a
     * step of 60 against 80 lay a few pixels apart on a 1,500-step axis: a teacher's review).
     */
    private void markReached(Series bn, Series plain) {
        org.jfree.chart.plot.XYPlot plot = accuracy.getXYPlot();
        double mark = accuracyMark();
        long[] now = Double.isNaN(mark) ? new long[] {-1, -1}
                : new long[] {firstReaching(bn, mark), firstReaching(plain, mark)};
        if (java.util.Arrays.equals(now, reached)) {
            return;
        }
        reached = now;
        plot.clearDomainMarkers();
        java.awt.Color[] colours = {Palette.BN, Palette.PLAIN};
        for (int t = 0; t < 2; t++) {
            if (now[t] >= 0) {
                org.jfree.chart.plot.ValueMarker m = bnlab.app.style.ChartStyle.namedLine(now[t],
                        I18n.get("curves.accuracy.reached", now[t]), colours[t]);
                m.setLabelPaint(colours[t]);
                // the labels low in the plot, right of their lines (the curves rise on the left and run along the
                // top), the plain twin's a line above the other's: two lines a few steps apart keep both readable
                m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
                m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_LEFT);
                double line = m.getLabelFont().getSize2D() * 1.5;
                m.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(3, 3, 3 + t * line, 3));
                plot.addDomainMarker(m);
            }
        }
    }

    /** The first evaluated step whose test accuracy is at least a, or -1. */
    public static long firstReaching(Series accuracy, double a) {
        double[] test = accuracy.column(TwinHistory.TEST);
        for (int i = 0; i < test.length; i++) {
            if (test[i] >= a) {
                return (long) accuracy.x(i);
            }
        }
        return -1;
    }

    /** The steps the accuracy chart marks as each twin's first at its accuracy line, -1 for none (for tests). */
    long[] reachedMarks() {
        return reached.clone();
    }

    /** The accuracy the accuracy chart marks with a line, or NaN (for tests). */
    double accuracyMark() {
        var markers = accuracy.getXYPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND);
        return markers == null || markers.isEmpty() ? Double.NaN
                : ((org.jfree.chart.plot.ValueMarker) markers.iterator().next()).getValue();
    }

    /** Whether the percentile bands show (for tests). */
    boolean showsBands() {
        return bands && !path;
    }

    /** Whether the lower charts show the gradient path (for tests). */
    boolean showsPath() {
        return bands && path;
    }

    /** What the lower charts show. */
    Lower lowerShows() {
        return !bands ? Lower.NONE : !path ? Lower.BANDS : gradient ? Lower.PATH_GRADIENT : Lower.PATH_LOSS;
    }

    // the lower charts: the plain twin's then BN's band or path, or the gradient's change then its smoothness
    private JFreeChart[] lowerCharts() {
        if (path) {
            return gradient ? new JFreeChart[] {gradientChange, smoothness} : new JFreeChart[] {plainPath, bnPath};
        }
        return new JFreeChart[] {plainBand, bnBand};
    }

    // what the path charts show, with the batch's size and the step sizes
    private String pathTip() {
        int rows = (last == null ? bnlab.engine.api.TrainSettings.defaults() : last.settings()).trainModeRows();
        return I18n.get(gradient ? "curves.gradient.tip" : "curves.path.tip", rows);
    }

    @Override
    public Node node() {
        return pane.node();
    }

    /**
     * While training runs, the four charts are redrawn on four consecutive frames rather than in one
     * (each redraw rasterizes a chart; four at once made one long frame). Paused: all at once, a round begun
     * while playing included (its charts already redrawn would keep the step before until the next snapshot).
     */
    @Override
    public void show(Snapshot s) {
        if (s.normalized() == null || s.plain() == null) {
            return;
        }
        dirty |= last == null || s.version() != last.version();
        last = s;
        if (!s.playing()) {
            drawAll();
            return;
        }
        long now = System.nanoTime();
        if (dirty && pending == 0 && now - lastRedraw >= MIN_REDRAW_NANOS) {
            pending = 0b1111;
            lastRedraw = now;
            dirty = false;
        }
        if (pending != 0) {
            redrawNext();
        }
    }

    /**
     * The twins' test accuracies at their last evaluation, or "" before one. A twin that diverged is said to have
     * stopped at its step, beside the other's accuracy at the other's last evaluation: the min of both last steps
     * wrote "at step 0" after 300 steps, beside 98.3 % evaluated at step 300 (lesson 7, step 3). {@code widest} words
     * the step of the last evaluation and the accuracies as wide as they get (see {@link #widestNow}).
     */
    private static String accuracyNow(TwinState bn, TwinState pl, String bnKey, String plainKey, boolean widest) {
        Series b = bn.history().accuracy();
        Series p = pl.history().accuracy();
        if (bn.diverged() && pl.diverged()) {
            return I18n.get("curves.accuracy.bothDiverged", bnKey, stoppedAt(bn), plainKey, stoppedAt(pl));
        }
        java.util.function.LongUnaryOperator step = widest ? Numbers::widestStep : s -> s;
        java.util.function.DoubleFunction<String> percent = widest ? a -> Numbers.widestPercent() : Numbers::percent;
        if (bn.diverged() || pl.diverged()) {
            boolean bnOn = !bn.diverged();
            Series on = bnOn ? b : p;
            double acc = on.isEmpty() ? Double.NaN : on.last(TwinHistory.TEST);
            if (!Double.isFinite(acc)) {
                return "";
            }
            return I18n.get("curves.accuracy.oneDiverged", step.applyAsLong((long) on.lastX()), bnOn ? bnKey : plainKey,
                    percent.apply(acc), bnOn ? plainKey : bnKey, stoppedAt(bnOn ? pl : bn));
        }
        if (b.isEmpty() || p.isEmpty()) {
            return "";
        }
        double bt = b.last(TwinHistory.TEST);
        double pt = p.last(TwinHistory.TEST);
        if (!Double.isFinite(bt) || !Double.isFinite(pt)) {
            return "";
        }
        return I18n.get("curves.accuracy.now", step.applyAsLong((long) Math.min(b.lastX(), p.lastX())), bnKey,
                percent.apply(bt), plainKey, percent.apply(pt));
    }

    /** The twins' last test accuracies, as the line over the charts says them. */
    private static String accuracyNow(TwinState bn, TwinState pl, String bnKey, String plainKey) {
        return accuracyNow(bn, pl, bnKey, plainKey, false);
    }

    /**
     * The line of accuracies as wide as it gets (the step of the last evaluation at least 99999, every accuracy
     * "99.9%"): the line keeps the room it takes (see CurvesPane.showNow), so it neither wraps when a number gains a
     * digit nor when the step does. Both twins diverged: the line itself (its steps do not change).
     */
    private static String widestNow(TwinState bn, TwinState pl, String bnKey, String plainKey) {
        return accuracyNow(bn, pl, bnKey, plainKey, true);
    }

    // the step at which a diverged twin stopped, as its problem gives it (the engine's divergence codes carry it first)
    private static long stoppedAt(TwinState t) {
        return t.divergence().args().isEmpty() || !(t.divergence().arg(0) instanceof Number n) ? t.evalStep()
                : n.longValue();
    }

    /** The line of last test accuracies over the charts, "" while there is none (tests). */
    String accuracyNow() {
        return pane.nowText();
    }

    private void redrawNext() {
        int chart = Integer.numberOfTrailingZeros(pending);
        pending &= ~(1 << chart);
        TwinState bn = last.normalized();
        TwinState pl = last.plain();
        String bnKey = I18n.get("twin.normalized", bnlab.app.i18n.NormWords.of(last));
        String plainKey = I18n.get("twin.plain");
        pane.names(bnKey, plainKey);
        sameSteps(charts()[chart]);
        switch (chart) {
            case 0 -> {
                Series b = bn.history().loss();
                Series p = pl.history().loss();
                double[] by = positive(b.column(TwinHistory.LOSS));
                double[] py = positive(p.column(TwinHistory.LOSS));
                CurveCharts.show(loss, CurveCharts.twins(pane.groups(0), true, bnKey, b.xs(), by, plainKey,
                        p.xs(), py), AxisRange.capped(AxisRange.of(true, by, py), lossMax));
            }
            case 1 -> {
                Series b = bn.history().accuracy();
                Series p = pl.history().accuracy();
                double[] bTest = b.column(TwinHistory.TEST);
                double[] pTest = p.column(TwinHistory.TEST);
                var data = CurveCharts.twins(pane.groups(1), false, bnKey, b.xs(), bTest, plainKey, p.xs(), pTest);
                org.jfree.data.Range y = null;
                if (train) {
                    // thin: the training set in eval mode, as the network would be used
                    double[] bt = b.column(TwinHistory.TRAIN_EVAL_MODE);
                    double[] pt = p.column(TwinHistory.TRAIN_EVAL_MODE);
                    data.addSeries(I18n.get("curves.trainSeries", bnKey),
                            bnlab.app.style.Columns.summary(b.xs(), bt, pane.groups(1), false));
                    data.addSeries(I18n.get("curves.trainSeries", plainKey),
                            bnlab.app.style.Columns.summary(p.xs(), pt, pane.groups(1), false));
                    y = AxisRange.accuracy(bTest, pTest, bt, pt);
                }
                pane.showNow(accuracyNow(bn, pl, bnKey, plainKey), widestNow(bn, pl, bnKey, plainKey));
                CurveCharts.show(accuracy, data, y);
                markReached(b, p);
            }
            case 2 -> {
                if (path && gradient) {
                    pane.setPathTip(pathTip());
                    GradientCharts.show(gradientChange, pane.groups(2), TwinHistory.PATH_GRAD_CHANGE, bnKey,
                            bn.history().path(), plainKey, pl.history().path());
                    break;
                }
                if (path) {
                    pane.setPathTip(pathTip());
                    pathBand(plainPath, pane.groups(2), plainKey, pl.history().path(), pathTitle(last, false),
                            pathRange());
                    break;
                }
                pane.setBandTip(bnlab.app.i18n.ArchWords.get("curves.band.tip", bnlab.app.i18n.ArchWords.cnn(last),
                        last.data().evalTrainSize(), last.settings().trainModeRows()));
                band(plainBand, pane.groups(2), plainKey, pl.history().percentiles(), bandTitle(last, false),
                        bandRange());
                // the note is Figure 1's (the plain band should drift, BN's stay): noise after BN moves BN's on purpose
                pane.showNote(bands && !last.settings().noisy()
                        && !Drift.shows(pl.history().percentiles(), bn.history().percentiles()));
            }
            default -> {
                if (path && gradient) {
                    GradientCharts.show(smoothness, pane.groups(3), TwinHistory.PATH_SMOOTHNESS, bnKey,
                            bn.history().path(), plainKey, pl.history().path());
                } else if (path) {
                    pathBand(bnPath, pane.groups(3), bnKey, bn.history().path(), pathTitle(last, true), pathRange());
                } else {
                    band(bnBand, pane.groups(3), bnKey, bn.history().percentiles(), bandTitle(last, true),
                            bandRange());
                }
            }
        }
    }

    /**
     * Every chart's step axis runs from 0 to a little past the snapshot's step ({@link #stepAxisEnd}), so the four read
     * against one another: the test accuracy, evaluated a few steps behind the loss (spread over steps on a large test
     * set), ends short of the right edge instead of stretching its own axis (lesson 4 at step 460 had its accuracy axis
     * end at 280).
     */
    private void sameSteps(org.jfree.chart.JFreeChart c) {
        c.getXYPlot().getDomainAxis().setRange(new org.jfree.data.Range(0, stepAxisEnd(last.step())), true, false);
    }

    /** The step axes' margin past the last step, a share of the axis: the dot where a line is now shows whole. */
    static final double END_MARGIN = 0.04;

    /** Where the step axes end at this step: max(1, step) x (1 + END_MARGIN). */
    public static double stepAxisEnd(long step) {
        return Math.max(1, step) * (1 + END_MARGIN);
    }

    /**
     * A band chart's title: the twin and what the band is of, the activation named ("unit 1's input to sigmoid";
     * the probe's unit, the first where it pools every unit in the histograms, as the percentiles then do).
     */
    public static String bandTitle(Snapshot s, boolean normalized) {
        String what = bnlab.app.i18n.ArchWords.get("curves.band.input", bnlab.app.i18n.ArchWords.cnn(s),
                I18n.label(s.spec().activation()), Math.max(0, s.settings().probeUnit()) + 1);
        return normalized ? I18n.get("curves.band.normalized", bnlab.app.i18n.NormWords.of(s), what)
                : I18n.get("curves.band.plain", what);
    }

    // one y range for both band charts, over both twins' percentiles
    private org.jfree.data.Range bandRange() {
        Series b = last.normalized().history().percentiles();
        Series p = last.plain().history().percentiles();
        return AxisRange.of(false, b.column(TwinHistory.P15), b.column(TwinHistory.P50), b.column(TwinHistory.P85),
                p.column(TwinHistory.P15), p.column(TwinHistory.P50), p.column(TwinHistory.P85));
    }

    /** A gradient-path chart's title: the twin, and "loss along the gradient". */
    static String pathTitle(Snapshot s, boolean normalized) {
        return normalized ? I18n.get("curves.path.normalized", bnlab.app.i18n.NormWords.of(s))
                : I18n.get("curves.path.plain");
    }

    // one y range for both path charts, over both twins' losses along the gradient
    private org.jfree.data.Range pathRange() {
        Series b = last.normalized().history().path();
        Series p = last.plain().history().path();
        return AxisRange.of(false, b.column(TwinHistory.PATH_MIN), b.column(TwinHistory.PATH_LOSS),
                b.column(TwinHistory.PATH_MAX), p.column(TwinHistory.PATH_MIN), p.column(TwinHistory.PATH_LOSS),
                p.column(TwinHistory.PATH_MAX));
    }

    private static void pathBand(JFreeChart chart, int groups, String key, Series p, String title,
                                 org.jfree.data.Range y) {
        if (!title.equals(chart.getTitle().getText())) {
            chart.setTitle(title);
        }
        CurveCharts.showPath(chart, groups, key, p.xs(), p.column(TwinHistory.PATH_MIN),
                p.column(TwinHistory.PATH_LOSS), p.column(TwinHistory.PATH_MAX), y);
    }

    private static void band(JFreeChart chart, int groups, String key, Series p, String title,
                             org.jfree.data.Range y) {
        if (!title.equals(chart.getTitle().getText())) {
            chart.setTitle(title);
        }
        CurveCharts.showBand(chart, groups, key, p.xs(), p.column(TwinHistory.P15), p.column(TwinHistory.P50),
                p.column(TwinHistory.P85), y);
    }

    /** A loss for a log axis: NaN (a gap) where it is not a positive finite number. */
    private static double[] positive(double[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] > 0 && Double.isFinite(v[i]))) {
                v[i] = Double.NaN;
            }
        }
        return v;
    }

    /** Whether the view says the set-up shows little drift (for tests). */
    boolean saysTooEasy() {
        return pane.showsNote();
    }

    /** The layout (for tests). */
    CurvesPane pane() {
        return pane;
    }

    /** The twins' legend above the loss and accuracy charts (for tests). */
    bnlab.app.style.LineLegend legend() {
        return pane.legend();
    }

    /** The loss axis's range as drawn (for tests: a lesson's lossMax). */
    public org.jfree.data.Range lossAxis() {
        return loss.getXYPlot().getRangeAxis().getRange();
    }

    /** Package-private for tests: the four charts, loss, accuracy, plain band, BN band (or their paths). */
    JFreeChart[] charts() {
        JFreeChart[] low = lowerCharts();
        return new JFreeChart[] {loss, accuracy, low[0], low[1]};
    }
}
