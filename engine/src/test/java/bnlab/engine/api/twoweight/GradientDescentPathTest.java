package bnlab.engine.api.twoweight;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The path is the update rule, it converges just below 2 / lambda_max and diverges just above. */
class GradientDescentPathTest {

    // X = [[3, 3], [1, -1], [0, 2]], n = 3, t = (1, 2, -1)
    private static final double[][] X = {{3, 3}, {1, -1}, {0, 2}};
    private static final double[] T = {1, 2, -1};
    private final LinearLeastSquares f = new LinearLeastSquares(new TwoFeatureProblem("hand", X, T));

    /** grad_k = 1/n sum_r x_rk (x_r . w - t_r), written out from the data. */
    private static double[] handGradient(double w1, double w2) {
        double g1 = 0, g2 = 0;
        for (int r = 0; r < 3; r++) {
            double e = X[r][0] * w1 + X[r][1] * w2 - T[r];
            g1 += X[r][0] * e / 3;
            g2 += X[r][1] * e / 3;
        }
        return new double[] {g1, g2};
    }

    @Test
    void pathEqualsAHandIterationForThreeSteps() {
        double lr = 0.07;
        double[] w = {-1, 2};
        GdPath p = GdPath.run(f, w, lr, 3, 1e9);
        assertEquals(3, p.steps());
        assertFalse(p.diverged());
        assertEquals(-1, p.w1()[0]);
        assertEquals(2, p.w2()[0]);
        for (int t = 1; t <= 3; t++) {
            double[] g = handGradient(w[0], w[1]);
            w = new double[] {w[0] - lr * g[0], w[1] - lr * g[1]};
            assertEquals(w[0], p.w1()[t], 1e-13, "w1 at step " + t);
            assertEquals(w[1], p.w2()[t], 1e-13, "w2 at step " + t);
        }
    }

    @Test
    void convergesJustBelowTheBound() {
        Readouts r0 = Readouts.of(f.hessian(), 1, new double[] {0, 0}, f.minimizer(), 1e-8);
        double lr = 0.99 * r0.lrMax();
        double[] w0 = {-1, 2};
        double[] ws = f.minimizer();
        GdPath p = GdPath.run(f, w0, lr, 5000, GdPath.defaultBound(f));
        assertFalse(p.diverged());
        assertTrue(p.distance(p.steps(), ws) < 1e-8 * p.distance(0, ws));
        Readouts r = Readouts.of(f.hessian(), lr, w0, ws, 1e-6);
        assertTrue(r.converges());
        // the predicted step count is the first step of the iterated path within tolerance
        int first = 0;
        while (p.distance(first, ws) > 1e-6) {
            first++;
        }
        assertEquals(first, r.stepsToTol());
    }

    @Test
    void divergesJustAboveTheBoundAndStopsWithoutOverflow() {
        double lrMax = 2 / f.hessian().lambdaMax();
        double[] w0 = {-1, 2};
        double[] ws = f.minimizer();
        GdPath p = GdPath.run(f, w0, 1.01 * lrMax, 100_000, GdPath.defaultBound(f));
        assertTrue(p.diverged());
        assertTrue(p.steps() < 100_000);
        assertTrue(p.distance(p.steps(), ws) > 1e5 * p.distance(0, ws));
        for (int t = 0; t <= p.steps(); t++) {
            assertTrue(Double.isFinite(p.w1()[t]) && Double.isFinite(p.w2()[t]));
        }
        // the distance grows: every 2 steps the stiff component gains a factor 1.02^2
        assertTrue(p.distance(400, ws) > p.distance(200, ws));
        assertFalse(Readouts.of(f.hessian(), 1.01 * lrMax, w0, ws, 1e-6).converges());
    }

    @Test
    void hugeLearningRateStopsAtOnceAndStaysFinite() {
        GdPath p = GdPath.run(f, new double[] {-1, 2}, 1e200, 50, GdPath.defaultBound(f));
        assertTrue(p.diverged());
        assertEquals(0, p.steps());
    }
}
