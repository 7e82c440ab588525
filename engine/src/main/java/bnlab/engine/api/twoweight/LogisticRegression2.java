package bnlab.engine.api.twoweight;

/**
 * Logistic regression with two weights and no bias on labels t in {0, 1}:
 * p_r = sigmoid(x_r . w),  L(w) = -1/n sum_r [t_r log p_r + (1 - t_r) log(1 - p_r)],
 * grad = X^T (p - t) / n,  H(w) = X^T diag(p (1 - p)) X / n (depends on w).
 * The problem's arrays are only read.
 */
public final class LogisticRegression2 implements Objective {

    private final TwoFeatureProblem p;

    public LogisticRegression2(TwoFeatureProblem p) {
        for (int r = 0; r < p.size(); r++) {
            double v = p.t(r);
            if (v != 0 && v != 1) {
                throw new IllegalArgumentException(p.name() + ": logistic targets must be 0 or 1, got " + v);
            }
        }
        this.p = p;
    }

    // -[t log s(z) + (1 - t) log(1 - s(z))] = log(1 + e^z) - t z, with a stable softplus
    @Override
    public double loss(double w1, double w2) {
        double s = 0;
        for (int r = 0; r < p.size(); r++) {
            double z = p.x(r, 0) * w1 + p.x(r, 1) * w2;
            s += softplus(z) - p.t(r) * z;
        }
        return s / p.size();
    }

    // grad = X^T (p - t) / n
    @Override
    public double[] gradient(double w1, double w2) {
        double g0 = 0, g1 = 0;
        for (int r = 0; r < p.size(); r++) {
            double e = sigmoid(p.x(r, 0) * w1 + p.x(r, 1) * w2) - p.t(r);
            g0 += p.x(r, 0) * e;
            g1 += p.x(r, 1) * e;
        }
        return new double[] {g0 / p.size(), g1 / p.size()};
    }

    // H = X^T diag(p (1 - p)) X / n
    @Override
    public Sym2 hessian(double w1, double w2) {
        double a = 0, b = 0, c = 0;
        for (int r = 0; r < p.size(); r++) {
            double x0 = p.x(r, 0), x1 = p.x(r, 1);
            double s = sigmoid(x0 * w1 + x1 * w2);
            double d = s * (1 - s);
            a += d * x0 * x0;
            b += d * x0 * x1;
            c += d * x1 * x1;
        }
        int n = p.size();
        return new Sym2(a / n, b / n, c / n);
    }

    /**
     * w* by Newton's method w <- w - H(w)^{-1} grad(w) from 0 (at most 100 iterations); for
     * separable data no finite minimizer exists and the last iterate is returned.
     */
    @Override
    public double[] minimizer() {
        double[] w = {0, 0};
        for (int it = 0; it < 100; it++) {
            double[] g = gradient(w[0], w[1]);
            Sym2 h = hessian(w[0], w[1]);
            if (!(h.det() > 0)) {
                break;
            }
            double[] d = h.solve(g);
            w[0] -= d[0];
            w[1] -= d[1];
            if (Math.hypot(d[0], d[1]) <= 1e-12 * (1 + Math.hypot(w[0], w[1]))) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    // log(1 + e^z) without overflow
    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
