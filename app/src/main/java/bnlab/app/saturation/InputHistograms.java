package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.AreaRenderer;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.Histogram;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The twins' input histograms laid over the curves in [-w, w], each scaled to its own peak (the
 * largest bin in the window = 1, on a hidden axis), and one edge bin on each side, outside the window,
 * for what lies beyond +-w: its height is its count over the peak (at most 1), its label the
 * percentage of the twin's inputs. The narrower twin is drawn in front in a strong fill, the wider behind it in
 * a light one: BatchNorm's bell over the plain twin's wide spread, and, where the plain twin's inputs all sit
 * near 0 (tiny initial weights), its spike over BatchNorm's bell instead of hidden behind it. The twin behind
 * has its outline drawn again over the one in front, so two near-equal histograms (Xavier's start) both show.
 */
final class InputHistograms {
    /** Rows of the percentage labels over the edge bins, in lines from the plot's top ({@link EdgeLabel}). */
    private static final int BN_ROW = 0;
    private static final int PLAIN_ROW = 1;
    /**
     * The edge bins' labels: the bundled family (the logical SansSerif has no hanzi where the system has no
     * CJK font) at the window's type scale.
     */
    private final Font labelFont = bnlab.app.style.Look.current().font(Font.BOLD, 16);

    final XYSeriesCollection series = new XYSeriesCollection();
    final AreaRenderer renderer = new AreaRenderer();
    private final List<XYTextAnnotation> labels = new ArrayList<>();
    /**
     * The twins swap places only when one's spread passes the other's by this factor: near-equal spreads
     * would swap fills from frame to frame.
     */
    static final double SWAP = 1.25;
    private static final double STRONG = 0.7;
    private static final double LIGHT = 0.22;
    private Framed bn;
    private Framed plain;
    private boolean plainInFront;
    /** The outline of the twin behind, drawn over the one in front (null when one twin is left out). */
    private org.jfree.chart.annotations.XYPolygonAnnotation behind;

    InputHistograms() {
        renderer.setOutline(true);
        renderer.setSolidLegend(true);
    }

    /** The BN twin's histogram as last drawn, or null when it was left out. */
    Framed bn() {
        return bn;
    }

    /** The plain twin's histogram as last drawn, or null when it was left out. */
    Framed plain() {
        return plain;
    }

    /** The edge-bin labels now drawn. */
    List<XYTextAnnotation> labels() {
        return List.copyOf(labels);
    }

    /** "beyond ±8: 18% of the inputs without normalization, 0% with BatchNorm" (twins left out are not named). */
    String outside(double w, String plainName, String bnName) {
        return outside(w, plainName, bnName, f -> Numbers.percent(f.fractionOutside()));
    }

    /** The same line with the widest shares it shows ("99.9%"): the line keeps its form as its digits change. */
    String outsideWidest(double w, String plainName, String bnName) {
        return outside(w, plainName, bnName, f -> Numbers.widestPercent());
    }

    private String outside(double w, String plainName, String bnName, java.util.function.Function<Framed, String> share) {
        String edge = Numbers.format(w);
        if (plain != null && bn != null) {
            return I18n.get("saturation.outside", edge, share.apply(plain), plainName, share.apply(bn), bnName);
        }
        Framed one = plain != null ? plain : bn;
        return one == null ? "" : I18n.get("saturation.outside.one", edge, share.apply(one),
                one == plain ? plainName : bnName);
    }

    /** Draw both twins (null or NaN histograms are left out) through the window [-w, w] with edge bins e wide. */
    void draw(Histogram bnH, String bnName, Histogram plainH, String plainName, double w, double e) {
        series.setNotify(false);
        series.removeAllSeries();
        for (XYTextAnnotation a : labels) {
            renderer.removeAnnotation(a);
        }
        labels.clear();
        if (behind != null) {
            renderer.removeAnnotation(behind);
            behind = null;
        }
        plainInFront = narrower(Frame.usable(bnH) ? bnH.std() : Double.NaN,
                Frame.usable(plainH) ? plainH.std() : Double.NaN, plainInFront);
        bn = add(bnName, bnH, w, e, Palette.BN, BN_ROW, plainInFront ? LIGHT : STRONG);
        plain = add(plainName, plainH, w, e, Palette.PLAIN, PLAIN_ROW, plainInFront ? STRONG : LIGHT);
        if (bn != null && plain != null) {
            outlineAgain(series.getSeries(plainInFront ? 0 : 1), plainInFront ? Palette.BN : Palette.PLAIN);
        }
        series.setNotify(true);
    }

    // the outline of s drawn over every series of the renderer (an annotation: no series of its own for the
    // legend or the exported CSV to list twice)
    private void outlineAgain(XYSeries s, Color color) {
        double[] xy = new double[2 * s.getItemCount()];
        for (int i = 0; i < s.getItemCount(); i++) {
            xy[2 * i] = s.getX(i).doubleValue();
            xy[2 * i + 1] = s.getY(i).doubleValue();
        }
        behind = new org.jfree.chart.annotations.XYPolygonAnnotation(xy, ChartStyle.THIN, color, null);
        renderer.addAnnotation(behind, Layer.FOREGROUND);
    }

    /** The outline of the twin drawn behind, as drawn again in front, or null (tests). */
    org.jfree.chart.annotations.XYPolygonAnnotation behind() {
        return behind;
    }

    /**
     * Whether the plain twin is the narrower, by spread (std): it becomes so when its spread is below the
     * BatchNorm twin's / SWAP and stops when above it x SWAP; in between, or with a spread missing, as it was.
     */
    static boolean narrower(double bnStd, double plainStd, boolean was) {
        if (!(bnStd >= 0) || !(plainStd >= 0)) {
            return was;
        }
        if (plainStd * SWAP < bnStd) {
            return true;
        }
        return plainStd > bnStd * SWAP ? false : was;
    }

    /**
     * The order the plot draws the series in: the BatchNorm twin's (series 0) last, in front, unless the plain
     * twin is the narrower (XYPlot's REVERSE draws series 0 last).
     */
    org.jfree.chart.plot.SeriesRenderingOrder order() {
        return plainInFront ? org.jfree.chart.plot.SeriesRenderingOrder.FORWARD
                : org.jfree.chart.plot.SeriesRenderingOrder.REVERSE;
    }

    private Framed add(String name, Histogram h, double w, double e, Color color, int row, double fill) {
        if (!Frame.usable(h)) {
            return null;
        }
        Framed f = Framed.of(h, w);
        double peak = f.peak() > 0 ? f.peak() : 1;
        XYSeries s = new XYSeries(name, false, true);
        // edge bin below -w over [-w - e, -w]: height min(1, below / peak)
        strip(s, -w - e, -w, Math.min(1, f.below() / peak));
        int n = f.from().length;
        if (n > 0) {
            s.add(f.from()[0], 0, false);
        }
        for (int i = 0; i < n; i++) {
            double y = f.count()[i] / peak; // scaled to fit: peak = 1
            s.add(f.from()[i], y, false);
            s.add(f.to()[i], y, false);
        }
        if (n > 0) {
            s.add(f.to()[n - 1], 0, false);
        }
        strip(s, w, w + e, Math.min(1, f.above() / peak));
        int i = series.getSeriesCount();
        series.addSeries(s);
        renderer.setSeriesPaint(i, Palette.alpha(color, fill));
        renderer.setSeriesOutlinePaint(i, color);
        renderer.setSeriesOutlineStroke(i, ChartStyle.THIN);
        label("saturation.edge.below", f.fractionBelow(), -w - e, row, TextAnchor.TOP_LEFT, color);
        label("saturation.edge.above", f.fractionAbove(), w + e, row, TextAnchor.TOP_RIGHT, color);
        return f;
    }

    private static void strip(XYSeries s, double a, double b, double height) {
        s.add(a, 0, false);
        if (height > 0) {
            s.add(a, height, false);
            s.add(b, height, false);
        }
        s.add(b, 0, false);
    }

    /** "◀ 9%" over an edge bin, when at least 0.1% of the twin's inputs are there. */
    private void label(String key, double fraction, double x, int row, TextAnchor anchor, Color color) {
        if (!(fraction >= 0.0005)) {
            return;
        }
        XYTextAnnotation a = new EdgeLabel(I18n.get(key, Numbers.percent(fraction)), I18n.get(key, Numbers.percent(1)), x, row);
        a.setFont(labelFont);
        a.setPaint(color);
        a.setTextAnchor(anchor);
        labels.add(a);
        renderer.addAnnotation(a, Layer.FOREGROUND); // drawn with the histograms, in its row from the plot's top
    }
}
