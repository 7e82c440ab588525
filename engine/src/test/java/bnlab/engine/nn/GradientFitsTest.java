package bnlab.engine.nn;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The step's gradient check against its definition, computed here in double: sum g_i^2 finite in the
 * gradient's type (for float, at most Float.MAX_VALUE). Covers the quick path (the sum of |g_i| within
 * half the limit) and the norm it falls back on: large but fitting, too large, NaN, infinities.
 */
class GradientFitsTest {
    static {
        Nd4jSetup.singleThreaded();
    }

    private static Param param(DataType t, double... g) {
        Param p = new Param("W", Nd4j.zeros(t, 1, g.length));
        for (int i = 0; i < g.length; i++) {
            p.grad().putScalar(0, i, g[i]);
        }
        return p;
    }

    // the definition, in double (float gradients are exact in double; their squares too)
    private static boolean fits(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return s <= Float.MAX_VALUE;
    }

    @Test
    void agreesWithTheDefinitionFromTinyToOverflowing() {
        Random rng = new Random(7);
        int passed = 0;
        for (int trial = 0; trial < 400; trial++) {
            int n = 1 + rng.nextInt(trial % 4 == 0 ? 80_000 : 300);
            double scale = Math.pow(10, rng.nextInt(22));
            double[] g = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = (float) (rng.nextGaussian() * scale);
            }
            boolean expected = fits(g);
            assertEquals(expected, param(DataType.FLOAT, g).gradientFits(), "n " + n + ", scale " + scale);
            passed += expected ? 1 : 0;
        }
        assertTrue(passed > 100 && passed < 380, "both answers are tried: " + passed + " of 400 fit");
    }

    @Test
    void largeButFittingPassesThroughTheNorm() {
        // sum |g| = 1e19, over half the limit (9.2e18): the norm decides, sqrt(10) * 1e18 = 3.2e18 fits
        double[] g = new double[10];
        java.util.Arrays.fill(g, 1e18);
        assertTrue(param(DataType.FLOAT, g).gradientFits());
        java.util.Arrays.fill(g, 1e19);
        assertFalse(param(DataType.FLOAT, g).gradientFits(), "norm 3.2e19 is over sqrt(Float.MAX_VALUE)");
        // one element: sum |g| is the norm itself, 1.5 times the limit
        assertFalse(param(DataType.FLOAT, 2.7e19).gradientFits());
        assertTrue(param(DataType.FLOAT, 1.8e19).gradientFits());
    }

    @Test
    void nanAndInfinitiesNeverPass() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            double[] g = new double[1000];
            g[537] = bad;
            assertFalse(param(DataType.FLOAT, g).gradientFits(), "float with " + bad);
            assertFalse(param(DataType.DOUBLE, g).gradientFits(), "double with " + bad);
        }
        assertTrue(param(DataType.DOUBLE, 1e150, -1e150).gradientFits(), "fits in double");
        assertFalse(param(DataType.DOUBLE, 1e154, 1e154).gradientFits(), "2e308 does not");
    }
}
