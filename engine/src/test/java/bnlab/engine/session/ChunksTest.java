package bnlab.engine.session;

import bnlab.engine.train.TwinRunner;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chunk: one step until a step's time is known, then what fits in ~2 ms, at most MAX, ending at an evaluation. */
class ChunksTest {
    @Test
    void aChunkFitsItsTimeAndEndsAtTheNextEvaluation() {
        Chunks c = new Chunks();
        assertEquals(1, c.next(0, 20), "no step timed yet");
        c.took(4, 4 * 100_000L); // 0.1 ms a step: 20 would fit in 2 ms
        assertEquals(TwinRunner.MAX_CHUNK, c.next(0, 20));
        assertEquals(3, c.next(17, 20), "steps 18, 19, 20: the evaluation at 20 comes after the chunk");
        assertEquals(1, c.next(19, 20));
        assertEquals(TwinRunner.MAX_CHUNK, c.next(20, 20));
        assertEquals(1, c.next(41, 1), "an evaluation at every step");
        c.took(1, 1_300_000L); // smoothed: (0.1 + 1.3) / 2 = 0.7 ms a step: 2 fit
        assertEquals(2, c.next(0, 20));
        c.took(2, 2 * 20_000_000L); // a CNN on 28 x 28 images: 20 ms a step
        assertEquals(1, c.next(0, 20), "one step at a time when a step alone is longer than a chunk");
    }
}
