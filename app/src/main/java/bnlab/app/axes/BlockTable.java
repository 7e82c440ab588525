package bnlab.app.axes;

import bnlab.app.TableCsv;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;

import java.util.List;

/**
 * The pooled-values view's numbers for CSV: every value of the live batch's block (all of them, not only the samples
 * and channels drawn), one row each with its sample, channel (an MLP's feature), row and column in the map (1 and 1 for
 * an MLP), x, and whether it is in the set the chosen cell's statistics pool under the normalization shown (1 or 0):
 * the set's mean and variance are those of the rows marked 1.
 */
final class BlockTable {
    private BlockTable() {
    }

    /** The CSV text (the view has a block: frame and shown not null). */
    static String of(BlockFrame frame, NormKind shown, int sample, int channel) {
        BatchBlock b = frame.block();
        List<String> header = List.of("sample", "channel", "row", "column", "x", "pooled");
        TableCsv.Rows rows = new TableCsv.Rows(header);
        for (int n = 0; n < b.samples(); n++) {
            for (int c = 0; c < b.channels(); c++) {
                boolean in = NormAxes.pooled(shown, b.channels(), frame.groups(), sample, channel, n, c);
                for (int p = 0; p < b.positions(); p++) {
                    rows.add(List.of(Integer.toString(n + 1), Integer.toString(c + 1),
                            Integer.toString(p / b.width() + 1), Integer.toString(p % b.width() + 1),
                            TableCsv.number(b.get(n, c, p)), in ? "1" : "0"));
                }
            }
        }
        return rows.text();
    }
}
