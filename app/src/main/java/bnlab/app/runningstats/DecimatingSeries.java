package bnlab.app.runningstats;

import org.jfree.data.xy.XYSeries;

import java.util.Arrays;

/**
 * A time series of several columns that keeps at most {@code cap} points: when full it drops every
 * other point and from then on keeps only every 2nd (then 4th, ...) sample, so redraw stays cheap
 * however long training runs. Non-finite values are stored as NaN (a gap in the line).
 */
final class DecimatingSeries {
    private final int cap;
    private final double[] x;
    private final double[][] y;
    private int size;
    private long stride = 1;
    private long offered;

    DecimatingSeries(int cap, int columns) {
        this.cap = cap;
        this.x = new double[cap];
        this.y = new double[columns][cap];
    }

    void add(double xv, double... values) {
        if (offered++ % stride != 0) {
            return;
        }
        if (size == cap) {
            compact();
        }
        x[size] = xv;
        for (int c = 0; c < y.length; c++) {
            double v = c < values.length ? values[c] : Double.NaN;
            y[c][size] = Double.isFinite(v) ? v : Double.NaN;
        }
        size++;
    }

    private void compact() {
        int n = 0;
        for (int i = 0; i < size; i += 2) {
            x[n] = x[i];
            for (double[] col : y) {
                col[n] = col[i];
            }
            n++;
        }
        size = n;
        stride *= 2;
    }

    void clear() {
        size = 0;
        stride = 1;
        offered = 0;
        Arrays.fill(x, 0);
    }

    int size() {
        return size;
    }

    double lastX() {
        return size == 0 ? Double.NaN : x[size - 1];
    }

    /** Column {@code c} as a JFreeChart series named {@code key}. */
    XYSeries series(String key, int c) {
        XYSeries s = new XYSeries(key, false, true);
        for (int i = 0; i < size; i++) {
            s.add(x[i], y[c][i], false);
        }
        return s;
    }
}
