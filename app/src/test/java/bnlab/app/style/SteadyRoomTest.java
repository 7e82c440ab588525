package bnlab.app.style;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A live chart's plot keeps its place as its axis's labels change from draw to draw ("0.1" and "0.02" on a loss axis
 * moved it sideways by a digit every few frames; lesson 14's accuracy axis twice in 6 s), gives
 * the room back once the narrower labels have lasted, and starts afresh at another width. Each axis that keeps its room
 * (the histograms' count axis in its own package's test), each with two ranges whose labels need rooms a digit apart.
 */
class SteadyRoomTest {
    static Stream<Arguments> axes() {
        return Stream.of(
                Arguments.of("log", (Supplier<ValueAxis>) () -> new ReadableLogAxis("loss"), new double[] {0.003, 0.05},
                        new double[] {0.1, 1}),
                Arguments.of("percent", (Supplier<ValueAxis>) () -> new PercentAxis("gap"), new double[] {-0.125, 0.1},
                        new double[] {0.2, 0.8}),
                Arguments.of("accuracy", (Supplier<ValueAxis>) () -> new AccuracyAxis("accuracy"),
                        new double[] {0, 1.02}, new double[] {0.2, 0.8}));
    }

    private static JFreeChart chart(ValueAxis y) {
        XYSeries s = new XYSeries("loss");
        s.add(0, 0.5);
        s.add(1, 0.2);
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), new NumberAxis("step"), y, new XYLineAndShapeRenderer());
        return new JFreeChart(null, ChartStyle.LEGEND, plot, false);
    }

    // the plot's left edge after drawing the chart at this width with the axis over the range
    private static double plotLeft(JFreeChart chart, int width, double[] range) {
        chart.getXYPlot().getRangeAxis().setRange(range[0], range[1]);
        return PlotArea.of(chart, width, 300).getX();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("axes")
    void theRoomGrowsAtOnceAndIsGivenBackOnlyAfterTheNarrowerLabelsLasted(String name, Supplier<ValueAxis> axis,
                                                                          double[] wider, double[] narrower) {
        // each range alone, on a fresh axis: the two need rooms a digit apart (else this test could not fail)
        double wide = plotLeft(chart(axis.get()), 400, wider);
        double narrow = plotLeft(chart(axis.get()), 400, narrower);
        assertNotEquals(wide, narrow, 0.5, "the labels' widths differ");

        JFreeChart c = chart(axis.get());
        assertEquals(narrow, plotLeft(c, 400, narrower), 1e-9);
        assertEquals(wide, plotLeft(c, 400, wider), 1e-9, "grows at once");
        for (int i = 1; i < SteadyRoom.GIVE_BACK_AFTER; i++) {
            assertEquals(wide, plotLeft(c, 400, narrower), 1e-9, "kept while the narrower labels last " + i + " draws");
        }
        assertEquals(narrow, plotLeft(c, 400, narrower), 1e-9, "given back");
        assertEquals(wide, plotLeft(c, 400, wider), 1e-9);
        assertEquals(plotLeft(chart(axis.get()), 500, narrower), plotLeft(c, 500, narrower), 1e-9,
                "afresh at another width");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("axes")
    void aCopyOfTheAxisKeepsARoomOfItsOwn(String name, Supplier<ValueAxis> axis, double[] wider, double[] narrower)
            throws Exception {
        JFreeChart c = chart(axis.get());
        double wide = plotLeft(c, 400, wider);
        JFreeChart copy = (JFreeChart) c.clone();
        double narrow = plotLeft(copy, 400, narrower);
        assertNotEquals(wide, narrow, 0.5, "the copy fits its own labels");
        assertEquals(wide, plotLeft(c, 400, narrower), 1e-9, "the original keeps its room");
    }
}
