package bnlab.app.landscape;

import bnlab.engine.api.twoweight.ContourGrid;
import bnlab.engine.api.twoweight.GdPath;
import bnlab.engine.api.twoweight.LinearLeastSquares;
import bnlab.engine.api.twoweight.Readouts;
import bnlab.engine.api.twoweight.TwoFeatureProblem;
import java.util.Arrays;
import java.util.function.DoubleFunction;

/**
 * Everything one side of the landscape view shows, computed once per setting change and never
 * modified: the loss grid, the read-outs and the GD path clipped to the plot window.
 *
 * @param pathX     first weight along the shown path; a diverging path ends where it leaves the window
 * @param pathY     second weight along the shown path
 * @param leftWindow true when the path was cut at the window edge
 */
record SideState(String title, String xLabel, String yLabel, ContourGrid.Window window, ContourGrid grid, double lossMin,
                 double[] wStar, double[] w0, Readouts readouts, double[] pathX, double[] pathY,
                 boolean leftWindow) {

    static final int MAX_STEPS = 300;
    static final int GRID = 81;
    static final double TOL = 1e-3;

    /**
     * One side at the rate the rule gives for this problem's own Hessian.
     *
     * @param title the title for this side's condition number kappa
     */
    static SideState compute(DoubleFunction<String> title, String xLabel, String yLabel, TwoFeatureProblem p,
                             StepRate rate, double[] w0) {
        LinearLeastSquares f = new LinearLeastSquares(p);
        double[] ws = f.minimizer();
        ContourGrid.Window win = ContourGrid.Window.around(ws, w0, 1.25);
        ContourGrid grid = ContourGrid.compute(f, win, GRID);
        double lr = rate.etaFor(f.hessian().lambdaMax());
        Readouts r = Readouts.of(f.hessian(), lr, w0, ws, TOL);
        GdPath path = GdPath.run(f, w0, lr, MAX_STEPS, GdPath.defaultBound(f));
        double lossMin = Math.min(f.loss(ws[0], ws[1]), grid.min());
        return clip(new SideState(title.apply(r.kappa()), xLabel, yLabel, win, grid, lossMin, ws, w0.clone(), r,
                path.w1(), path.w2(), false));
    }

    /** Number of steps in the shown path. */
    int steps() {
        return pathX.length - 1;
    }

    /**
     * Cuts the path at its first point outside the window and replaces that point by the segment's
     * crossing of the window edge (parametric clip of p + s (q - p), s in [0, 1]).
     */
    private static SideState clip(SideState s) {
        ContourGrid.Window w = s.window;
        double[] x = s.pathX, y = s.pathY;
        for (int i = 1; i < x.length; i++) {
            if (!w.contains(x[i], y[i])) {
                double dx = x[i] - x[i - 1], dy = y[i] - y[i - 1];
                double t = 1;
                if (dx > 0) t = Math.min(t, (w.xMax() - x[i - 1]) / dx);
                if (dx < 0) t = Math.min(t, (w.xMin() - x[i - 1]) / dx);
                if (dy > 0) t = Math.min(t, (w.yMax() - y[i - 1]) / dy);
                if (dy < 0) t = Math.min(t, (w.yMin() - y[i - 1]) / dy);
                t = Math.max(0, t);
                double[] cx = Arrays.copyOf(x, i + 1), cy = Arrays.copyOf(y, i + 1);
                cx[i] = x[i - 1] + t * dx;
                cy[i] = y[i - 1] + t * dy;
                return new SideState(s.title, s.xLabel, s.yLabel, w, s.grid, s.lossMin, s.wStar, s.w0, s.readouts, cx, cy, true);
            }
        }
        return s;
    }
}
