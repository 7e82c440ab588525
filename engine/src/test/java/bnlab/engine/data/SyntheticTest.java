package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class SyntheticTest {

    private static final List<LongFunction<Dataset>> SETS = List.of(
            s -> Synthetic.spiral(301, 0.1, s), s -> Synthetic.moons(301, 0.1, s), s -> Synthetic.circles(301, 0.1, s),
            s -> Synthetic.xor(301, 0.1, s), s -> Synthetic.blobs(301, 4, 0.1, s));

    private static int[] counts(Dataset d) {
        int[] c = new int[d.numClasses()];
        for (int y : d.labels()) {
            c[y]++;
        }
        return c;
    }

    @Test
    void deterministicPerSeedAndDifferentAcrossSeeds() {
        for (LongFunction<Dataset> make : SETS) {
            Dataset a = make.apply(42);
            Dataset b = make.apply(42);
            Dataset c = make.apply(43);
            assertTrue(Arrays.deepEquals(a.rows(), b.rows()), a.name());
            assertArrayEquals(a.labels(), b.labels());
            assertFalse(Arrays.deepEquals(a.rows(), c.rows()), a.name());
            assertEquals(301, a.size());
            assertEquals(List.of("x1", "x2"), a.featureNames());
        }
    }

    @Test
    void classCountsAreBalanced() {
        assertArrayEquals(new int[] {101, 100, 100}, counts(Synthetic.spiral(301, 0.1, 1)));
        assertArrayEquals(new int[] {151, 150}, counts(Synthetic.moons(301, 0.1, 1)));
        assertArrayEquals(new int[] {151, 150}, counts(Synthetic.circles(301, 0.1, 1)));
        assertArrayEquals(new int[] {151, 150}, counts(Synthetic.xor(301, 0.1, 1)));
        assertArrayEquals(new int[] {76, 75, 75, 75}, counts(Synthetic.blobs(301, 4, 0.1, 1)));
    }

    @Test
    void noiseFreeShapesFollowTheirFormulas() {
        Dataset c = Synthetic.circles(200, 0, 7);
        for (int i = 0; i < c.size(); i++) {
            double r = Math.hypot(c.x(i, 0), c.x(i, 1));
            assertEquals(c.y(i) == 0 ? 1.0 : 0.5, r, 1e-6, "float32 coordinates");
        }
        Dataset x = Synthetic.xor(200, 0, 7);
        for (int i = 0; i < x.size(); i++) {
            assertEquals(x.x(i, 0) * x.x(i, 1) > 0 ? 0 : 1, x.y(i));
        }
        Dataset m = Synthetic.moons(200, 0, 7);
        for (int i = 0; i < m.size(); i++) {
            double cx = m.y(i) == 0 ? 0 : 1;
            double cy = m.y(i) == 0 ? 0 : 0.5;
            assertEquals(1.0, Math.hypot(m.x(i, 0) - cx, m.x(i, 1) - cy), 1e-6);
        }
        Dataset s = Synthetic.spiral(300, 0, 7);
        for (double[] p : s.rows()) {
            assertTrue(Math.hypot(p[0], p[1]) <= 1 + 1e-6);
        }
    }

    @Test
    void badlyScaledMultipliesExactlyOneColumn() {
        Dataset d = Synthetic.moons(50, 0.1, 3);
        Dataset b = Synthetic.badlyScaled(d, 0, 1000);
        assertEquals("moons (x1 x 1000)", b.name());
        for (int i = 0; i < d.size(); i++) {
            assertEquals((float) (d.x(i, 0) * 1000), b.x(i, 0), Math.ulp((float) (d.x(i, 0) * 1000)),
                    "scaled in double from the float32 value (at most one float rounding apart)");
            assertEquals(d.x(i, 1), b.x(i, 1));
        }
        assertArrayEquals(d.labels(), b.labels());
        assertNotEquals(d.x(0, 0), b.x(0, 0), "the original is not modified");
        assertEquals("moons (x2 x 0.001)", Synthetic.badlyScaled(d, 1, 0.001).name());
        assertThrows(IllegalArgumentException.class, () -> Synthetic.badlyScaled(d, 2, 10));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.badlyScaled(d, 0, Double.NaN));
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Synthetic.moons(1, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.spiral(2, 0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.circles(10, -0.1, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.xor(10, Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(10, 1, 0.1, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(3, 5, 0.1, 1));
        assertTrue(e.getMessage().contains("n = 3"), e.getMessage());
    }
}
