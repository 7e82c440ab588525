package bnlab.engine.api.twoweight;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Grid values are direct loss evaluations; gradients and Hessians match finite differences. */
class LossGridAndGradientTest {

    private final TwoFeatureProblem synth = TwoFeatureProblem.synthetic(11, 200, 30);

    /** L(w) = 1/(2n) sum_r (x_r . w - t_r)^2, written out independently. */
    private static double directLoss(TwoFeatureProblem p, double w1, double w2) {
        double s = 0;
        for (int r = 0; r < p.size(); r++) {
            double e = p.x(r, 0) * w1 + p.x(r, 1) * w2 - p.t(r);
            s += e * e;
        }
        return s / (2 * p.size());
    }

    @Test
    void gridValuesEqualDirectLossAtSamplePoints() {
        var f = new LinearLeastSquares(synth);
        var win = ContourGrid.Window.around(f.minimizer(), new double[] {0, 1}, 1.2);
        ContourGrid g = ContourGrid.compute(f, win, 41);
        assertEquals(win.xMin(), g.xs()[0], 1e-15);
        assertEquals(win.xMax(), g.xs()[40], 1e-12);
        assertEquals(win.yMax(), g.ys()[40], 1e-12);
        int[][] samples = {{0, 0}, {40, 40}, {3, 17}, {20, 20}, {40, 0}, {7, 33}};
        for (int[] s : samples) {
            int ix = s[0], iy = s[1];
            double want = directLoss(synth, g.xs()[ix], g.ys()[iy]);
            assertEquals(want, g.values()[iy][ix], 1e-9 * want, "at " + ix + "," + iy);
        }
        assertTrue(win.contains(0, 1));
        assertTrue(win.contains(f.minimizer()[0], f.minimizer()[1]));
    }

    @Test
    void quadraticLossMatchesItsTaylorExpansionAroundTheMinimum() {
        // L(w) = L(w*) + 1/2 (w - w*)^T H (w - w*) exactly, for a quadratic
        var f = new LinearLeastSquares(synth.standardized());
        double[] ws = f.minimizer();
        double[] d = {0.3, -0.7};
        double[] hd = f.hessian().times(d);
        double expect = f.loss(ws[0], ws[1]) + 0.5 * (d[0] * hd[0] + d[1] * hd[1]);
        assertEquals(expect, f.loss(ws[0] + d[0], ws[1] + d[1]), 1e-10);
    }

    @Test
    void linearGradientMatchesCentralDifferences() {
        var f = new LinearLeastSquares(synth);
        checkGradient(f, 1.3, 0.05, 1e-5);
        checkGradient(f, -2, 0.2, 1e-5);
    }

    @Test
    void logisticGradientAndHessianMatchCentralDifferences() {
        TwoFeatureProblem z = synth.standardized();
        double[] labels = new double[z.size()];
        for (int r = 0; r < z.size(); r++) {
            labels[r] = z.t(r) > 0 ? 1 : 0;
        }
        var f = new LogisticRegression2(z.withTargets("logistic", labels));
        checkGradient(f, 0.4, -0.8, 1e-6);
        double h = 1e-5, w1 = 0.4, w2 = -0.8;
        double[] gp = f.gradient(w1 + h, w2), gm = f.gradient(w1 - h, w2);
        double[] gq = f.gradient(w1, w2 + h), gn = f.gradient(w1, w2 - h);
        Sym2 hess = f.hessian(w1, w2);
        assertEquals((gp[0] - gm[0]) / (2 * h), hess.a(), 1e-7);
        assertEquals((gp[1] - gm[1]) / (2 * h), hess.b(), 1e-7);
        assertEquals((gq[0] - gn[0]) / (2 * h), hess.b(), 1e-7);
        assertEquals((gq[1] - gn[1]) / (2 * h), hess.c(), 1e-7);
        double[] ws = f.minimizer();
        double[] g = f.gradient(ws[0], ws[1]);
        assertEquals(0, Math.hypot(g[0], g[1]), 1e-10);
    }

    private static void checkGradient(Objective f, double w1, double w2, double relTol) {
        double[] g = f.gradient(w1, w2);
        double h = 1e-5 * (1 + Math.abs(w1) + Math.abs(w2));
        double d1 = (f.loss(w1 + h, w2) - f.loss(w1 - h, w2)) / (2 * h);
        double d2 = (f.loss(w1, w2 + h) - f.loss(w1, w2 - h)) / (2 * h);
        double scale = 1 + Math.hypot(g[0], g[1]);
        assertEquals(d1, g[0], relTol * scale);
        assertEquals(d2, g[1], relTol * scale);
    }
}
