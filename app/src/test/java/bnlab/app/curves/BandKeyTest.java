package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.Range;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The percentile charts' key: in the plot, in the corner the band leaves most free, naming the line and the band. */
class BandKeyTest {
    private static final Range X = new Range(0, 100);
    private static final Range Y = new Range(-2, 2);

    // a band from lo to hi at x = 0..100, one point a step
    private static double[][] band(java.util.function.IntToDoubleFunction lo, java.util.function.IntToDoubleFunction hi) {
        double[][] b = new double[3][101];
        for (int i = 0; i <= 100; i++) {
            b[0][i] = i;
            b[1][i] = lo.applyAsDouble(i);
            b[2][i] = hi.applyAsDouble(i);
        }
        return b;
    }

    private static BandKey.Corner best(double[][] b) {
        return BandKey.best(b[0], b[1], b[2], X, Y);
    }

    @Test
    void theKeyGoesWhereTheBandIsNot() {
        // a narrow band in the middle leaves every corner: the first, top left
        assertEquals(BandKey.Corner.TOP_LEFT, best(band(i -> -0.1, i -> 0.1)));
        // a band high all along: a bottom corner
        assertEquals(BandKey.Corner.BOTTOM_LEFT, best(band(i -> 1.0, i -> 1.9)));
        // a band drifting up from the bottom left to the top right (Figure 1's plain twin): top left
        assertEquals(BandKey.Corner.TOP_LEFT, best(band(i -> -1.9 + 0.03 * i, i -> -1.5 + 0.03 * i)));
        // drifting down from the top left: the top right and the bottom left are free, the first of them
        assertEquals(BandKey.Corner.TOP_RIGHT, best(band(i -> 1.5 - 0.03 * i, i -> 1.9 - 0.03 * i)));
        // wide at first, then narrow and high (BN's band settling above 0): bottom right
        assertEquals(BandKey.Corner.BOTTOM_RIGHT, best(band(i -> i < 40 ? -1.9 : 1.0, i -> 1.9)));
        // filling the top left and both bottoms: top right
        assertEquals(BandKey.Corner.TOP_RIGHT, best(band(i -> -1.9, i -> i < 50 ? 1.9 : 0.0)));
    }

    @Test
    void aPointOffTheChartOrNotANumberIsNotCounted() {
        double[][] b = band(i -> 1.0, i -> 1.9);
        b[1][3] = Double.NaN;
        b[2][90] = Double.POSITIVE_INFINITY;
        assertEquals(BandKey.Corner.BOTTOM_LEFT, best(b));
    }

    @Test
    void aBandChartHasOneKeyNamingTheLineAndTheBandThatMovesWithTheBand() {
        JFreeChart chart = CurveCharts.band("t", Palette.PLAIN);
        double[][] high = band(i -> 1.0, i -> 1.9);
        double[] mid = new double[101];
        CurveCharts.showBand(chart, 50, "k", high[0], high[1], mid, high[2], Y);
        List<BandKey.Key> keys = keys(chart);
        assertEquals(1, keys.size());
        assertEquals(BandKey.Corner.BOTTOM_LEFT, keys.get(0).corner);
        LegendTitle legend = (LegendTitle) keys.get(0).getTitle();
        List<String> labels = new ArrayList<>();
        org.jfree.chart.LegendItemCollection items = legend.getSources()[0].getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            LegendItem item = items.get(i);
            labels.add(item.getLabel());
            assertEquals(Palette.PLAIN.getRGB() & 0xFFFFFF, ((java.awt.Color) (item.isLineVisible()
                    ? item.getLinePaint() : item.getFillPaint())).getRGB() & 0xFFFFFF, "in the twin's colour");
        }
        assertEquals(List.of(I18n.get("curves.band.key.median"), I18n.get("curves.band.key.band")), labels);
        // the same again: the same key; the band moved low: one key, moved to the top
        CurveCharts.showBand(chart, 50, "k", high[0], high[1], mid, high[2], Y);
        assertEquals(keys, keys(chart));
        double[][] low = band(i -> -1.9, i -> -1.0);
        CurveCharts.showBand(chart, 50, "k", low[0], low[1], mid, low[2], Y);
        assertEquals(1, keys(chart).size());
        assertEquals(BandKey.Corner.TOP_LEFT, keys(chart).get(0).corner);
    }

    /**
     * A copy of the chart (a recording's frames are drawn off the FX thread; an export in the other theme) has a key
     * of its own, in the look current when it was copied: it shared the live key's legend, whose items two threads
     * laid out at once (a ConcurrentModificationException in RecorderTest).
     */
    @Test
    void aCopyOfTheChartHasAKeyOfItsOwnInTheLookItWasCopiedIn() throws Exception {
        JFreeChart chart = CurveCharts.band("t", Palette.BN);
        double[][] high = band(i -> 1.0, i -> 1.9);
        CurveCharts.showBand(chart, 50, "k", high[0], high[1], new double[101], high[2], Y);
        bnlab.app.style.Look shown = bnlab.app.style.Look.current();
        bnlab.app.style.Look dark = new bnlab.app.style.Look(bnlab.app.style.Theme.DARK, shown.scale());
        JFreeChart copy;
        bnlab.app.style.Look.use(dark);
        try {
            copy = (JFreeChart) chart.clone();
        } finally {
            bnlab.app.style.Look.use(shown);
        }
        BandKey.Key live = keys(chart).get(0);
        BandKey.Key copied = keys(copy).get(0);
        assertEquals(1, keys(copy).size());
        org.junit.jupiter.api.Assertions.assertNotSame(live.getTitle(), copied.getTitle(), "a legend of its own");
        assertEquals(live.corner, copied.corner);
        assertEquals(dark.ink(), ((LegendTitle) copied.getTitle()).getItemPaint(), "in the dark look");
        assertEquals(shown.ink(), ((LegendTitle) live.getTitle()).getItemPaint(), "the live key unchanged");
    }

    private static List<BandKey.Key> keys(JFreeChart chart) {
        List<BandKey.Key> keys = new ArrayList<>();
        for (XYAnnotation a : chart.getXYPlot().getAnnotations()) {
            if (a instanceof BandKey.Key k) {
                keys.add(k);
            }
        }
        return keys;
    }
}
