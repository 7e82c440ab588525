package bnlab.engine.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Seeded mini-batch indices over n samples. Each epoch is a fresh permutation drawn from one
 * {@code java.util.Random(seed)} (Fisher-Yates); batches are consecutive slices of it.
 *
 * <p>Convention (drop_last): every batch has exactly batchSize indices; when fewer than batchSize
 * unserved indices remain, they are dropped and the next epoch begins. If n < batchSize each batch is
 * a whole permutation of all n indices. {@link #epoch()} counts completed epochs; an epoch completes
 * when the batch just returned leaves fewer than batchSize indices. Same arguments, same sequence.
 * Not thread-safe: the engine thread owns it.
 */
public final class Batcher {

    private final int n;
    private final Random rnd;
    private final int[] perm;
    private int batchSize;
    private int pos;
    private int epoch;

    public Batcher(int n, int batchSize, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least 1 sample, got n = " + n);
        }
        checkBatchSize(batchSize);
        this.n = n;
        this.batchSize = batchSize;
        this.rnd = new Random(seed);
        this.perm = Split.permutation(n, rnd);
    }

    /** The indices of the next mini-batch (a new array each time). */
    public int[] next() {
        if (n - pos < Math.min(batchSize, n)) {
            newEpoch(); // only after setBatchSize grew the batch past what this epoch has left
        }
        int size = Math.min(batchSize, n);
        int[] batch = Arrays.copyOfRange(perm, pos, pos + size);
        pos += size;
        if (n - pos < size) {
            newEpoch();
        }
        return batch;
    }

    /**
     * The indices {@link #next()} will return if the batch size stays as it is, or null when that call
     * starts a new epoch first. Changes nothing.
     */
    public int[] peek() {
        return peek(0);
    }

    /**
     * The indices the call of {@link #next()} after {@code ahead} more calls will return if the batch size
     * stays as it is, or null when that batch is not in the current epoch (the next epoch's order is not
     * drawn yet). Changes nothing (the twins gather batches ahead with it).
     */
    public int[] peek(int ahead) {
        int size = Math.min(batchSize, n);
        long from = pos + (long) ahead * size;
        if (ahead < 0 || n - from < size) {
            return null;
        }
        return Arrays.copyOfRange(perm, (int) from, (int) from + size);
    }

    /** Completed epochs so far. */
    public int epoch() {
        return epoch;
    }

    public int batchSize() {
        return batchSize;
    }

    public int size() {
        return n;
    }

    /** Batches per epoch at the current batch size: max(1, floor(n / batchSize)). */
    public int batchesPerEpoch() {
        return Math.max(1, n / batchSize);
    }

    /** Takes effect at the next batch; the position in the epoch and the random stream are kept. */
    public void setBatchSize(int b) {
        checkBatchSize(b);
        batchSize = b;
    }

    private void newEpoch() {
        Split.shuffle(perm, rnd);
        pos = 0;
        epoch++;
    }

    private static void checkBatchSize(int b) {
        if (b < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + b);
        }
    }
}
