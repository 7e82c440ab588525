package bnlab.app.saturation;

import bnlab.app.i18n.Fonts;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edge bins' percentages sit in rows under the plot's top edge at any height: placed at heights on the
 * histograms' hidden axis (1.26 and 1.12 of 1.45) they crossed the top edge and the twins' two rows ran into each
 * other where the chart was short (lesson 7 with its divergence banner at 1280 x 720). The oracle is the pixels:
 * the chart drawn without labels, with the BatchNorm twin's and with the plain twin's, and where each differs.
 */
class EdgeLabelTest {
    private static final Font FONT = new Font(Fonts.awtFamily(), Font.BOLD, 16);

    @Test
    void rowsUnderTheTopEdgeApartAtEveryHeight() {
        for (int height : new int[]{70, 90, 120, 200, 320}) {
            Drawn none = draw(height, List.of());
            Drawn bn = draw(height, List.of(label("\u25c0 0.3%", -5.3, 0, TextAnchor.TOP_LEFT),
                    label("0.3% \u25b6", 5.3, 0, TextAnchor.TOP_RIGHT)));
            Drawn plain = draw(height, List.of(label("\u25c0 12%", -5.3, 1, TextAnchor.TOP_LEFT),
                    label("9% \u25b6", 5.3, 1, TextAnchor.TOP_RIGHT)));
            Rectangle top = changed(none, bn);
            Rectangle below = changed(none, plain);
            assertNotNull(top, "drawn at " + height);
            assertNotNull(below, "drawn at " + height);
            Rectangle2D area = none.dataArea;
            assertTrue(top.y >= area.getMinY(), height + " px: the first row from " + top.y + ", the plot from "
                    + area.getMinY());
            assertTrue(top.y + top.height <= below.y, height + " px: the rows " + top + " and " + below + " overlap");
            assertTrue(below.y + below.height <= area.getMaxY(), height + " px: the second row inside the plot");
        }
    }

    @Test
    void theOracleSeesTheOldPlacementCutAtTheTop() {
        int height = 70;
        Drawn none = draw(height, List.of());
        XYTextAnnotation old = new XYTextAnnotation("\u25c0 0.3%", -5.3, 1.26);
        old.setFont(FONT);
        old.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        Rectangle cut = changed(none, draw(height, List.of(old)));
        Rectangle whole = changed(none, draw(height, List.of(label("\u25c0 0.3%", -5.3, 0, TextAnchor.TOP_LEFT))));
        assertNotNull(cut);
        // the plot clips what crosses its top edge: the old label lost its upper part there
        assertTrue(cut.y <= none.dataArea.getMinY() + 1 && cut.height < whole.height - 3, cut + " against " + whole);
    }

    /**
     * The sigmoid's asymptote f = 1 crossed the right edge's first row (lesson 9 at 1280 x 720, "7.7%" struck through):
     * an edge's rows now stand under a curve that crosses them. The oracle: the labels' pixels (blue) and the curve's
     * (black, drawn without the labels) at least a pixel apart, each row whole inside the plot, the rows apart.
     */
    @Test
    void rowsStandClearOfTheCurveThatCrossesThem() {
        for (int height : new int[]{120, 200, 320, 420}) {
            Drawn curve = drawOverSigmoid(height, List.of());
            Drawn labelled = drawOverSigmoid(height, List.of(
                    label("\u25c0 8.6%", -10.625, 0, TextAnchor.TOP_LEFT), label("\u25c0 12%", -10.625, 1, TextAnchor.TOP_LEFT),
                    label("7.7% \u25b6", 10.625, 0, TextAnchor.TOP_RIGHT), label("9% \u25b6", 10.625, 1, TextAnchor.TOP_RIGHT)));
            int blue = inkClearOf(labelled, curve, height, true, x -> false, Color.BLACK);
            assertTrue(blue > 100, height + " px: the labels were drawn (" + blue + " pixels)");
        }
    }

    /**
     * Moved under the sigmoid, the right edge's label then sat on the plain twin's histogram outline, which ran
     * through its digits in the label's own colour (lesson 2 at N(0, 10²), 1280 x 720): a row keeps clear of the
     * histograms' outlines too.
     */
    @Test
    void rowsStandClearOfTheHistogramsOutlines() {
        for (int height : new int[]{90, 120, 150, 200, 320}) {
            Drawn bare = drawOverSigmoid(height, List.of(), true);
            Drawn labelled = drawOverSigmoid(height, List.of(
                    label("\u25c0 44.5%", -10.625, 1, TextAnchor.TOP_LEFT),
                    label("44.5% \u25b6", 10.625, 1, TextAnchor.TOP_RIGHT)), true);
            // the outlines' drops to 0 at +-10 lie under the window's dashed edges in the chart, which the labels cross
            int blue = inkClearOf(labelled, bare, height, false,
                    x -> Math.abs(x - column(bare, -10)) <= 1 || Math.abs(x - column(bare, 10)) <= 1,
                    Color.BLACK, Color.GREEN);
            assertTrue(blue > 50, height + " px: the labels were drawn (" + blue + " pixels)");
        }
    }

    /**
     * Asserts that no pixel of the labels' ink (blue) in labelled lies within a pixel of a line's colour in bare (the
     * chart drawn without them), but in the columns skipped, and, where asked, that all of it lies inside the plot;
     * returns how many ink pixels there are.
     */
    private static int inkClearOf(Drawn labelled, Drawn bare, int height, boolean insidePlot,
                                  java.util.function.IntPredicate skipColumn, Color... lines) {
        int blue = 0;
        for (int y = 0; y < labelled.image.getHeight(); y++) {
            for (int x = 0; x < labelled.image.getWidth(); x++) {
                if (labelled.image.getRGB(x, y) != Color.BLUE.getRGB()) {
                    continue;
                }
                blue++;
                assertTrue(!insidePlot || bare.dataArea.contains(x, y), height + " px: label ink at " + x + "," + y
                        + " outside the plot " + bare.dataArea);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int cx = Math.min(Math.max(x + dx, 0), bare.image.getWidth() - 1);
                        int cy = Math.min(Math.max(y + dy, 0), bare.image.getHeight() - 1);
                        int under = bare.image.getRGB(cx, cy);
                        for (Color line : lines) {
                            assertTrue(skipColumn.test(cx) || under != line.getRGB(), height + " px: label ink at "
                                    + x + "," + y + " touches a line");
                        }
                    }
                }
            }
        }
        return blue;
    }

    // the pixel column of z on the curve chart's x axis (-10.625 to 10.625)
    private static int column(Drawn d, double z) {
        Rectangle2D a = d.dataArea;
        return (int) Math.round(a.getMinX() + (z + 10.625) / 21.25 * a.getWidth());
    }

    @Test
    void aRowMovesOnlyWhereALineCrossesIt() {
        Drawn none = drawOverSigmoid(320, List.of());
        Rectangle left = changed(none, drawOverSigmoid(320, List.of(label("\u25c0 8.6%", -10.625, 0, TextAnchor.TOP_LEFT))));
        Rectangle right = changed(none, drawOverSigmoid(320, List.of(label("7.7% \u25b6", 10.625, 0, TextAnchor.TOP_RIGHT))));
        assertNotNull(left);
        assertNotNull(right);
        // the sigmoid is 0 at the left edge: that row keeps its place under the top edge; at the right it is 1
        assertTrue(left.y < none.dataArea.getMinY() + 10, "left row at " + left.y);
        assertTrue(right.y > left.y + 10, "right row at " + right.y + ", the left at " + left.y);
    }

    // the curve chart's f axis (0 to 1.05) with the sigmoid drawn 3 px wide in black over -10.625 to 10.625
    private static Drawn drawOverSigmoid(int plotHeight, List<XYTextAnnotation> labels) {
        return drawOverSigmoid(plotHeight, labels, false);
    }

    /**
     * The same with, on request, a histogram drawn as the curve chart's are (on a hidden axis from 0 to 1.45, its
     * outline 1 px green): an edge bin as high as the peak each side and a flat top just under it between them, as
     * the plain twin's spread showed in lesson 2 at N(0, 10²).
     */
    private static Drawn drawOverSigmoid(int plotHeight, List<XYTextAnnotation> labels, boolean histogram) {
        NumberAxis x = new NumberAxis("z");
        x.setRange(-10.625, 10.625);
        NumberAxis y = new NumberAxis("f(z)");
        y.setRange(0, 1.05);
        XYSeries s = new XYSeries("sigmoid");
        for (int i = 0; i <= 600; i++) {
            double z = -10.625 + 21.25 * i / 600;
            s.add(z, 1 / (1 + Math.exp(-z)));
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, Color.BLACK);
        r.setSeriesStroke(0, new BasicStroke(3f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        if (histogram) {
            XYSeries h = new XYSeries("plain", false, true);
            double[][] points = {{-10.625, 0}, {-10.625, 1}, {-10, 1}, {-10, 0}, {-10, 0.96}, {10, 0.96}, {10, 0},
                {10, 1}, {10.625, 1}, {10.625, 0}};
            for (double[] p : points) {
                h.add(p[0], p[1], false);
            }
            bnlab.app.style.AreaRenderer area = new bnlab.app.style.AreaRenderer();
            area.setOutline(true);
            area.setSeriesPaint(0, new Color(250, 250, 250));
            area.setSeriesOutlinePaint(0, Color.GREEN);
            area.setSeriesOutlineStroke(0, new BasicStroke(1f));
            NumberAxis hidden = new NumberAxis();
            hidden.setVisible(false);
            hidden.setRange(0, 1.45);
            plot.setRangeAxis(1, hidden);
            plot.setDataset(1, new XYSeriesCollection(h));
            plot.setRenderer(1, area);
            plot.mapDatasetToRangeAxis(1, 1);
        }
        labels.forEach(plot::addAnnotation);
        return render(plot, plotHeight);
    }

    private static XYTextAnnotation label(String text, double x, int row, TextAnchor anchor) {
        XYTextAnnotation a = new EdgeLabel(text, text, x, row);
        a.setFont(FONT);
        a.setPaint(Color.BLUE);
        a.setTextAnchor(anchor);
        return a;
    }

    private record Drawn(BufferedImage image, Rectangle2D dataArea) {
    }

    // a chart like the curve chart's: the curves' x from -5.3 to 5.3, the histograms' hidden axis from 0 to 1.45
    private static Drawn draw(int plotHeight, List<XYTextAnnotation> labels) {
        NumberAxis x = new NumberAxis("z");
        x.setRange(-5.3, 5.3);
        NumberAxis y = new NumberAxis("f(z)");
        y.setRange(0, 1.45);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), x, y, new XYLineAndShapeRenderer());
        labels.forEach(plot::addAnnotation);
        return render(plot, plotHeight);
    }

    private static Drawn render(XYPlot plot, int plotHeight) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setAntiAlias(false);
        chart.setTextAntiAlias(false);
        int height = plotHeight + 60;
        BufferedImage image = new BufferedImage(420, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, 420, height), info);
        g2.dispose();
        return new Drawn(image, info.getPlotInfo().getDataArea());
    }

    // the bounds of the pixels that differ, or null
    private static Rectangle changed(Drawn a, Drawn b) {
        Rectangle r = null;
        for (int y = 0; y < a.image.getHeight(); y++) {
            for (int x = 0; x < a.image.getWidth(); x++) {
                if (a.image.getRGB(x, y) != b.image.getRGB(x, y)) {
                    r = r == null ? new Rectangle(x, y, 1, 1) : r.union(new Rectangle(x, y, 1, 1));
                }
            }
        }
        return r;
    }
}
