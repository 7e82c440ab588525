package bnlab.app.curves;

import bnlab.app.i18n.I18n;

/**
 * A gradient-path chart's read-out: where a step along the gradient moved the loss most, from where, and how far
 * ("widest at step 10: loss 0.99, after a step 0.8 to 48.55"). The chart shows the range; the numbers let a class
 * compare the two twins' worst cliffs (tens against tenths) without reading an axis, and see whether every step
 * went down (BN's "loss 1.59, after a step 0.46 to 1.06", a band under its line that the shared axis flattens).
 */
final class PathSpan {
    private PathSpan() {
    }

    /**
     * The read-out of a twin's path rows (at each step x, the loss at theta and the least and greatest loss a step
     * along the gradient reached); "" with none.
     */
    static String of(double[] x, double[] lo, double[] mid, double[] hi) {
        int widest = -1;
        for (int i = 0; i < x.length; i++) {
            // the range's width: greatest minus least loss a step of 1/2 to 4 learning rates reached
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i]) && (widest < 0 || hi[i] - lo[i] > hi[widest] - lo[widest])) {
                widest = i;
            }
        }
        if (widest < 0) {
            return "";
        }
        return I18n.get("curves.path.widest", (long) x[widest], BandChange.hundredths(mid[widest]),
                BandChange.hundredths(lo[widest]), BandChange.hundredths(hi[widest]));
    }
}
