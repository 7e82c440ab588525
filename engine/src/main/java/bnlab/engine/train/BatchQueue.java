package bnlab.engine.train;

import bnlab.engine.data.Batcher;
import bnlab.engine.nn.Mat;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    private final int most;
    /** The chunk being read, the batches ready after it (in the batcher's order), those planned, spare ones. */
    private final List<Slot> inUse = new ArrayList<>();
    private final ArrayDeque<Slot> ready = new ArrayDeque<>();
    private final List<Slot> planned = new ArrayList<>();
    private final ArrayDeque<Slot> spare = new ArrayDeque<>();
    private final List<Slot> all = new ArrayList<>();
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
    }

    /**
     * The slots of the batches with these indices, in order: the ones gathered ahead when they match, the
     * rest gathered now (and everything ahead dropped from the first that does not match). The last chunk's
     * slots are free again. Engine thread.
     */
    Slot[] take(int[][] idx) {
        if (idx.length > most) {
            throw new IllegalArgumentException(idx.length + " batches in a chunk, at most " + most);
        }
        spare.addAll(inUse);
        inUse.clear();
        Slot[] out = new Slot[idx.length];
        for (int j = 0; j < idx.length; j++) {
            Slot s = ready.peekFirst();
            if (s != null && Arrays.equals(s.idx, idx[j])) {
                ready.pollFirst();
            } else {
                spare.addAll(ready);
                ready.clear();
                s = spareSlot();
                fill(s, idx[j]);
            }
            inUse.add(s);
            out[j] = s;
        }
        return out;
    }

    /**
     * Batches gathered ahead take about this much memory at most, beyond as many as the last chunk took (at
     * batch size 60 on 28 x 28 images that is every batch of a full chunk; at 4096, one).
     */
    static final long AHEAD_BYTES = 4L << 20;

    /**
     * Plans the copies of the batches the batcher will give after the ones taken and ready: as many in all
     * as the chunk just taken, more while they fit in {@link #AHEAD_BYTES}, at most the most a chunk takes.
     * Allocates the planned slots here (engine thread); {@link #gatherAhead} fills them.
     */
    void planAhead(Batcher batcher, int taken) {
        planned.clear();
        claimed.set(0);
        long rows = Math.min(batcher.batchSize(), batcher.size());
        long batchBytes = Math.max(1, rows * trainX.columns() * trainX.dataType().width());
        int count = (int) Math.min(most, Math.max(taken, AHEAD_BYTES / batchBytes));
        for (int ahead = ready.size(); ahead < count; ahead++) {
            int[] idx = batcher.peek(ahead);
            if (idx == null) {
                break;
            }
            Slot s = spareSlot();
            prepare(s, idx);
            planned.add(s);
        }
    }

    /** How many slots hold matrices now (their memory). */
    int allocated() {
        int n = 0;
        for (Slot s : all) {
            n += s.x == null ? 0 : 1;
        }
        return n;
    }

    private Slot spareSlot() {
        Slot s = spare.pollFirst();
        if (s == null) {
            s = new Slot();
            all.add(s);
        }
        return s;
    }

    /** Copies planned batches in until none is left to claim; from either twin's thread, after its steps. */
    void gatherAhead() {
        int j;
        while ((j = claimed.getAndIncrement()) < planned.size()) {
            Slot s = planned.get(j);
            copy(s, s.idx);
        }
    }

    /** After a chunk joined: the planned batches are ready. Engine thread. */
    void gathered() {
        ready.addAll(planned);
        planned.clear();
    }

    /** After a chunk failed: nothing ahead is trusted. Engine thread. */
    void drop() {
        spare.addAll(ready);
        ready.clear();
        spare.addAll(planned);
        planned.clear();
    }

    private void fill(Slot s, int[] idx) {
        prepare(s, idx);
        copy(s, idx);
    }

    // the slot is for the rows idx: its matrices sized for them (kept while the batch size stays)
    private void prepare(Slot s, int[] idx) {
        s.idx = idx;
        if (s.x == null || s.x.rows != idx.length) {
            release(s);
            s.x = Mat.zeros(trainX.dataType(), idx.length, (int) trainX.columns());
            s.t = Mat.zeros(trainX.dataType(), idx.length, classes);
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
        for (Slot s : all) {
            release(s);
            s.x = null;
            s.t = null;
        }
    }
}
