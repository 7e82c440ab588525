package bnlab.app.bntable;

import bnlab.app.TableCsv;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;

import java.util.ArrayList;
import java.util.List;

/**
 * The BN table's numbers for CSV, one row per value with all its digits: by hand, each of the 36 values with its
 * image, row and column in the feature map, then x, x_hat and y; live, each of the unit's batch values (all of them,
 * not only the ones the grid has room for). With the backward pass, dL/dy and dL/dx as the table has them. The
 * statistics follow from the columns.
 */
final class TableRows {
    private TableRows() {
    }

    /** Whether the table shows numbers now (not while the live table waits for a step). */
    static boolean available(BnTableModel model) {
        return !model.live() || model.liveStep().why() == null;
    }

    /** The CSV text of what the table shows (see {@link #available}). */
    static String of(BnTableModel model) {
        if (model.live()) {
            LiveStep s = model.liveStep();
            if (s.why() != null) {
                throw new IllegalStateException("the live table waits for a step");
            }
            BnByHand.Backward back = model.backward() && s.backward() != null ? s.backward().byHand() : null;
            return table(s.hand(), back, false);
        }
        BnByHand h = model.example();
        return table(h, model.backward() ? h.backward(BnByHandBatch.lossGradient()) : null, true);
    }

    // per value: i, (maps: its image, row and column in the by-hand batch,) x, x_hat, y (, dL/dy, dL/dx)
    private static String table(BnByHand h, BnByHand.Backward back, boolean maps) {
        List<String> header = new ArrayList<>(List.of("i"));
        if (maps) {
            header.addAll(List.of("image", "row", "column"));
        }
        header.addAll(List.of("x", "x_hat", "y"));
        if (back != null) {
            header.addAll(List.of("dL_dy", "dL_dx"));
        }
        TableCsv.Rows rows = new TableCsv.Rows(header);
        for (int i = 0; i < h.m(); i++) {
            List<String> r = new ArrayList<>(List.of(Integer.toString(i + 1)));
            if (maps) {
                int cells = BnByHandBatch.H * BnByHandBatch.W;
                int at = i % cells;
                r.addAll(List.of(Integer.toString(i / cells + 1), Integer.toString(at / BnByHandBatch.W + 1),
                        Integer.toString(at % BnByHandBatch.W + 1)));
            }
            // live, x and dL/dy are the engine's floats: written with a float's digits
            r.addAll(List.of(maps ? TableCsv.number(h.x(i)) : TableCsv.number((float) h.x(i)),
                    TableCsv.number(h.xhat(i)), TableCsv.number(h.y(i))));
            if (back != null) {
                r.addAll(List.of(maps ? TableCsv.number(back.dy(i)) : TableCsv.number((float) back.dy(i)),
                        TableCsv.number(back.dx(i))));
            }
            rows.add(r);
        }
        return rows.text();
    }
}
