package bnlab.app.bntable;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Palette;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of the table as grids: by hand, one column per image (its 5x5 pixels, its 3x3 feature map
 * x, then x_hat and y), the kernel beside; live, the unit's batch values in rows. The cells of x, x_hat
 * and y are kept (in order) for tests.
 */
final class BatchGrids {
    /** Live: at most this many values are shown (the statistics use all). */
    static final int MAX_LIVE = 96;
    private static final String XHAT = "\\hat{x}";
    private static final String Y = "y = \\gamma \\hat{x} + \\beta";
    final List<Label> x = new ArrayList<>();
    final List<Label> xhat = new ArrayList<>();
    final List<Label> y = new ArrayList<>();

    /**
     * By hand: the four images, the kernel and the four maps of x, x_hat and y, one column per image (two
     * images a row when the view is narrow). The cells are kept in the batch's order.
     */
    GridPane hand(Cells c, BnByHand h, boolean undo) {
        GridPane g = table();
        int[][][] images = BnByHandBatch.images();
        int[][] k = BnByHandBatch.kernel();
        int cells = BnByHandBatch.H * BnByHandBatch.W;
        for (int n = 0; n < BnByHandBatch.N; n++) {
            int[] at = imageColumn(c, g, n, 5);
            int top = at[0];
            int col = at[1];
            if (col == 1) {
                headers(c, g, top, k, undo);
            }
            int[][] img = images[n];
            int first = n * cells;
            g.add(c.grid(5, 5, 25, i -> Integer.toString(img[i / 5][i % 5]), null, c.gridEm() * 0.75, null,
                    Pos.CENTER), col, top + 1);
            g.add(c.grid(3, 3, cells, i -> Digits.whole(h.x(first + i)), null, c.gridEm(), x), col, top + 2);
            g.add(c.grid(3, 3, cells, i -> Digits.cell(h.xhat(first + i)), null, c.cellEm(), xhat), col, top + 3);
            g.add(c.grid(3, 3, cells, i -> undo ? Digits.whole(round(h.y(first + i))) : Digits.cell(h.y(first + i)),
                    i -> undo ? Palette.GREEN : null, c.cellEm(), y), col, top + 4);
        }
        return g;
    }

    // the row headers of one band of images: the image (with the kernel), x, x_hat, y
    private static void headers(Cells c, GridPane g, int top, int[][] k, boolean undo) {
        GridPane kernel = c.grid(3, 3, 9, i -> Integer.toString(k[i / 3][i % 3]), i -> Palette.PURPLE,
                c.gridEm() * 0.8, null, Pos.CENTER);
        kernel.setMaxWidth(Region.USE_PREF_SIZE);
        VBox imageHead = new VBox(4, Cells.rowHeader(I18n.get("bnTable.row.image")),
                Cells.note(I18n.get("bnTable.kernel")), kernel);
        g.add(imageHead, 0, top + 1);
        g.add(Cells.rowHeader(I18n.get("bnTable.row.x")), 0, top + 2);
        g.add(c.mathHeader(XHAT), 0, top + 3);
        g.add(undo ? Cells.rowHeader(I18n.get("bnTable.row.yUndo")) : c.mathHeader(Y), 0, top + 4);
    }

    /** Live: x, x_hat and y of the unit over the batch, in rows of 12 (9 when the view is narrow). */
    GridPane live(Cells c, BnByHand h, boolean undo) {
        GridPane g = table();
        int[] shape = liveShape(c, h.m());
        int shown = shape[0];
        int rows = shape[1];
        int cols = shape[2];
        g.add(Cells.rowHeader(I18n.get("bnTable.row.xLive")), 0, 0);
        g.add(c.mathHeader(XHAT), 0, 1);
        g.add(undo ? Cells.rowHeader(I18n.get("bnTable.row.yUndo")) : c.mathHeader(Y), 0, 2);
        g.add(c.grid(rows, cols, shown, i -> Digits.cell(h.x(i)), null, c.gridEm() * 0.85, x), 1, 0);
        g.add(c.grid(rows, cols, shown, i -> Digits.cell(h.xhat(i)), null, c.gridEm() * 0.85, xhat), 1, 1);
        g.add(c.grid(rows, cols, shown, i -> Digits.cell(h.y(i)), i -> undo ? Palette.GREEN : null, c.gridEm() * 0.85, y),
                1, 2);
        return g;
    }

    /** Live rows of m values: {values shown (at most {@link #MAX_LIVE}), rows, columns (12; 9 when narrow)}. */
    static int[] liveShape(Cells c, int m) {
        int shown = Math.min(m, MAX_LIVE);
        int cols = Math.min(m, c.compact() ? 9 : 12);
        return new int[] {shown, (shown + cols - 1) / cols, cols};
    }

    // y = sqrt(var + eps) * (x - mu) / sqrt(var + eps) + mu is x up to rounding (1e-15): shown as the whole x
    private static double round(double v) {
        double r = Math.rint(v);
        return Math.abs(v - r) < 1e-9 ? r : v;
    }

    /**
     * Image n's column in bands of rows grid rows, one column per image (two a row when the view is narrow), its
     * "image n" header in the band's first row: {that row, the column}.
     */
    static int[] imageColumn(Cells c, GridPane g, int n, int rows) {
        int perRow = c.compact() ? 2 : BnByHandBatch.N;
        int top = (n / perRow) * rows;
        int col = n % perRow + 1;
        Label head = Cells.rowHeader(I18n.get("bnTable.image", n + 1));
        g.add(head, col, top);
        GridPane.setHalignment(head, HPos.CENTER);
        return new int[] {top, col};
    }

    static GridPane table() {
        GridPane g = new GridPane();
        g.setHgap(14);
        g.setVgap(6); // at 1280 x 720 lesson 8's y row (what step 2 watches) just fits under x and x_hat
        return g;
    }
}
