package bnlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatcherTest {

    @Test
    void sameArgumentsSameSequenceOtherSeedOtherSequence() {
        Batcher a = new Batcher(100, 7, 11);
        Batcher b = new Batcher(100, 7, 11);
        Batcher c = new Batcher(100, 7, 12);
        boolean differs = false;
        for (int i = 0; i < 50; i++) {
            int[] x = a.next();
            assertArrayEquals(x, b.next());
            differs |= !Arrays.equals(x, c.next());
        }
        assertTrue(differs);
    }

    @Test
    void dropLastAndEpochCount() {
        Batcher b = new Batcher(10, 3, 1);
        for (int epoch = 0; epoch < 4; epoch++) {
            Set<Integer> seen = new HashSet<>();
            for (int k = 0; k < 3; k++) {
                assertEquals(epoch, b.epoch());
                int[] batch = b.next();
                assertEquals(3, batch.length);
                for (int i : batch) {
                    assertTrue(i >= 0 && i < 10 && seen.add(i), "index repeated within an epoch");
                }
            }
            assertEquals(9, seen.size(), "one sample is dropped each epoch");
            assertEquals(epoch + 1, b.epoch());
        }
        assertEquals(3, b.batchesPerEpoch());
    }

    @Test
    void epochsAreFreshPermutations() {
        Batcher b = new Batcher(20, 20, 3);
        int[] first = b.next();
        int[] second = b.next();
        assertFalse(Arrays.equals(first, second));
        Arrays.sort(first);
        Arrays.sort(second);
        assertArrayEquals(first, second);
        assertEquals(2, b.epoch());
    }

    @Test
    void fewerSamplesThanBatchSizeGivesTheWholeSet() {
        Batcher b = new Batcher(5, 8, 2);
        for (int e = 0; e < 3; e++) {
            int[] batch = b.next();
            assertEquals(5, batch.length);
            assertEquals(5, Arrays.stream(batch).distinct().count());
            assertEquals(e + 1, b.epoch());
        }
    }

    @Test
    void setBatchSizeKeepsPositionAndRandomStream() {
        Batcher a = new Batcher(12, 4, 9);
        Batcher ref = new Batcher(12, 2, 9); // same seed: same permutations
        int[] a1 = a.next();
        int[] r1 = ref.next();
        int[] r2 = ref.next();
        assertArrayEquals(a1, concat(r1, r2));
        a.setBatchSize(2);
        assertArrayEquals(ref.next(), a.next(), "continues where the 4-batch stopped");
        assertEquals(0, a.epoch());
        a.setBatchSize(5); // 6 left: one batch of 5, then 1 left -> new epoch
        assertEquals(5, a.next().length);
        assertEquals(1, a.epoch());
        a.setBatchSize(8); // fresh epoch, 12 left: one batch, then 4 < 8 -> epoch 2
        assertEquals(8, a.next().length);
        assertEquals(2, a.epoch());
        assertThrows(IllegalArgumentException.class, () -> a.setBatchSize(0));
        assertThrows(IllegalArgumentException.class, () -> new Batcher(10, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Batcher(0, 1, 1));
    }

    @Test
    void growingTheBatchPastWhatIsLeftStartsTheNextEpoch() {
        Batcher a = new Batcher(10, 3, 4);
        a.next();
        a.next(); // 4 left
        a.setBatchSize(5);
        assertEquals(0, a.epoch());
        int[] batch = a.next();
        assertEquals(5, batch.length);
        assertEquals(1, a.epoch());
        assertEquals(5, Arrays.stream(batch).distinct().count());
    }

    /** peek shows the batch next() gives (over epochs), or null where next() reshuffles first; it changes nothing. */
    @Test
    void peekShowsTheNextBatchWithoutTakingIt() {
        Batcher a = new Batcher(23, 5, 9);
        Batcher b = new Batcher(23, 5, 9);
        for (int i = 0; i < 40; i++) {
            int[] seen = a.peek();
            int[] again = a.peek();
            int[] next = a.next();
            assertArrayEquals(b.next(), next, "peeking changes nothing, batch " + i);
            if (seen != null) {
                assertArrayEquals(next, seen, "batch " + i);
                assertArrayEquals(seen, again);
            }
            if (i == 20) {
                a.setBatchSize(7);
                b.setBatchSize(7);
            }
        }
        Batcher c = new Batcher(10, 3, 4);
        c.next();
        c.next(); // 4 left
        c.setBatchSize(5);
        assertEquals(null, c.peek(), "the next call starts an epoch");
    }

    /** peek(ahead) shows the batch next() gives after that many more calls while it is in this epoch, else null. */
    @Test
    void peekAheadShowsTheBatchesOfThisEpochAfterTheNext() {
        Batcher a = new Batcher(23, 5, 9); // 4 batches an epoch, 3 rows dropped
        Batcher b = new Batcher(23, 5, 9);
        for (int i = 0; i < 20; i++) {
            int left = 3 - i % 4; // batches of this epoch after the next one
            for (int ahead = 0; ahead <= 5; ahead++) {
                int[] seen = a.peek(ahead);
                if (ahead > left) {
                    assertEquals(null, seen, "batch " + i + ", " + ahead + " ahead: in the next epoch");
                    continue;
                }
                Batcher c = new Batcher(23, 5, 9);
                for (int j = 0; j < i + ahead; j++) {
                    c.next();
                }
                assertArrayEquals(c.next(), seen, "batch " + i + ", " + ahead + " ahead");
            }
            assertArrayEquals(b.next(), a.next(), "peeking changes nothing, batch " + i);
        }
        assertEquals(null, a.peek(-1));
        assertArrayEquals(a.peek(), a.peek(0));
    }

    private static int[] concat(int[] a, int[] b) {
        int[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
