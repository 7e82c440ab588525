package bnlab.app.style;

/**
 * A series with more points than its chart has pixel columns, summarised per group of columns for
 * drawing: a line through each group's mean and a band from its least to its greatest value. Drawn
 * point by point, 1,000 noisy losses in a 300 px plot were a scribble that showed neither the trend nor
 * the spread, and stroking it cost the software renderer about 30 ms a chart. A series with no more points
 * than groups is kept as it is (its band has no width).
 *
 * <p>Groups split the x range [x_first, x_last] into equal parts; x must not decrease. A group's x is
 * the mean of its points' x; values that are not finite are left out of its mean, least and greatest,
 * and a group with no finite value is NaN (a gap, as a NaN point is in the series).
 */
public final class Columns {
    /** One group for this many pixels of the chart's width: about the width of a line. */
    static final double PX_PER_GROUP = 3;
    /** Groups however narrow the chart. */
    static final int MIN_GROUPS = 40;
    /** Groups when the chart has no width yet (not laid out). */
    static final int UNLAID_GROUPS = 150;

    private Columns() {
    }

    /** How many groups for a chart this wide (px; 0 or less: not laid out yet). */
    public static int groups(double chartWidth) {
        return chartWidth <= 0 ? UNLAID_GROUPS : Math.max(MIN_GROUPS, (int) (chartWidth / PX_PER_GROUP));
    }

    /**
     * Rows {x, x, x, mean, least, greatest} (an interval dataset's series). With geometric, the mean is the
     * geometric one, the middle of the group on a log axis:
     * mean = exp((1/k) sum_i ln y_i) over the group's k finite positive values.
     */
    public static double[][] summary(double[] x, double[] y, int groups, boolean geometric) {
        int[] starts = starts(x, groups);
        int g = starts.length - 1;
        double[][] out = new double[6][g];
        for (int j = 0; j < g; j++) {
            double sum = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            int k = 0;
            for (int i = starts[j]; i < starts[j + 1]; i++) {
                double v = y[i];
                if (Double.isFinite(v) && (!geometric || v > 0)) {
                    sum += geometric ? Math.log(v) : v;
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    k++;
                }
            }
            double mean = sum / k;
            out[3][j] = k == 0 ? Double.NaN : geometric ? Math.exp(mean) : mean;
            out[4][j] = k == 0 ? Double.NaN : lo;
            out[5][j] = k == 0 ? Double.NaN : hi;
            out[0][j] = out[1][j] = out[2][j] = meanX(x, starts[j], starts[j + 1]);
        }
        return out;
    }

    /**
     * Rows {x, x, x, mean of mid, mean of low, mean of high}: a band series (a median between two
     * percentiles) averaged over each group, value by value: mean = (1/k) sum_i v_i over the finite v_i.
     */
    public static double[][] means(double[] x, double[] low, double[] mid, double[] high, int groups) {
        return groups(x, low, mid, high, groups, false);
    }

    /**
     * As {@link #means}, but each group's band runs from its least low to its greatest high (a range's extremes:
     * averaged, a single evaluation's cliff would be levelled into its neighbours); the line is still the mean.
     */
    public static double[][] spans(double[] x, double[] low, double[] mid, double[] high, int groups) {
        return groups(x, low, mid, high, groups, true);
    }

    private static double[][] groups(double[] x, double[] low, double[] mid, double[] high, int groups,
                                     boolean extremes) {
        int[] starts = starts(x, groups);
        int g = starts.length - 1;
        double[][] out = new double[6][g];
        double[][] in = {mid, low, high};
        for (int j = 0; j < g; j++) {
            out[0][j] = out[1][j] = out[2][j] = meanX(x, starts[j], starts[j + 1]);
            for (int c = 0; c < 3; c++) {
                double sum = 0;
                double least = Double.POSITIVE_INFINITY;
                double most = Double.NEGATIVE_INFINITY;
                int k = 0;
                for (int i = starts[j]; i < starts[j + 1]; i++) {
                    if (Double.isFinite(in[c][i])) {
                        sum += in[c][i];
                        least = Math.min(least, in[c][i]);
                        most = Math.max(most, in[c][i]);
                        k++;
                    }
                }
                out[3 + c][j] = k == 0 ? Double.NaN : !extremes || c == 0 ? sum / k : c == 1 ? least : most;
            }
        }
        return out;
    }

    /**
     * The first index of each group that has points, then x.length. The first point is a group of its own, and so
     * is the last when there are three groups or more; a point between is in group
     * 1 + min(m - 1, floor((x_i - x_first) / (x_last - x_first) * m)) of the m = groups - 2 between (groups - 1
     * when the last is not alone): no more groups than asked.
     * Every point its own group when there are no more points than groups (or a single x).
     */
    static int[] starts(double[] x, int groups) {
        int n = x.length;
        double span = n == 0 ? 0 : x[n - 1] - x[0];
        if (n <= groups || !(span > 0)) {
            int[] all = new int[n + 1];
            for (int i = 0; i <= n; i++) {
                all[i] = i;
            }
            return all;
        }
        // the first point alone: a curve starts at its true first value (lesson 2 quotes a loss of 115 at step 1, and
        // its chart began at 95, the first pixel group's mean over the loss's steep first fall)
        // and the last alone: a curve ends at its true last value (lesson 7 multiplies a layer's weights by 10 and
        // takes one step; the loss's jump, averaged into the last pixel group, was half as high)
        boolean lastAlone = groups >= 3;
        int[] s = new int[groups + 1];
        int count = 0;
        s[count++] = 0;
        int previous = Integer.MIN_VALUE;
        int between = Math.max(1, groups - (lastAlone ? 2 : 1));
        int end = lastAlone ? n - 1 : n;
        for (int i = 1; i < end; i++) {
            int group = Math.min(between - 1, (int) ((x[i] - x[0]) / span * between));
            if (group != previous) {
                s[count++] = i;
                previous = group;
            }
        }
        if (lastAlone) {
            s[count++] = n - 1;
        }
        s[count] = n;
        return java.util.Arrays.copyOf(s, count + 1);
    }

    private static double meanX(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i];
        }
        return sum / (to - from);
    }
}
