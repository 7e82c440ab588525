package bnlab.app.curves;

import bnlab.app.i18n.I18n;

/**
 * A band chart's read-out: how its median and width (85th minus 15th percentile) changed from the first
 * row to the last, the line's two ends ("median 0.21 -> -0.08, width 0.06 -> 2.14"; one line where the main
 * window's band charts are small). On the chart a student
 * asked "which band moves?" compares lines by eye; the read-out gives the numbers that answer it.
 */
final class BandChange {
    private BandChange() {
    }

    /** The read-out of a band's rows (percentiles lo, mid, hi at each step); "" with no finite row. */
    static String of(double[] lo, double[] mid, double[] hi) {
        int first = next(lo, mid, hi, 0, 1);
        int last = next(lo, mid, hi, mid.length - 1, -1);
        if (first < 0) {
            return "";
        }
        if (first == last) {
            return I18n.get("curves.band.at", hundredths(mid[first]), width(lo, hi, first));
        }
        // from the line's left end to its right end: the steps are the axis's
        return I18n.get("curves.band.change", hundredths(mid[first]), hundredths(mid[last]), width(lo, hi, first),
                width(lo, hi, last));
    }

    // width = p85 - p15
    private static double width(double[] lo, double[] hi, int i) {
        return hundredths(hi[i] - lo[i]);
    }

    /** Rounded to 2 decimals: a band's centre and width read to a hundredth ("0.2065" and "6.89e-4" said nothing more). */
    static double hundredths(double v) {
        return Math.round(v * 100) / 100.0;
    }

    // the first row from i on (step +1) or back (step -1) whose percentiles are all finite, or -1
    private static int next(double[] lo, double[] mid, double[] hi, int i, int step) {
        for (; i >= 0 && i < mid.length; i += step) {
            if (Double.isFinite(lo[i]) && Double.isFinite(mid[i]) && Double.isFinite(hi[i])) {
                return i;
            }
        }
        return -1;
    }
}
