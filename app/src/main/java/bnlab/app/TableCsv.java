package bnlab.app;

import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.List;
import java.util.function.Supplier;

/**
 * A view that shows a table of numbers instead of chart lines gives its numbers to the CSV export this way: its node
 * carries the table (a header and rows, every number with all its digits), and the export finds it under the view
 * it writes. The columns are names, not words: they do not change with the language. FX thread.
 */
public final class TableCsv {
    private static final String KEY = "bnlab.tableCsv";

    private TableCsv() {
    }

    /** A table: the column names and the rows, each as long as the header. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> r : rows) {
                if (r.size() != header.size()) {
                    throw new IllegalArgumentException(r.size() + " cells for " + header.size() + " columns");
                }
            }
        }

        /** The CSV text: the header, then a line per row (cells are numbers and plain names: nothing to quote). */
        public String csv() {
            StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
            for (List<String> r : rows) {
                out.append(String.join(",", r)).append('\n');
            }
            return out.toString();
        }
    }

    /** A number as Java writes it (full precision, '.' decimal point), a whole one without ".0"; empty for NaN. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * A value the engine keeps in float, with the digits that float has (0.1, not 0.10000000149011612 as the same
     * value widened to double writes), a whole one without ".0"; empty for NaN.
     */
    public static String number(float v) {
        if (Float.isNaN(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return Float.toString(v);
    }

    /** The node shows the table supplied (asked for when written, so it is the one shown then). */
    public static void attach(Node node, Supplier<Table> table) {
        node.getProperties().put(KEY, table);
    }

    /** The table of the first visible node under view (view included) that has one, or null. */
    public static Table in(Node view) {
        if (!view.isVisible()) {
            return null;
        }
        if (view.getProperties().get(KEY) instanceof Supplier<?> s && s.get() instanceof Table t) {
            return t;
        }
        if (view instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Table t = in(c);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
