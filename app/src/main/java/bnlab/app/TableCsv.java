package bnlab.app;

import javafx.scene.Node;
import javafx.scene.Parent;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A view that shows a table of numbers instead of chart lines gives its numbers to the CSV export this way: its node
 * carries a source (whether it has numbers now, and their CSV text: a header and a row per value, every number with
 * all its digits), and the export finds it under the view it writes. The columns are names, not words: they do not
 * change with the language. The text is made only when written (a conv block's values run to 10^5 rows). FX thread.
 */
public final class TableCsv {
    private static final String KEY = "bnlab.tableCsv";

    private TableCsv() {
    }

    /** What a view gives: whether it has numbers now, and their CSV text. */
    public record Source(BooleanSupplier available, Supplier<String> csv) {
    }

    /** The CSV text of a table, row by row: a header, then rows of as many cells (numbers and plain names). */
    public static final class Rows {
        private final int columns;
        private final StringBuilder out = new StringBuilder();

        public Rows(List<String> header) {
            columns = header.size();
            out.append(String.join(",", header)).append('\n');
        }

        /** A row of the header's length. */
        public Rows add(List<String> cells) {
            if (cells.size() != columns) {
                throw new IllegalArgumentException(cells.size() + " cells for " + columns + " columns");
            }
            out.append(String.join(",", cells)).append('\n');
            return this;
        }

        public String text() {
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
        // NaN and whole numbers as the double rule writes them (a float is whole exactly where its double is)
        return Float.isNaN(v) || v == Math.rint(v) ? number((double) v) : Float.toString(v);
    }

    /** The node shows a table of numbers (available: whether it has one now; csv: asked for when written). */
    public static void attach(Node node, BooleanSupplier available, Supplier<String> csv) {
        node.getProperties().put(KEY, new Source(available, csv));
    }

    /** The CSV text of the first visible node under view (view included) that has numbers now, or null. */
    public static String in(Node view) {
        Source s = source(view);
        return s == null ? null : s.csv().get();
    }

    /** Whether a visible node under view (view included) has numbers now. */
    public static boolean has(Node view) {
        return source(view) != null;
    }

    private static Source source(Node view) {
        if (!view.isVisible()) {
            return null;
        }
        if (view.getProperties().get(KEY) instanceof Source s && s.available().getAsBoolean()) {
            return s;
        }
        if (view instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                Source t = source(c);
                if (t != null) {
                    return t;
                }
            }
        }
        return null;
    }
}
