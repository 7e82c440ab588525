package bnlab.engine.api;

import java.util.Arrays;

/**
 * The probe unit's values over the mini-batch at a step, one per sample: the normalization's input x,
 * and, in the twin with normalization, x_hat and its output y = gamma * x_hat + beta as the step
 * computed them, and the step's backward pass through the normalization: dL/dy (what reached its
 * output from the loss above), dL/dx (what it handed back) and the unit's dL/dgamma and dL/dbeta.
 * Immutable: the arrays are copied in and out.
 *
 * @param unit   the unit's index in its layer
 * @param x      the normalization input, [batch]
 * @param xhat   x_hat, [batch], or null without normalization
 * @param y      the normalization output, [batch], or null without normalization
 * @param dy     dL/dy, [batch], or null (without normalization, or not recorded)
 * @param dx     dL/dx, [batch], or null with dy
 * @param dGamma dL/dgamma of the unit (NaN with dy null)
 * @param dBeta  dL/dbeta of the unit (NaN with dy null)
 */
public record UnitValues(int unit, double[] x, double[] xhat, double[] y, double[] dy, double[] dx, double dGamma,
                         double dBeta) {
    public UnitValues {
        x = x.clone();
        xhat = xhat == null ? null : xhat.clone();
        y = y == null ? null : y.clone();
        dy = dy == null ? null : dy.clone();
        dx = dx == null ? null : dx.clone();
    }

    /** Values without the backward pass. */
    public UnitValues(int unit, double[] x, double[] xhat, double[] y) {
        this(unit, x, xhat, y, null, null, Double.NaN, Double.NaN);
    }

    /** The number of samples. */
    public int size() {
        return x.length;
    }

    /** Whether the backward pass through the normalization is recorded (dy, dx, dGamma, dBeta). */
    public boolean hasBackward() {
        return dy != null && dx != null;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] xhat() {
        return xhat == null ? null : xhat.clone();
    }

    @Override
    public double[] y() {
        return y == null ? null : y.clone();
    }

    @Override
    public double[] dy() {
        return dy == null ? null : dy.clone();
    }

    @Override
    public double[] dx() {
        return dx == null ? null : dx.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitValues u && u.unit == unit && Arrays.equals(u.x, x) && Arrays.equals(u.xhat, xhat)
                && Arrays.equals(u.y, y) && Arrays.equals(u.dy, dy) && Arrays.equals(u.dx, dx)
                && Double.compare(u.dGamma, dGamma) == 0 && Double.compare(u.dBeta, dBeta) == 0;
    }

    @Override
    public int hashCode() {
        int h = 31 * (31 * (31 * unit + Arrays.hashCode(x)) + Arrays.hashCode(xhat)) + Arrays.hashCode(y);
        h = 31 * (31 * h + Arrays.hashCode(dy)) + Arrays.hashCode(dx);
        return 31 * (31 * h + Double.hashCode(dGamma)) + Double.hashCode(dBeta);
    }

    @Override
    public String toString() {
        return "UnitValues[unit=" + unit + ", " + x.length + " samples" + (hasBackward() ? ", with dy and dx" : "") + "]";
    }
}
