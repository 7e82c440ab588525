package bnlab.engine.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Merging bins k at a time, against hand-counted values. */
class HistogramTest {
    // 8 bins of width 0.5 over [-2, 2): counts 1..8, 36 values, 3 of them outside (in the end bins)
    private static final Histogram H = new Histogram(-2, 2, new long[] {1, 2, 3, 4, 5, 6, 7, 8}, 0.25, 1.1, 36, 3);

    @Test
    void binsMergeInGroupsOverTheSameRange() {
        Histogram m = H.merged(4);
        assertArrayEquals(new long[] {1 + 2 + 3 + 4, 5 + 6 + 7 + 8}, m.counts());
        assertEquals(-2, m.lo());
        assertEquals(2, m.hi(), 0.0, "a multiple of k: the range to the bit");
        assertEquals(2, m.binWidth(), 1e-15);
        assertEquals(H.mean(), m.mean());
        assertEquals(H.std(), m.std());
        assertEquals(36, m.n());
        assertEquals(3, m.outside());
    }

    /** 8 bins in threes: 1+2+3, 4+5+6, 7+8 and an empty ninth bin's place, the range reaching to 2.5. */
    @Test
    void aShortLastGroupExtendsTheRange() {
        Histogram m = H.merged(3);
        assertArrayEquals(new long[] {6, 15, 15}, m.counts());
        assertEquals(-2, m.lo());
        assertEquals(2.5, m.hi(), 1e-15);
        assertEquals(1.5, m.binWidth(), 1e-15);
        assertEquals(36, java.util.Arrays.stream(m.counts()).sum());
    }

    @Test
    void oneIsItselfAndLessIsRefused() {
        assertSame(H, H.merged(1));
        assertThrows(IllegalArgumentException.class, () -> H.merged(0));
        assertArrayEquals(new long[] {36}, H.merged(8).counts());
        assertArrayEquals(new long[] {36}, H.merged(20).counts());
        assertEquals(-2 + 20 * 0.5, H.merged(20).hi(), 1e-15);
    }
}
