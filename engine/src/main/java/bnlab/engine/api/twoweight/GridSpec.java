package bnlab.engine.api.twoweight;

/**
 * The square grid of a network landscape: {@code size} points per axis, alphas = betas =
 * linspace(-range, range, size). Validated on construction.
 */
public record GridSpec(int size, double range) {
    public static final int MIN_SIZE = 3;
    public static final int MAX_SIZE = 101;

    public GridSpec {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("grid size must be in " + MIN_SIZE + ".." + MAX_SIZE + ", got " + size);
        }
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException("range must be a positive number, got " + range);
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
