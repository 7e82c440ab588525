package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class StandardizerTest {

    @Test
    void handCheckedSmallExample() {
        // column 0: 1, 2, 3 -> mean 2, biased var (1 + 0 + 1) / 3, std sqrt(2/3)
        // column 1: 5, 5, 5 -> constant: mean 5, std 1, maps to 0
        Dataset d = new Dataset("t", new double[][] {{1, 5}, {2, 5}, {3, 5}}, new int[] {0, 1, 0}, 2,
                List.of("a", "b"));
        Standardizer s = Standardizer.fit(d);
        assertArrayEquals(new double[] {2, 5}, s.mean(), 1e-15);
        assertArrayEquals(new double[] {Math.sqrt(2.0 / 3), 1}, s.std(), 1e-15);
        Dataset z = s.apply(d);
        double k = 1 / Math.sqrt(2.0 / 3);
        // standardized in double, kept as float32
        assertArrayEquals(new double[] {(float) -k, 0}, z.row(0));
        assertArrayEquals(new double[] {0, 0}, z.row(1));
        assertArrayEquals(new double[] {(float) k, 0}, z.row(2));
        assertEquals(1.0, d.x(0, 0), "input untouched");
        assertArrayEquals(d.labels(), z.labels());
    }

    @Test
    void trainBecomesMeanZeroStdOne() throws Exception {
        Dataset wine = Bundled.wine();
        Dataset z = Standardizer.fit(wine).apply(wine);
        for (int j = 0; j < z.dim(); j++) {
            double sum = 0;
            double sq = 0;
            for (double[] r : z.rows()) {
                sum += r[j];
                sq += r[j] * r[j];
            }
            double mean = sum / z.size();
            // float32 storage: each value within 6e-8 relative of the exact one
            assertEquals(0, mean, 1e-7, "mean of " + z.featureNames().get(j));
            assertEquals(1, Math.sqrt(sq / z.size() - mean * mean), 1e-6, "std of " + z.featureNames().get(j));
        }
    }

    @Test
    void testDataUsesTrainStatisticsAndDimensionsMustMatch() {
        Dataset train = Synthetic.blobs(100, 2, 0.3, 1);
        Standardizer s = Standardizer.fit(train);
        Dataset other = Synthetic.blobs(10, 2, 0.3, 2);
        Dataset z = s.apply(other);
        assertEquals((float) ((other.x(3, 1) - s.mean()[1]) / s.std()[1]), z.x(3, 1));
        Dataset three = new Dataset("3d", new double[][] {{1, 2, 3}}, new int[] {0}, 1, Dataset.defaultNames(3));
        assertThrows(IllegalArgumentException.class, () -> s.apply(three));
    }
}
