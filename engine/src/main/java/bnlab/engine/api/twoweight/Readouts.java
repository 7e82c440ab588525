package bnlab.engine.api.twoweight;

/**
 * What the landscape view reads off the exact Hessian H for gradient descent at rate lr.
 *
 * @param lambdaMin      smaller eigenvalue of H
 * @param lambdaMax      larger eigenvalue of H
 * @param kappa          condition number lambda_max / lambda_min (infinite if lambda_min <= 0)
 * @param lrMax          largest stable learning rate 2 / lambda_max
 * @param lr             the learning rate these read-outs are for
 * @param spectralRadius rho = max_i |1 - lr * lambda_i|, the per-step contraction of the error
 * @param stepsToTol     least t with ||w_t - w*|| <= tol, or {@link #NEVER}
 * @param tol            the tolerance
 */
public record Readouts(double lambdaMin, double lambdaMax, double kappa, double lrMax, double lr,
                       double spectralRadius, long stepsToTol, double tol) {

    public static final long NEVER = -1;

    /** True when lr < 2 / lambda_max (every error component shrinks). */
    public boolean converges() {
        return spectralRadius < 1;
    }

    public boolean diverges() {
        return !converges();
    }

    /**
     * Read-outs for a quadratic with Hessian h and minimizer wStar, started at w0.
     * The error e_t = w_t - w* obeys e_{t+1} = (I - lr H) e_t, so with e_0 = c1 v1 + c2 v2 in the
     * eigenbasis, ||e_t||^2 = c1^2 r1^(2t) + c2^2 r2^(2t), r_i = 1 - lr lambda_i. That is
     * non-increasing in t when rho < 1, so the least t with ||e_t|| <= tol is found by bisection
     * on [0, T], T = ceil(ln(tol / ||e_0||) / ln rho) (since ||e_t|| <= rho^t ||e_0||).
     */
    public static Readouts of(Sym2 h, double lr, double[] w0, double[] wStar, double tol) {
        double lmax = h.lambdaMax();
        double lmin = h.lambdaMin();
        double kappa = lmin > 0 ? lmax / lmin : Double.POSITIVE_INFINITY;
        double r1 = 1 - lr * lmax;
        double r2 = 1 - lr * lmin;
        double rho = Math.max(Math.abs(r1), Math.abs(r2));
        double[] v1 = h.eigenvector(lmax);
        double[] v2 = {-v1[1], v1[0]};
        double e0 = w0[0] - wStar[0], e1 = w0[1] - wStar[1];
        double c1 = e0 * v1[0] + e1 * v1[1];
        double c2 = e0 * v2[0] + e1 * v2[1];
        double norm0 = Math.hypot(e0, e1);
        long steps;
        if (norm0 <= tol) {
            steps = 0;
        } else if (!(rho < 1)) {
            steps = NEVER;
        } else if (rho == 0) {
            steps = 1;
        } else {
            double tol2 = tol * tol;
            long lo = 0;
            long hi = (long) Math.ceil(Math.log(tol / norm0) / Math.log(rho)) + 1;
            // invariant: err2(lo) > tol2, err2(hi) <= tol2
            while (hi - lo > 1) {
                long mid = lo + (hi - lo) / 2;
                if (err2(c1, r1, c2, r2, mid) <= tol2) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            steps = hi;
        }
        return new Readouts(lmin, lmax, kappa, 2 / lmax, lr, rho, steps, tol);
    }

    // ||e_t||^2 = c1^2 r1^(2t) + c2^2 r2^(2t)
    private static double err2(double c1, double r1, double c2, double r2, long t) {
        return c1 * c1 * Math.pow(r1 * r1, t) + c2 * c2 * Math.pow(r2 * r2, t);
    }
}
