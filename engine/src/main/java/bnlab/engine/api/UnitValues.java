package bnlab.engine.api;

import java.util.Arrays;

/**
 * The probe unit's values over the mini-batch at a step, one per sample: the normalization's input x,
 * and, in the twin with normalization, x_hat and its output y = gamma * x_hat + beta as the step
 * computed them. Immutable: the arrays are copied in and out.
 *
 * @param unit the unit's index in its layer
 * @param x    the normalization input, [batch]
 * @param xhat x_hat, [batch], or null without normalization
 * @param y    the normalization output, [batch], or null without normalization
 */
public record UnitValues(int unit, double[] x, double[] xhat, double[] y) {
    public UnitValues {
        x = x.clone();
        xhat = xhat == null ? null : xhat.clone();
        y = y == null ? null : y.clone();
    }

    /** The number of samples. */
    public int size() {
        return x.length;
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
    public boolean equals(Object o) {
        return o instanceof UnitValues u && u.unit == unit && Arrays.equals(u.x, x) && Arrays.equals(u.xhat, xhat)
                && Arrays.equals(u.y, y);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * unit + Arrays.hashCode(x)) + Arrays.hashCode(xhat)) + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "UnitValues[unit=" + unit + ", " + x.length + " samples]";
    }
}
