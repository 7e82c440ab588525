package bnlab.engine.landscape;

import bnlab.engine.api.Setting;

/**
 * The square grid of a network landscape: {@code size} points per axis, alphas = betas =
 * linspace(-range, range, size), within {@link Setting#LANDSCAPE_GRID} and {@link Setting#LANDSCAPE_RANGE}
 * (requests are checked against them before; here a value outside is a programming error).
 */
public record GridSpec(int size, double range) {

    public GridSpec {
        if (!Setting.LANDSCAPE_GRID.accepts(size) || !Setting.LANDSCAPE_RANGE.accepts(range)) {
            throw new IllegalArgumentException("grid " + size + " x " + size + " over +-" + range);
        }
    }

    // c_i = -r + 2 r i / (g - 1),  i = 0 .. g-1   (the middle point is exactly 0 when g is odd)
    public double[] coordinates() {
        double[] c = new double[size];
        for (int i = 0; i < size; i++) {
            c[i] = -range + 2 * range * i / (size - 1);
        }
        if (size % 2 == 1) {
            c[size / 2] = 0.0;
        }
        return c;
    }
}
