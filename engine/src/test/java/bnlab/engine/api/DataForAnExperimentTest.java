package bnlab.engine.api;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Data a classifier cannot train on are refused before the twins are built, with their numbers: a CSV whose 200
 * rows all had label 0 trained with a loss of exactly 0 and "100 %" accuracy; a CSV of 2 rows stopped training on
 * "an unexpected error: IllegalArgumentException: ... leaves 1 for training" (a robustness review).
 */
class DataForAnExperimentTest {
    private static Dataset rows(int... labels) {
        double[][] x = new double[labels.length][];
        for (int i = 0; i < x.length; i++) {
            x[i] = new double[] {i, -i};
        }
        int classes = java.util.Arrays.stream(labels).max().orElse(0) + 1;
        return new Dataset("t.csv", x, labels, classes, List.of("a", "b"));
    }

    @Test
    void oneClassIsRefusedWithItsLabelAndCount() {
        Problem p = ExperimentSpec.defaults().problemWith(rows(3, 3, 3, 3, 3));
        assertEquals(DataProblem.ONE_CLASS, p.code());
        assertEquals(List.of("t.csv", 5, 3), p.args());
    }

    @Test
    void fewerThanTwoTrainingSamplesAreRefusedWithTheSplitsNumbers() {
        // 2 samples at 0.2: round(0.4) = 0, raised to 1 test sample, 1 left for training
        Problem p = ExperimentSpec.defaults().problemWith(rows(0, 1));
        assertEquals(DataProblem.TOO_FEW_TO_TRAIN, p.code());
        assertEquals(List.of("t.csv", 2, 0.2, 1), p.args());
        // 3 samples leave 2: accepted, as the split takes them
        assertNull(ExperimentSpec.defaults().problemWith(rows(0, 1, 0)));
        assertEquals(1, ExperimentSpec.testSamples(3, 0.2));
        assertEquals(0, ExperimentSpec.testSamples(3, 0));
        assertEquals(20, ExperimentSpec.testSamples(100, 0.2));
    }
}
