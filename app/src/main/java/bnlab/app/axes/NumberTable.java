package bnlab.app.axes;

import bnlab.app.i18n.Numbers;
import bnlab.app.style.Look;
import bnlab.app.style.Palette;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

import java.awt.Color;

/**
 * A small batch as a table of numbers, samples in rows and features in columns, with the statistics
 * of either axis: per column (mu, var) in two rows under it, per row in two columns beside it. One
 * column and one row can be highlighted, each in its normalization's colour; the statistics that a
 * normalization makes 0 and 1 are drawn strong, the others muted. Built anew on each change (a few
 * dozen labels). FX thread only.
 */
final class NumberTable {
    /** A cell was clicked: its column and row (0-based; -1 for a header). */
    interface Click {
        void at(int column, int row);
    }

    /**
     * What to draw.
     *
     * @param id          the grid's node id, and the prefix of each cell's ("id-r1-c2", "id-colMean-2", "id-rowVar-0")
     * @param x           the values [N, D]
     * @param columns     per-column statistics, or null (not shown)
     * @param rows        per-row statistics, or null
     * @param strongColumns whether the per-column statistics are drawn strong (in BatchNorm's colour), else muted
     * @param strongRows  whether the per-row statistics are drawn strong (in LayerNorm's colour), else muted
     * @param column      the highlighted column, or -1
     * @param row         the highlighted row, or -1
     */
    record Content(String id, double[][] x, AxisNorm.Stats columns, AxisNorm.Stats rows, boolean strongColumns,
                   boolean strongRows, int column, int row) {
    }

    private NumberTable() {
    }

    /** The colour of BatchNorm's column highlight. */
    static Color batchColour() {
        return Look.current().dark() ? Palette.SKY : Palette.BN;
    }

    /** The colour of LayerNorm's row highlight. */
    static Color layerColour() {
        return Palette.GREEN;
    }

    static GridPane build(Content c, Click click) {
        GridPane g = new GridPane();
        g.setId(c.id());
        int n = c.x().length;
        int d = c.x()[0].length;
        for (int j = 0; j < d; j++) {
            g.add(header(Integer.toString(j + 1), j == c.column() ? batchColour() : null), j + 1, 0);
        }
        for (int i = 0; i < n; i++) {
            g.add(header(Integer.toString(i + 1), i == c.row() ? layerColour() : null), 0, i + 1);
            for (int j = 0; j < d; j++) {
                Label l = cell(Numbers.format(c.x()[i][j]), c.id() + "-r" + i + "-c" + j);
                tint(l, j == c.column() ? batchColour() : null, i == c.row() ? layerColour() : null);
                int col = j;
                int row = i;
                l.setOnMouseClicked(e -> click.at(col, row));
                g.add(l, j + 1, i + 1);
            }
        }
        if (c.columns() != null) {
            boolean strong = c.strongColumns();
            g.add(header("\u03bc", null), 0, n + 1);
            g.add(header("\u03c3\u00b2", null), 0, n + 2);
            for (int j = 0; j < d; j++) {
                double m = c.columns().mean(j);
                double v = c.columns().var(j);
                boolean on = j == c.column();
                g.add(stat(mean(m, v), c.id() + "-colMean-" + j, strong, on, true), j + 1, n + 1);
                g.add(stat(Numbers.format(v), c.id() + "-colVar-" + j, strong, on, true), j + 1, n + 2);
            }
        }
        if (c.rows() != null) {
            boolean strong = c.strongRows();
            g.add(header("\u03bc", null), d + 1, 0);
            g.add(header("\u03c3\u00b2", null), d + 2, 0);
            for (int i = 0; i < n; i++) {
                double m = c.rows().mean(i);
                double v = c.rows().var(i);
                boolean on = i == c.row();
                g.add(stat(mean(m, v), c.id() + "-rowMean-" + i, strong, on, false), d + 1, i + 1);
                g.add(stat(Numbers.format(v), c.id() + "-rowVar-" + i, strong, on, false), d + 2, i + 1);
            }
        }
        return g;
    }

    // a mean shown next to its spread: 0 when it is 0 up to rounding (x_hat's means are ~1e-17)
    private static String mean(double m, double var) {
        return Numbers.meanRelativeTo(m, Math.sqrt(var));
    }

    /**
     * A cell's room left and right of its text: at 3 (7 before) lesson 10's two results (433 and 426 px wide at 7) sit
     * side by side in a view 880 px wide (a lesson stage at 1280 x 720), where they stood one under the other.
     */
    private static final double SIDE = 3;

    private static Label cell(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        l.setAlignment(Pos.CENTER_RIGHT);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setPadding(new Insets(3, SIDE, 3, SIDE));
        l.setStyle("-fx-border-color: " + Palette.css(Look.current().grid()) + "; -fx-border-width: 0.5;");
        return l;
    }

    private static Label header(String text, Color mark) {
        Label l = new Label(text);
        l.setAlignment(Pos.CENTER);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setPadding(new Insets(3, SIDE, 3, SIDE));
        l.setStyle("-fx-font-weight: bold;" + (mark == null ? "" : " -fx-text-fill: " + Palette.textCss(mark) + ";"));
        return l;
    }

    // perColumn: a column's statistic (BatchNorm's colour), else a row's (LayerNorm's)
    private static Label stat(String text, String id, boolean strong, boolean marked, boolean perColumn) {
        Label l = cell(text, id);
        Color colour = perColumn ? batchColour() : layerColour();
        String style = l.getStyle() + (strong ? " -fx-font-weight: bold; -fx-text-fill: " + Palette.textCss(colour) + ";" : "");
        l.setStyle(style);
        l.setOpacity(strong ? 1 : 0.6);
        if (marked) {
            tint(l, perColumn ? colour : null, perColumn ? null : colour);
        }
        return l;
    }

    // a translucent wash of the column's and the row's colour (both where they cross)
    private static void tint(Label l, Color column, Color row) {
        if (column == null && row == null) {
            return;
        }
        javafx.scene.paint.Color c = column != null && row != null
                ? Palette.fx(column).interpolate(Palette.fx(row), 0.5) : Palette.fx(column != null ? column : row);
        l.setBackground(new Background(new BackgroundFill(c.deriveColor(0, 1, 1, 0.3), null, null)));
    }
}
