package bnlab.app.saturation;

import bnlab.engine.api.Histogram;

/**
 * A histogram seen through the window [-w, w]: its bins clipped to the window, and the counts that
 * lie beyond each edge (a bin that straddles an edge is split in proportion to its width on each
 * side, values taken as uniform within a bin).
 *
 * @param from  left end of each in-window piece
 * @param to    right end of each in-window piece
 * @param count the count of the bin each piece comes from (its height; a clipped bin keeps its height)
 * @param below counts below -w
 * @param above counts above w
 * @param total all counts
 * @param peak  the largest count of a bin that reaches into the window (0 if none does)
 */
record Framed(double[] from, double[] to, double[] count, double below, double above, double total, double peak) {

    /** Bins the window [-w, w] holds at most: finer ones are merged (the engine's are finer than a chart shows). */
    static final int WINDOW_BINS = 40;

    /**
     * The histogram through the window, its bins merged k at a time where they are narrower than the window
     * holds: group = max(1, floor((2w / WINDOW_BINS) / bin width)).
     */
    static Framed of(Histogram h, double w) {
        int group = Math.max(1, (int) Math.floor(2 * w / WINDOW_BINS / h.binWidth()));
        Histogram m = h.merged(group);
        long[] c = m.counts();
        double width = m.binWidth();
        double[] from = new double[c.length];
        double[] to = new double[c.length];
        double[] count = new double[c.length];
        int k = 0;
        double below = 0;
        double above = 0;
        double total = 0;
        double peak = 0;
        for (int i = 0; i < c.length; i++) {
            double a = h.lo() + i * width;
            double b = a + width;
            total += c[i];
            // share of the bin below -w and above w: (min(b, -w) - a) / width, (b - max(a, w)) / width
            below += c[i] * Math.max(0, Math.min(b, -w) - a) / width;
            above += c[i] * Math.max(0, b - Math.max(a, w)) / width;
            double x0 = Math.max(a, -w);
            double x1 = Math.min(b, w);
            if (x1 > x0) {
                from[k] = x0;
                to[k] = x1;
                count[k] = c[i];
                peak = Math.max(peak, c[i]);
                k++;
            }
        }
        return new Framed(java.util.Arrays.copyOf(from, k), java.util.Arrays.copyOf(to, k),
                java.util.Arrays.copyOf(count, k), below, above, total, peak);
    }

    /** Fraction of the values below -w. */
    double fractionBelow() {
        return total > 0 ? below / total : 0;
    }

    /** Fraction of the values above w. */
    double fractionAbove() {
        return total > 0 ? above / total : 0;
    }

    /** Fraction of the values outside [-w, w]. */
    double fractionOutside() {
        return total > 0 ? (below + above) / total : 0;
    }
}
