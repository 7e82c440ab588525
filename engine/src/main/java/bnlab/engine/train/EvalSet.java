package bnlab.engine.train;

import bnlab.engine.nn.Mat;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows a network is measured on: the first {@code labels.length} rows of a data matrix, cut into
 * chunks of a given size once (each chunk its own matrix, so measuring copies and allocates nothing
 * afterwards). A remainder smaller than 2 joins the chunk before it (a train-mode BN batch needs two
 * values). Owned by the engine thread; the chunks are only read.
 */
final class EvalSet {
    final int[] labels;
    final int rows;
    private final INDArray source;
    private final Map<Integer, List<Mat>> chunkings = new HashMap<>();

    /** @param source [n >= labels.length, d], c-order, not a view: Not modified, and kept */
    EvalSet(INDArray source, int[] labels) {
        this.source = source;
        this.labels = labels;
        this.rows = labels.length;
    }

    /** The rows in chunks of the given size (cut on first use, then kept; at most two sizes are kept). */
    List<Mat> chunks(int size) {
        List<Mat> c = chunkings.get(size);
        if (c == null) {
            if (chunkings.size() >= 2) {
                chunkings.keySet().removeIf(k -> k != EVAL_CHUNK);
            }
            c = cut(size);
            chunkings.put(size, c);
        }
        return c;
    }

    /** Release the chunks' native memory now (and the source's when asked); the set is unusable afterwards. */
    void close(boolean andSource) {
        for (List<Mat> c : chunkings.values()) {
            for (Mat m : c) {
                m.array().close();
            }
        }
        chunkings.clear();
        if (andSource) {
            source.close();
        }
    }

    /** Chunk size of eval-mode passes (BN uses its running statistics there, so the size changes nothing). */
    static final int EVAL_CHUNK = 512;

    private List<Mat> cut(int size) {
        List<Mat> out = new ArrayList<>();
        for (int start = 0; start < rows; ) {
            int end = Math.min(rows, start + size);
            if (rows - end < 2) {
                end = rows;
            }
            Mat m = Mat.zeros(source.dataType(), end - start, (int) source.columns());
            m.copyRowsFrom(source, start);
            out.add(m);
            start = end;
        }
        return List.copyOf(out);
    }
}
