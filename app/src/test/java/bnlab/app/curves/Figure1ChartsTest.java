package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Palette;
import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.RunResult;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figure 1's panels drawn from a headless run: the paper's titles, the twins' colours, its accuracy axis. */
class Figure1ChartsTest {
    private static RunResult run;

    @BeforeAll
    static void run() {
        I18n.setLocale(Locale.ENGLISH);
        DecimatingBuffer acc = new DecimatingBuffer(6, 2);
        acc.add(0, 0.1, 0.1);
        acc.add(100, 0.91, 0.82);
        acc.add(200, 0.95, 0.86);
        acc.add(300, 0.97, Double.NaN); // the plain twin diverged
        DecimatingBuffer pct = new DecimatingBuffer(6, 6);
        pct.add(0, -1, 0, 1, -1, 0, 1);
        pct.add(150, -1.1, 0, 1.1, -3, -2, -1);
        pct.add(300, -1, 0.1, 1, Double.NaN, Double.NaN, Double.NaN);
        run = new RunResult(acc.view(), pct.view(), 1000, 100, null, null, 1, 1);
    }

    @Test
    void thePanelsAreTheAccuracyThenTheBandsWithoutAndWithBn() {
        List<JFreeChart> charts = Figure1Charts.of(run, "BatchNorm", 600);
        assertEquals(I18n.get("figure1.a"), charts.get(0).getTitle().getText());
        assertEquals(I18n.get("figure1.b", "BatchNorm"), charts.get(1).getTitle().getText());
        assertEquals(I18n.get("figure1.c", "BatchNorm"), charts.get(2).getTitle().getText());
        assertNotNull(charts.get(0).getLegend(), "(a) names the twins");
        assertEquals(org.jfree.chart.ui.RectangleEdge.TOP, charts.get(0).getLegend().getPosition(), "under the title");

        XYPlot a = charts.get(0).getXYPlot();
        XYDataset twins = a.getDataset();
        assertEquals(I18n.get("twin.normalized", "BatchNorm"), twins.getSeriesKey(0));
        assertEquals(I18n.get("twin.plain"), twins.getSeriesKey(1));
        assertEquals(Palette.BN, a.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.PLAIN, a.getRenderer().getSeriesPaint(1));
        assertEquals(ChartStyle.PLAIN_LINE, a.getRenderer().getSeriesStroke(1));
        assertEquals(4, twins.getItemCount(1));
        assertTrue(Double.isNaN(twins.getYValue(1, 3)), "the diverged twin's curve ends");
        // from a multiple of 0.05 under the lowest accuracy after step 0 (0.82), to 1
        assertEquals(0.8, a.getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(1.0, a.getRangeAxis().getUpperBound(), 1e-12);
        // in percent, as the lessons and the paper speak of accuracy
        List<String> ticks = bnlab.app.style.AxisTicks.labels(a.getRangeAxis(), 300);
        assertTrue(ticks.containsAll(List.of("80%", "90%", "100%")) && ticks.stream().allMatch(t -> t.matches("\\d+%")),
                ticks.toString());

        XYPlot plain = charts.get(1).getXYPlot();
        XYPlot bn = charts.get(2).getXYPlot();
        assertEquals(Palette.PLAIN, plain.getRenderer().getSeriesPaint(0));
        assertEquals(Palette.BN, bn.getRenderer().getSeriesPaint(0));
        assertEquals(-2.0, plain.getDataset().getYValue(0, 1), "the plain twin's median");
        assertEquals(0.1, bn.getDataset().getYValue(0, 2), "BN's median");
        assertTrue(plain.getRangeAxis().getLowerBound() < -3, "the range covers the band");
    }
}
