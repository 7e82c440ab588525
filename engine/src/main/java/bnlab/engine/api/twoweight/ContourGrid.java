package bnlab.engine.api.twoweight;

/**
 * The loss on an n x n grid: values[iy][ix] = L(xs[ix], ys[iy]), each evaluated directly.
 */
public record ContourGrid(double[] xs, double[] ys, double[][] values) {

    /** An axis-aligned plot window in weight space. */
    public record Window(double xMin, double xMax, double yMin, double yMax) {

        public boolean contains(double x, double y) {
            return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
        }

        /**
         * The square centred on w* with half-width pad * ||w0 - w*|| (1 if w0 = w*). A converging
         * quadratic GD path never leaves it for pad >= 1: each eigen-component of the error
         * shrinks, so ||w_t - w*|| <= ||w0 - w*||.
         */
        public static Window around(double[] wStar, double[] w0, double pad) {
            double r = Math.hypot(w0[0] - wStar[0], w0[1] - wStar[1]);
            double half = r > 0 ? pad * r : 1;
            return new Window(wStar[0] - half, wStar[0] + half, wStar[1] - half, wStar[1] + half);
        }
    }

    /** Evaluates f on n equally spaced points per axis across the window, ends included. */
    public static ContourGrid compute(Objective f, Window w, int n) {
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = w.xMin() + (w.xMax() - w.xMin()) * i / (n - 1);
            ys[i] = w.yMin() + (w.yMax() - w.yMin()) * i / (n - 1);
        }
        double[][] v = new double[n][n];
        for (int iy = 0; iy < n; iy++) {
            for (int ix = 0; ix < n; ix++) {
                v[iy][ix] = f.loss(xs[ix], ys[iy]);
            }
        }
        return new ContourGrid(xs, ys, v);
    }

    public double min() {
        double m = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double x : row) {
                m = Math.min(m, x);
            }
        }
        return m;
    }
}
