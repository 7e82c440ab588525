package bnlab.engine.api.twoweight;


import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Eigenvalues, kappa and 2 / lambda_max of H = X^T X / n against closed forms worked by hand. */
class HessianReadoutsTest {

    private static final double[] ORIGIN = {0, 0};

    @Test
    void diagonalHessianHasItsDiagonalAsEigenvalues() {
        // X = [[2, 0], [0, 1]], n = 2: H = [[4, 0], [0, 1]] / 2 = diag(2, 0.5)
        var f = new LinearLeastSquares(new TwoFeatureProblem("diag", new double[][] {{2, 0}, {0, 1}}, new double[] {1, 1}));
        Sym2 h = f.hessian();
        assertEquals(2.0, h.a(), 1e-15);
        assertEquals(0.0, h.b(), 1e-15);
        assertEquals(0.5, h.c(), 1e-15);
        Readouts r = Readouts.of(h, 0.1, ORIGIN, f.minimizer(), 1e-6);
        assertEquals(2.0, r.lambdaMax(), 1e-14);
        assertEquals(0.5, r.lambdaMin(), 1e-14);
        assertEquals(4.0, r.kappa(), 1e-13);
        assertEquals(1.0, r.lrMax(), 1e-14);
        // rho = max(|1 - 0.1 * 2|, |1 - 0.1 * 0.5|) = 0.95
        assertEquals(0.95, r.spectralRadius(), 1e-14);
    }

    @Test
    void rotatedHessianHasEigenvaluesFromTraceAndDeterminant() {
        // X = [[3, 3], [1, -1]], n = 2: X^T X = [[10, 8], [8, 10]], H = [[5, 4], [4, 5]]
        // tr = 10, det = 9: lambda = 5 +- 4 -> 9 and 1, eigenvector of 9 is (1, 1)/sqrt 2
        var f = new LinearLeastSquares(new TwoFeatureProblem("rot", new double[][] {{3, 3}, {1, -1}}, new double[] {0, 0}));
        Sym2 h = f.hessian();
        assertEquals(new Sym2(5, 4, 5), h);
        Readouts r = Readouts.of(h, 0.01, ORIGIN, ORIGIN, 1e-6);
        assertEquals(9.0, r.lambdaMax(), 1e-14);
        assertEquals(1.0, r.lambdaMin(), 1e-14);
        assertEquals(9.0, r.kappa(), 1e-13);
        assertEquals(2.0 / 9.0, r.lrMax(), 1e-15);
        double s = Math.sqrt(0.5);
        double[] v = h.eigenvector(9);
        assertEquals(1.0, Math.abs(v[0] * s + v[1] * s), 1e-14);
    }

    @Test
    void smallEigenvalueStaysAccurateWhenKappaIsHuge() {
        // [[1e8, 1e4], [1e4, 2]]: det = 2e8 - 1e8 = 1e8, tr = 1e8 + 2
        Sym2 h = new Sym2(1e8, 1e4, 2);
        double lmax = 0.5 * (1e8 + 2) + Math.sqrt(Math.pow(0.5 * (1e8 - 2), 2) + 1e8);
        assertEquals(lmax, h.lambdaMax(), 1e-6);
        assertEquals(1e8 / lmax, h.lambdaMin(), 1e-14);
        assertEquals(h.trace(), h.lambdaMax() + h.lambdaMin(), 1e-6);
    }

    @Test
    void minimizerSolvesTheNormalEquations() {
        // X = I * 2 rows: t = (4, 3); H = diag(2, 0.5), X^T t / n = (4, 1.5): w* = (2, 3)
        var f = new LinearLeastSquares(new TwoFeatureProblem("diag", new double[][] {{2, 0}, {0, 1}}, new double[] {4, 3}));
        assertArrayEquals(new double[] {2, 3}, f.minimizer(), 1e-14);
        assertArrayEquals(new double[] {0, 0}, f.gradient(2, 3), 1e-14);
        assertEquals(0.0, f.loss(2, 3), 1e-14);
    }

    @Test
    void readoutsConvergeBelowTheBoundAndNeverAboveIt() {
        Sym2 h = new Sym2(5, 4, 5);
        Readouts below = Readouts.of(h, 0.99 * 2 / 9, new double[] {1, 0}, ORIGIN, 1e-6);
        Readouts above = Readouts.of(h, 1.01 * 2 / 9, new double[] {1, 0}, ORIGIN, 1e-6);
        assertTrue(below.converges());
        assertTrue(below.stepsToTol() > 0);
        assertFalse(above.converges());
        assertTrue(above.diverges());
        assertEquals(Readouts.NEVER, above.stepsToTol());
    }
}
