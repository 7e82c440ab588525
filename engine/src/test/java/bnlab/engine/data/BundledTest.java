package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;

import static bnlab.engine.data.Loading.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class BundledTest {

    /** The first line of a bundled file, read independently of CsvLoader from the assets folder. */
    private static String[] firstRow(String file, boolean gz, int skip) throws IOException {
        Path p = Path.of("..", "assets", "datasets", file);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                gz ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p), StandardCharsets.UTF_8))) {
            for (int i = 0; i < skip; i++) {
                r.readLine();
            }
            return r.readLine().split(",");
        }
    }

    // the row's features as the data set keeps them: float32
    private static double[] features(String[] row) {
        return Arrays.stream(row, 0, row.length - 1).mapToDouble(v -> (float) Double.parseDouble(v)).toArray();
    }

    @Test
    void digits() throws Exception {
        Dataset d = Bundled.digits();
        assertEquals(1797, d.size());
        assertEquals(64, d.dim());
        assertEquals(10, d.numClasses());
        assertEquals("px(0,0)", d.featureNames().get(0));
        assertEquals("px(7,7)", d.featureNames().get(63));
        String[] row = firstRow("digits.csv.gz", true, 0);
        assertArrayEquals(features(row), d.row(0));
        assertEquals(Integer.parseInt(row[64]), d.y(0));
        assertEquals(5.0, d.x(0, 2), "digits.csv.gz starts 0,0,5,13,...");
        for (double[] r : d.rows()) {
            for (double v : r) {
                assertTrue(v >= 0 && v <= 16 && v == Math.rint(v));
            }
        }
    }

    @Test
    void wine() throws Exception {
        Dataset d = Bundled.wine();
        assertEquals(178, d.size());
        assertEquals(13, d.dim());
        assertEquals(3, d.numClasses());
        assertEquals("alcohol", d.featureNames().get(0));
        assertEquals("proline", d.featureNames().get(12));
        double min = Double.MAX_VALUE;
        double max = 0;
        for (double[] r : d.rows()) {
            min = Math.min(min, r[12]);
            max = Math.max(max, r[12]);
        }
        assertTrue(min >= 100 && min < 1000, "proline in the hundreds: " + min);
        assertEquals(1680, max);
        assertArrayEquals(features(firstRow("wine_data.csv", false, 1)), d.row(0));
        int[] counts = new int[3];
        for (int y : d.labels()) {
            counts[y]++;
        }
        assertArrayEquals(new int[] {59, 71, 48}, counts, "class distribution from wine_data.rst");
    }

    @Test
    void iris() throws Exception {
        Dataset d = Bundled.iris();
        assertEquals(150, d.size());
        assertEquals(4, d.dim());
        assertEquals(3, d.numClasses());
        assertEquals("petal width (cm)", d.featureNames().get(3));
        // features are kept as float32, the precision the networks train in
        assertArrayEquals(new double[] {(float) 5.1, (float) 3.5, (float) 1.4, (float) 0.2}, d.row(0));
    }

    @Test
    void missingOrMismatchedBundledSets() {
        assertProblem(() -> Bundled.load("nothing.csv", "nothing", Bundled.IRIS_NAMES), DataProblem.BUNDLED_MISSING,
                "/bnlab/datasets/nothing.csv");
        assertProblem(() -> Bundled.load("iris.csv", "iris", Bundled.WINE_NAMES), DataProblem.BUNDLED_WRONG_FEATURE_COUNT,
                "iris.csv", 13, 4);
    }
}
