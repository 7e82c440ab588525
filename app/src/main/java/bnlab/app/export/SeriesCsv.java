package bnlab.app.export;

import bnlab.app.TableCsv;
import javafx.scene.Node;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.IntervalXYDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.XYZDataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Every series a view shows, as CSV: one row per point, named by the chart's title and the series'
 * name as the view shows them (the twins' names in the legend, the percentile bands, the probes'
 * curves), so the numbers behind any line can be re-plotted. Columns: {@link #HEADER}; y_low and y_high
 * are a band's edges (the 15th and 85th percentiles around the median), z a heat map's value.
 * A view that shows a table of numbers instead ({@link TableCsv}, the BN table) gives its own columns.
 * FX thread (the charts' data are read as they are now).
 */
public final class SeriesCsv {
    /** The columns. */
    public static final List<String> HEADER = List.of("chart", "series", "x", "y", "y_low", "y_high", "z");

    private SeriesCsv() {
    }

    /**
     * Whether the view has something a CSV would hold: a chart's series, or a table of numbers it gives
     * ({@link TableCsv}); maps and tables that give none have nothing. FX thread.
     */
    public static boolean hasSeries(Node view) {
        return TableCsv.has(view) || ChartViewers.in(view).stream().anyMatch(v -> v.getChart() != null);
    }

    /** The CSV text of the view's table ({@link TableCsv}), else of every chart the view shows. */
    public static String of(Node view) {
        String table = TableCsv.in(view);
        if (table != null) {
            return table;
        }
        StringBuilder out = new StringBuilder(String.join(",", HEADER)).append('\n');
        List<String> titles = new ArrayList<>();
        for (ChartViewer v : ChartViewers.in(view)) {
            if (v.getChart() != null) {
                chart(v.getChart(), unique(title(v.getChart()), titles), out);
            }
        }
        return out.toString();
    }

    /** The chart's title, or "chart N" when it has none. */
    private static String title(JFreeChart c) {
        TextTitle t = c.getTitle();
        return t == null || t.getText() == null || t.getText().isBlank() ? "" : t.getText().strip();
    }

    private static String unique(String title, List<String> seen) {
        String name = title.isEmpty() ? "chart " + (seen.size() + 1) : title;
        String u = name;
        for (int i = 2; seen.contains(u); i++) {
            u = name + " (" + i + ")";
        }
        seen.add(u);
        return u;
    }

    private static void chart(JFreeChart c, String name, StringBuilder out) {
        Plot plot = c.getPlot();
        if (plot instanceof CombinedDomainXYPlot combined) {
            // panels over one x axis: each named by the chart and its own y axis ("...: ÷ top layer")
            for (Object o : combined.getSubplots()) {
                XYPlot panel = (XYPlot) o;
                String label = panel.getRangeAxis() == null ? null : panel.getRangeAxis().getLabel();
                chart(panel, label == null || label.isBlank() ? name : name + ": " + label.strip(), out);
            }
        } else if (plot instanceof XYPlot xy) {
            chart(xy, name, out);
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDatasetCount(); i++) {
                if (cat.getDataset(i) != null) {
                    category(cat.getDataset(i), name, out);
                }
            }
        }
    }

    private static void chart(XYPlot xy, String name, StringBuilder out) {
        for (int i = 0; i < xy.getDatasetCount(); i++) {
            if (xy.getDataset(i) != null) {
                xy(xy.getDataset(i), name, out);
            }
        }
    }

    private static void xy(XYDataset d, String chart, StringBuilder out) {
        for (int s = 0; s < d.getSeriesCount(); s++) {
            String series = String.valueOf(d.getSeriesKey(s));
            for (int i = 0; i < d.getItemCount(s); i++) {
                String low = "";
                String high = "";
                String z = "";
                if (d instanceof IntervalXYDataset iv && !(d instanceof XYSeriesCollection)) { // a line's "interval" is y
                    low = number(iv.getStartYValue(s, i));
                    high = number(iv.getEndYValue(s, i));
                }
                if (d instanceof XYZDataset xyz) {
                    z = number(xyz.getZValue(s, i));
                }
                row(out, chart, series, number(d.getXValue(s, i)), number(d.getYValue(s, i)), low, high, z);
            }
        }
    }

    private static void category(CategoryDataset d, String chart, StringBuilder out) {
        for (int r = 0; r < d.getRowCount(); r++) {
            for (int c = 0; c < d.getColumnCount(); c++) {
                Number v = d.getValue(r, c);
                row(out, chart, String.valueOf(d.getRowKey(r)), String.valueOf(d.getColumnKey(c)),
                        v == null ? "" : number(v.doubleValue()), "", "", "");
            }
        }
    }

    /** A number as Java writes it (full precision, '.' decimal point); empty for NaN ({@link TableCsv#number}). */
    public static String number(double v) {
        return TableCsv.number(v);
    }

    private static void row(StringBuilder out, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quote(cells[i]));
        }
        out.append('\n');
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
