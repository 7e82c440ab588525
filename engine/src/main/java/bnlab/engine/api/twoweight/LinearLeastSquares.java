package bnlab.engine.api.twoweight;

/**
 * Linear least squares with two weights and no bias:
 * L(w) = 1/(2n) ||X w - t||^2,  grad = X^T (X w - t) / n,  H = X^T X / n (constant).
 * The sums X^T X / n and X^T t / n are computed once; the problem's arrays are only read.
 */
public final class LinearLeastSquares implements Objective {

    private final TwoFeatureProblem p;
    private final Sym2 h;
    private final double[] xtT; // X^T t / n

    public LinearLeastSquares(TwoFeatureProblem p) {
        this.p = p;
        int n = p.size();
        double a = 0, b = 0, c = 0, g0 = 0, g1 = 0;
        for (int r = 0; r < n; r++) {
            double x0 = p.x(r, 0), x1 = p.x(r, 1);
            a += x0 * x0;
            b += x0 * x1;
            c += x1 * x1;
            g0 += x0 * p.t(r);
            g1 += x1 * p.t(r);
        }
        this.h = new Sym2(a / n, b / n, c / n);
        this.xtT = new double[] {g0 / n, g1 / n};
    }

    public TwoFeatureProblem problem() {
        return p;
    }

    // L(w) = 1/(2n) sum_r (x_r . w - t_r)^2, evaluated directly from the data
    @Override
    public double loss(double w1, double w2) {
        double s = 0;
        for (int r = 0; r < p.size(); r++) {
            double e = p.x(r, 0) * w1 + p.x(r, 1) * w2 - p.t(r);
            s += e * e;
        }
        return s / (2.0 * p.size());
    }

    // grad = X^T X w / n - X^T t / n = H w - X^T t / n
    @Override
    public double[] gradient(double w1, double w2) {
        double[] hw = h.times(new double[] {w1, w2});
        return new double[] {hw[0] - xtT[0], hw[1] - xtT[1]};
    }

    // H = X^T X / n, the same at every w
    @Override
    public Sym2 hessian(double w1, double w2) {
        return h;
    }

    public Sym2 hessian() {
        return h;
    }

    // w* = H^{-1} X^T t / n  (the normal equations)
    @Override
    public double[] minimizer() {
        return h.solve(xtT);
    }
}
