package bnlab.app.axes;

import bnlab.app.TableCsv;

import java.util.ArrayList;
import java.util.List;

/**
 * The axes view's numbers for CSV, one row per value of the hand-made batch (as many samples as the batch has): its
 * sample and feature, x, and x_hat under each normalization shown (BatchNorm: over its column, LayerNorm: over its
 * row). A class can check in a spreadsheet that BN's x_hat has mean 0 in every column and LN's in every row.
 */
final class AxesTable {
    private AxesTable() {
    }

    static String of(AxesModel model) {
        boolean bn = model.shown().batchNorm();
        boolean ln = model.shown().layerNorm();
        double[][] x = model.x();
        double[][] byColumn = AxisNorm.normalize(x, AxisNorm.Axis.COLUMNS, AxisNorm.EPS);
        double[][] byRow = AxisNorm.normalize(x, AxisNorm.Axis.ROWS, AxisNorm.EPS);
        List<String> header = new ArrayList<>(List.of("sample", "feature", "x"));
        if (bn) {
            header.add("x_hat_batchnorm");
        }
        if (ln) {
            header.add("x_hat_layernorm");
        }
        TableCsv.Rows rows = new TableCsv.Rows(header);
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
                List<String> r = new ArrayList<>(List.of(Integer.toString(i + 1), Integer.toString(j + 1),
                        TableCsv.number(x[i][j])));
                if (bn) {
                    r.add(TableCsv.number(byColumn[i][j]));
                }
                if (ln) {
                    r.add(TableCsv.number(byRow[i][j]));
                }
                rows.add(r);
            }
        }
        return rows.text();
    }
}
