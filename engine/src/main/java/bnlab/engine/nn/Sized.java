package bnlab.engine.nn;

import java.util.function.IntFunction;

/**
 * A layer's buffers for each number of rows it has seen lately: the training batch, the evaluation
 * chunks, a landscape's samples. Alternating sizes then allocate nothing; beyond {@link #CAP} sizes
 * the least recently used set is dropped (the garbage collector frees it). Not thread-safe: one
 * owner at a time, like the layer.
 */
final class Sized<T> {
    static final int CAP = 6;
    private final int[] rows = new int[CAP];
    private final Object[] sets = new Object[CAP];
    private final long[] used = new long[CAP];
    private int n;
    private long clock;

    @SuppressWarnings("unchecked")
    T get(int r, IntFunction<T> make) {
        clock++;
        for (int i = 0; i < n; i++) {
            if (rows[i] == r) {
                used[i] = clock;
                return (T) sets[i];
            }
        }
        int slot = n;
        if (n < CAP) {
            n++;
        } else {
            slot = 0;
            for (int i = 1; i < CAP; i++) {
                if (used[i] < used[slot]) {
                    slot = i;
                }
            }
        }
        T t = make.apply(r);
        rows[slot] = r;
        sets[slot] = t;
        used[slot] = clock;
        return t;
    }
}
