package bnlab.app.axes;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.Locale;
import java.util.Map;

/**
 * What the axes view shows of the hand-made batch: which normalization (BatchNorm, LayerNorm or
 * both), how many of its samples form the batch, and which column and row are highlighted; the live
 * part's layer. Every change bumps {@link #revisionProperty()} so the view redraws. FX thread only.
 */
final class AxesModel {
    /** Which normalization the view shows. */
    enum Shown {
        BATCH, LAYER, BOTH;

        boolean batchNorm() {
            return this != LAYER;
        }

        boolean layerNorm() {
            return this != BATCH;
        }
    }

    private Shown shown = Shown.BOTH;
    private int batch = HandBatch.ROWS;
    private int column;
    private int row;
    private int layer;
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();

    ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    Shown shown() {
        return shown;
    }

    /** Samples in the batch, 1 to {@link HandBatch#ROWS}. */
    int batch() {
        return batch;
    }

    /** The highlighted column (feature), 0-based. */
    int column() {
        return column;
    }

    /** The highlighted row (sample), 0-based, within the batch. */
    int row() {
        return row;
    }

    /** The hidden layer of the live part, 0-based (clamped to the network when shown). */
    int layer() {
        return layer;
    }

    void show(Shown s) {
        shown = s == null ? Shown.BOTH : s;
        changed();
    }

    void setBatch(int rows) {
        batch = Math.max(1, Math.min(HandBatch.ROWS, rows));
        row = Math.min(row, batch - 1);
        changed();
    }

    /** Highlight a cell's column and row (0-based). */
    void highlight(int col, int r) {
        column = Math.max(0, Math.min(HandBatch.COLUMNS - 1, col));
        row = Math.max(0, Math.min(batch - 1, r));
        changed();
    }

    void setLayer(int l) {
        layer = Math.max(0, l);
        changed();
    }

    /**
     * A lesson's options: "norm" BATCH, LAYER or BOTH; "batch" samples 1-4; "column" feature 1-5 and
     * "row" sample 1-4 to highlight, and "layer" hidden layer of the live part, counted from 1 as on
     * the screen. Values of the wrong kind or unknown options are ignored; numbers are clamped.
     */
    void configure(Map<String, Object> options) {
        if (options.get("norm") instanceof String s) {
            try {
                shown = Shown.valueOf(s.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException ignored) {
                // an unknown choice leaves the view as it is
            }
        }
        if (options.get("batch") instanceof Number n) {
            setBatch(n.intValue());
        }
        int col = options.get("column") instanceof Number n ? n.intValue() - 1 : column;
        int r = options.get("row") instanceof Number n ? n.intValue() - 1 : row;
        highlight(col, r);
        if (options.get("layer") instanceof Number n) {
            layer = Math.max(0, n.intValue() - 1);
        }
        changed();
    }

    /** The batch: the first {@link #batch()} samples of the hand-made one. */
    double[][] x() {
        return HandBatch.first(batch);
    }

    private void changed() {
        revision.set(revision.get() + 1);
    }
}
