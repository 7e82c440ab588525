package bnlab.app.featuremaps;

import bnlab.app.TableCsv;
import bnlab.engine.api.FeatureMaps;

import java.util.ArrayList;
import java.util.List;

/**
 * The feature maps' numbers for CSV: one row per value of the fixed sample's maps at the block shown (every channel,
 * not only the ones drawn), with its channel, row and column: the twin with normalization's input x, the mean and
 * variance its channel was normalized with, its output y, and the plain twin's x at the same place (the columns of a
 * twin that has no maps are left out).
 */
final class MapsTable {
    private MapsTable() {
    }

    /** The CSV text (there are maps: frame not null; an MLP, or nothing probed yet, has none). */
    static String of(MapFrame frame) {
        FeatureMaps bn = frame.bn();
        FeatureMaps plain = frame.plain();
        FeatureMaps any = bn != null ? bn : plain;
        boolean stats = bn != null && bn.mean() != null;
        boolean out = bn != null && bn.y() != null;
        List<String> header = new ArrayList<>(List.of("channel", "row", "column"));
        if (bn != null) {
            header.add("x");
        }
        if (stats) {
            header.addAll(List.of("mean", "var"));
        }
        if (out) {
            header.add("y");
        }
        if (plain != null) {
            header.add("x_plain");
        }
        TableCsv.Rows rows = new TableCsv.Rows(header);
        for (int c = 0; c < any.channels(); c++) {
            for (int r = 0; r < any.height(); r++) {
                for (int q = 0; q < any.width(); q++) {
                    List<String> row = new ArrayList<>(List.of(Integer.toString(c + 1), Integer.toString(r + 1),
                            Integer.toString(q + 1)));
                    if (bn != null) {
                        row.add(TableCsv.number(bn.x(c, r, q)));
                    }
                    if (stats) {
                        row.addAll(List.of(TableCsv.number(bn.mean()[c]), TableCsv.number(bn.var()[c])));
                    }
                    if (out) {
                        row.add(TableCsv.number(bn.y(c, r, q)));
                    }
                    if (plain != null) {
                        row.add(TableCsv.number(plain.x(c, r, q)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows.text();
    }
}
