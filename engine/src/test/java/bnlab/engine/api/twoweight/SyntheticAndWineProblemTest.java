package bnlab.engine.api.twoweight;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.engine.api.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Raw features make a canyon whose kappa grows like scale^2; standardized ones make a round bowl. */
class SyntheticAndWineProblemTest {

    private static double kappa(TwoFeatureProblem p) {
        Sym2 h = new LinearLeastSquares(p).hessian();
        return h.lambdaMax() / h.lambdaMin();
    }

    @Test
    void standardizedKappaIsNearOneForIndependentFeatures() {
        for (double scale : new double[] {1, 10, 1000}) {
            double k = kappa(TwoFeatureProblem.synthetic(7, 2000, scale).standardized());
            assertTrue(k >= 1 && k < 1.15, "kappa " + k + " at scale " + scale);
        }
    }

    @Test
    void standardizedFeaturesHaveZeroMeanAndUnitVariance() {
        TwoFeatureProblem z = TwoFeatureProblem.synthetic(3, 500, 250).standardized();
        Sym2 h = new LinearLeastSquares(z).hessian(); // diagonal of X^T X / n is the variance
        assertEquals(1.0, h.a(), 1e-12);
        assertEquals(1.0, h.c(), 1e-12);
        double m0 = 0, mt = 0;
        for (int r = 0; r < z.size(); r++) {
            m0 += z.x(r, 0);
            mt += z.t(r);
        }
        assertEquals(0.0, m0 / z.size(), 1e-12);
        assertEquals(0.0, mt / z.size(), 1e-12);
    }

    @Test
    void rawKappaGrowsLikeScaleSquared() {
        double k1 = kappa(TwoFeatureProblem.synthetic(7, 2000, 1));
        double k100 = kappa(TwoFeatureProblem.synthetic(7, 2000, 100));
        double k1000 = kappa(TwoFeatureProblem.synthetic(7, 2000, 1000));
        assertTrue(k1 > 5, "uncentered raw features are already a canyon: " + k1);
        assertEquals(100.0, k1000 / k100, 1.0);
        assertTrue(k100 > 1e4 * 2);
    }

    @Test
    void sameSeedGivesSamePointsAndWeightTwoShrinksByTheScale() {
        double[] w1 = new LinearLeastSquares(TwoFeatureProblem.synthetic(5, 300, 1)).minimizer();
        double[] w50 = new LinearLeastSquares(TwoFeatureProblem.synthetic(5, 300, 50)).minimizer();
        assertEquals(w1[0], w50[0], 1e-9);
        assertEquals(w1[1] / 50, w50[1], 1e-11);
        assertEquals(3.0, w1[1], 0.2);
    }

    @Test
    void wineProlineAndHueIsACanyonRawAndABowlStandardized() throws IOException {
        Path csv = Path.of("/work/shared/datasets/sklearn/wine_data.csv");
        Assumptions.assumeTrue(Files.exists(csv), "wine CSV not on this machine");
        Dataset wine = readSklearnCsv(csv);
        TwoFeatureProblem p = TwoFeatureProblem.fromDataset(wine, 12, 10);
        assertEquals(178, p.size());
        assertEquals(1065.0, p.x(0, 0));   // proline of the first row
        assertEquals((float) 1.04, p.x(0, 1));     // hue of the first row (stored as float32)
        assertEquals(0.0, p.t(0));         // its class
        assertTrue(kappa(p) > 1e4, "raw kappa " + kappa(p));
        assertTrue(kappa(p.standardized()) < 5, "standardized kappa " + kappa(p.standardized()));
    }

    /** sklearn layout: header "n,d,class names...", then d features and the class per row. */
    static Dataset readSklearnCsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int d = Integer.parseInt(lines.get(0).split(",")[1].trim());
        List<double[]> xs = new ArrayList<>();
        List<Integer> ys = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",");
            double[] row = new double[d];
            for (int k = 0; k < d; k++) {
                row[k] = Double.parseDouble(f[k]);
            }
            xs.add(row);
            ys.add(Integer.parseInt(f[d].trim()));
        }
        int[] y = ys.stream().mapToInt(Integer::intValue).toArray();
        return new Dataset("wine", xs.toArray(new double[0][]), y, 3, Dataset.defaultNames(d));
    }
}
