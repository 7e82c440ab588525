package bnlab.engine.api.twoweight;

/**
 * A symmetric 2x2 matrix [[a, b], [b, c]] with its eigen-decomposition in closed form.
 * Immutable; nothing here modifies its inputs.
 */
public record Sym2(double a, double b, double c) {

    // tr = a + c;  det = a*c - b^2
    public double trace() {
        return a + c;
    }

    public double det() {
        return a * c - b * b;
    }

    /**
     * lambda_max = tr/2 + sqrt((a - c)^2/4 + b^2)   (the larger root of lambda^2 - tr*lambda + det = 0)
     */
    public double lambdaMax() {
        return 0.5 * (a + c) + Math.hypot(0.5 * (a - c), b);
    }

    /**
     * lambda_min = tr/2 - sqrt((a - c)^2/4 + b^2), evaluated as det / lambda_max when lambda_max > 0
     * (no cancellation when kappa is huge).
     */
    public double lambdaMin() {
        double lmax = lambdaMax();
        if (lmax > 0) {
            return det() / lmax;
        }
        return 0.5 * (a + c) - Math.hypot(0.5 * (a - c), b);
    }

    /**
     * Unit eigenvector of lambda: (b, lambda - a) or (lambda - c, b), whichever is longer;
     * (1, 0) / (0, 1) when b = 0 and the matrix is diagonal.
     */
    public double[] eigenvector(double lambda) {
        double[] u = {b, lambda - a};
        double[] v = {lambda - c, b};
        double nu = Math.hypot(u[0], u[1]);
        double nv = Math.hypot(v[0], v[1]);
        if (nu == 0 && nv == 0) {
            return new double[] {1, 0};
        }
        double[] e = nu >= nv ? u : v;
        double n = Math.max(nu, nv);
        return new double[] {e[0] / n, e[1] / n};
    }

    // H v
    public double[] times(double[] v) {
        return new double[] {a * v[0] + b * v[1], b * v[0] + c * v[1]};
    }

    // H^{-1} v = [[c, -b], [-b, a]] v / det
    public double[] solve(double[] v) {
        double d = det();
        return new double[] {(c * v[0] - b * v[1]) / d, (-b * v[0] + a * v[1]) / d};
    }
}
