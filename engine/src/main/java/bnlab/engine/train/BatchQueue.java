package bnlab.engine.train;

import bnlab.engine.data.Batcher;
import bnlab.engine.nn.Mat;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The batches of the next steps, gathered ahead. While the twins step through a chunk of batches, the
 * rows of the batches after it are copied in by whichever twin's thread is done with its steps first (both
 * threads claim the copies one at a time, so the slower twin gathers less). A batch gathered ahead is
 * used only when the batcher gives its indices; otherwise (a batch-size change, a new epoch, which a peek
 * cannot see) it is gathered again.
 * <p>
 * Ownership: the engine thread, between chunks: it takes the chunk's batches, gathers any missing ones,
 * allocates every slot and plans the copies. During a chunk both twins read the chunk's slots and the two
 * threads write only the planned slots they claimed, which no one reads until the chunk is joined.
 */
final class BatchQueue implements AutoCloseable {
    private final INDArray trainX;
    private final int[] trainY;
    private final int classes;
    /** A ring: the chunk being read, then the batches ready after it, then those planned. */
    private final Slot[] ring;
    private final int most;
    private int head;
    private int ready;
    private int planned;
    private final AtomicInteger claimed = new AtomicInteger();

    /** One batch: inputs x [b, d] and one-hot targets t [b, k] of the training rows idx (both sides current). */
    static final class Slot {
        Mat x;
        Mat t;
        int[] idx;
    }

    /** @param most the most batches a chunk takes (and the most gathered ahead) */
    BatchQueue(INDArray trainX, int[] trainY, int classes, int most) {
        this.trainX = trainX;
        this.trainY = trainY;
        this.classes = classes;
        this.most = most;
        ring = new Slot[2 * most];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Slot();
        }
    }

    /**
     * The slots of the batches with these indices, in order: the ones gathered ahead when they match, the
     * rest gathered now (and everything ahead dropped from the first that does not match). Engine thread.
     */
    Slot[] take(int[][] idx) {
        if (idx.length > most) {
            throw new IllegalArgumentException(idx.length + " batches in a chunk, at most " + most);
        }
        Slot[] out = new Slot[idx.length];
        for (int j = 0; j < idx.length; j++) {
            Slot s = ring[head];
            if (ready > 0 && Arrays.equals(s.idx, idx[j])) {
                ready--;
            } else {
                ready = 0;
                fill(s, idx[j]);
            }
            out[j] = s;
            head = (head + 1) % ring.length;
        }
        return out;
    }

    /**
     * Plans the copies of the batches the batcher will give after the ones taken, up to the most a chunk
     * takes (the ring has room: the chunk's slots, then at most that many ready or planned). Allocates the
     * planned slots here (engine thread); {@link #gatherAhead} fills them.
     */
    void planAhead(Batcher batcher) {
        planned = 0;
        claimed.set(0);
        for (int ahead = ready; ahead < most; ahead++) {
            int[] idx = batcher.peek(ahead);
            if (idx == null) {
                break;
            }
            Slot s = ring[(head + ahead) % ring.length];
            s.idx = idx;
            size(s, idx.length);
            planned++;
        }
    }

    /** Copies planned batches in until none is left to claim; from either twin's thread, after its steps. */
    void gatherAhead() {
        int j;
        while ((j = claimed.getAndIncrement()) < planned) {
            Slot s = ring[(head + ready + j) % ring.length];
            copy(s, s.idx);
        }
    }

    /** After a chunk joined: the planned batches are ready. Engine thread. */
    void gathered() {
        ready += planned;
        planned = 0;
    }

    /** After a chunk failed: nothing ahead is trusted. Engine thread. */
    void drop() {
        ready = 0;
        planned = 0;
    }

    private void fill(Slot s, int[] idx) {
        s.idx = idx;
        size(s, idx.length);
        copy(s, idx);
    }

    // a slot's matrices for b rows: kept while the batch size stays
    private void size(Slot s, int b) {
        if (s.x == null || s.x.rows != b) {
            release(s);
            s.x = Mat.zeros(trainX.dataType(), b, (int) trainX.columns());
            s.t = Mat.zeros(trainX.dataType(), b, classes);
        }
    }

    // x = the rows idx of the training matrix; t[i] = the one-hot vector of the label of row idx[i]
    private void copy(Slot s, int[] idx) {
        s.x.gatherRows(trainX, idx, idx.length);
        s.x.array();
        s.t.oneHotRows(trainY, idx, idx.length);
        s.t.array();
    }

    private static void release(Slot s) {
        if (s.x != null) {
            s.x.array().close();
            s.t.array().close();
        }
    }

    /** Releases the slots' native memory. Engine thread. */
    @Override
    public void close() {
        for (Slot s : ring) {
            release(s);
            s.x = null;
            s.t = null;
        }
    }
}
