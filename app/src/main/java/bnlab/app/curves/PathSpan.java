package bnlab.app.curves;

import bnlab.app.i18n.I18n;

/**
 * A gradient-path chart's read-out: where a step along the gradient moved the loss most, and how far ("widest at
 * step 20: 0.83 to 41.91"). The chart shows the range; the numbers let a class compare the two twins' worst cliffs
 * (tens against tenths) without reading an axis.
 */
final class PathSpan {
    private PathSpan() {
    }

    /** The read-out of a twin's path rows (least and greatest loss along the gradient at each step x); "" with none. */
    static String of(double[] x, double[] lo, double[] hi) {
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
        return I18n.get("curves.path.widest", (long) x[widest], BandChange.hundredths(lo[widest]),
                BandChange.hundredths(hi[widest]));
    }
}
