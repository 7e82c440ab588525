package bnlab.engine.session;

import bnlab.engine.train.TwinRunner;

/**
 * How many steps the twins take between two hand-overs when training flat out (see
 * {@link TwinRunner#steps}): as many as fit in about {@link #CHUNK_NANOS}, at most
 * {@link TwinRunner#MAX_CHUNK}, and never past the next evaluation step. Engine thread only.
 */
final class Chunks {
    /** A chunk lasts about this at most: a command or a due snapshot waits no longer for it. */
    static final long CHUNK_NANOS = 2_000_000L;
    private double nanosPerStep;

    /** Steps in the next chunk after step {@code step}: 1 .. MAX_CHUNK, ending at an evaluation step at the latest. */
    int next(long step, int evalEvery) {
        int every = Math.max(1, evalEvery);
        long toEval = every - step % every;
        long inTime = nanosPerStep <= 0 ? 1 : (long) (CHUNK_NANOS / nanosPerStep);
        return (int) Math.max(1, Math.min(Math.min(toEval, inTime), TwinRunner.MAX_CHUNK));
    }

    /** A chunk of k untraced steps took this long: the time a step takes, smoothed: s = (s + nanos / k) / 2. */
    void took(int k, long nanos) {
        double perStep = (double) nanos / k;
        nanosPerStep = nanosPerStep <= 0 ? perStep : 0.5 * (nanosPerStep + perStep);
    }
}
