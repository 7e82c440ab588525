package bnlab.app.curves;

import java.util.Arrays;

/**
 * Columns of doubles sampled along x with at most {@code cap} rows: once full, every other row is
 * dropped and the sampling stride doubles, so a long run keeps an even coverage and a redraw stays
 * O(cap). Column 0 is x.
 */
final class Decimated {
    private final int cap;
    private final double[][] cols;
    private int n;
    private double stride = 1;

    Decimated(int cap, int columns) {
        if (cap < 4 || cap % 2 != 0) {
            throw new IllegalArgumentException("cap must be even and >= 4, got " + cap);
        }
        this.cap = cap;
        this.cols = new double[columns][cap];
    }

    /** Add a row (x first) unless it is within the stride of the last row; true when added. */
    boolean add(double... row) {
        if (row.length != cols.length) {
            throw new IllegalArgumentException(cols.length + " columns, got " + row.length);
        }
        if (n > 0 && row[0] < cols[0][n - 1] + stride) {
            return false;
        }
        if (n == cap) {
            halve();
        }
        for (int c = 0; c < cols.length; c++) {
            cols[c][n] = row[c];
        }
        n++;
        return true;
    }

    /** Keep rows 0, 2, 4, ...; double the stride. */
    private void halve() {
        int m = 0;
        for (int i = 0; i < n; i += 2) {
            for (double[] col : cols) {
                col[m] = col[i];
            }
            m++;
        }
        n = m;
        stride *= 2;
    }

    void clear() {
        n = 0;
        stride = 1;
    }

    int size() {
        return n;
    }

    double stride() {
        return stride;
    }

    /** A copy of column c, of length size(). */
    double[] column(int c) {
        return Arrays.copyOf(cols[c], n);
    }

    double lastX() {
        return n == 0 ? Double.NaN : cols[0][n - 1];
    }
}
