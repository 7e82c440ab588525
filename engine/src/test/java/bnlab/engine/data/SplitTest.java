package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SplitTest {

    // rows by content (the synthetic and wine rows are all distinct)
    private static Set<String> rows(Dataset d) {
        Set<String> s = new java.util.HashSet<>();
        for (double[] r : d.rows()) {
            s.add(Arrays.toString(r));
        }
        assertEquals(d.size(), s.size(), "rows are distinct");
        return s;
    }

    private static int indexOf(Dataset d, double[] row) {
        for (int i = 0; i < d.size(); i++) {
            if (Arrays.equals(d.row(i), row)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void sizesDisjointAndCovering() {
        Dataset d = Synthetic.spiral(300, 0.1, 1);
        for (boolean stratify : new boolean[] {true, false}) {
            Split s = Split.of(d, 0.2, 5, stratify);
            assertEquals(240, s.train().size());
            assertEquals(60, s.test().size());
            Set<String> train = rows(s.train());
            Set<String> test = rows(s.test());
            assertEquals(240, train.size());
            test.forEach(r -> assertTrue(!train.contains(r), "a test row is also in train"));
            train.addAll(test);
            assertEquals(rows(d), train);
        }
    }

    @Test
    void labelsFollowTheirRowsAndStratificationKeepsProportions() throws Exception {
        Dataset wine = Bundled.wine();
        Split s = Split.of(wine, 0.25, 9);
        assertEquals(45, s.test().size()); // round(178 * 0.25) = 44.5 -> 45
        int[] counts = new int[3];
        for (int y : s.test().labels()) {
            counts[y]++;
        }
        // 45 * (59, 71, 48) / 178 = 14.9, 17.9, 12.1 -> 14, 17, 12 then +1 to the largest remainders
        assertEquals(15, counts[0]);
        assertEquals(18, counts[1]);
        assertEquals(12, counts[2]);
        for (Dataset part : new Dataset[] {s.train(), s.test()}) {
            for (int i = 0; i < part.size(); i++) {
                int orig = indexOf(wine, part.row(i));
                assertEquals(wine.y(orig), part.y(i));
            }
        }
    }

    @Test
    void seededAndShuffled() {
        Dataset d = Synthetic.moons(100, 0.1, 1);
        assertTrue(Arrays.deepEquals(Split.of(d, 0.3, 4).test().rows(), Split.of(d, 0.3, 4).test().rows()));
        assertTrue(!Arrays.deepEquals(Split.of(d, 0.3, 4).test().rows(), Split.of(d, 0.3, 5).test().rows()));
        assertFalse(Arrays.equals(d.row(0), Split.of(d, 0.3, 4).train().row(0)), "order is shuffled");
    }

    @Test
    void zeroTestFractionGivesTestEqualTrainAndLimitsAreChecked() {
        Dataset d = Synthetic.xor(10, 0.1, 1);
        Split s = Split.of(d, 0, 1);
        assertSame(s.train(), s.test());
        assertEquals(10, s.train().size());
        assertEquals(1, Split.of(d, 0.01, 1).test().size(), "a positive fraction holds out at least one");
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, 0.9, 1), "only 1 training sample");
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, 1.0, 1));
        assertThrows(IllegalArgumentException.class, () -> Split.of(d, -0.1, 1));
        assertEquals(2, Split.of(d, 0.8, 1).train().size());
    }
}
