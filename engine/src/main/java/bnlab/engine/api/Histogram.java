package bnlab.engine.api;

/**
 * Counts of values in equal bins over [lo, hi); values outside are clamped into the end bins (and
 * counted in {@code outside}). Immutable: the counts are copied in and out.
 *
 * @param lo      left edge of the first bin
 * @param hi      right edge of the last bin
 * @param counts  one count per bin
 * @param mean    mean of all values
 * @param std     biased standard deviation of all values, sqrt(mean((x - mean)^2))
 * @param n       number of values
 * @param outside values outside [lo, hi], drawn in the end bins
 */
public record Histogram(double lo, double hi, long[] counts, double mean, double std, long n, long outside) {

    public Histogram {
        counts = counts.clone();
    }

    /** A histogram with every value inside [lo, hi]. */
    public Histogram(double lo, double hi, long[] counts, double mean, double std, long n) {
        this(lo, hi, counts, mean, std, n, 0);
    }

    /** The counts, a copy. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    public long count(int bin) {
        return counts[bin];
    }

    public int bins() {
        return counts.length;
    }

    public double binWidth() {
        return (hi - lo) / counts.length;
    }

    public double binCenter(int i) {
        return lo + (i + 0.5) * binWidth();
    }

    /**
     * The bins merged k at a time from the first (a coarser histogram of the same values): merged bin j holds
     * bins jk .. jk + k - 1. Where the bins are not a multiple of k the last group holds fewer and the range
     * reaches past hi to lo + groups k binWidth (empty there); else the range is this one's, to the bit.
     */
    public Histogram merged(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k " + k);
        }
        if (k == 1) {
            return this;
        }
        int groups = (counts.length + k - 1) / k;
        long[] m = new long[groups];
        for (int i = 0; i < counts.length; i++) {
            m[i / k] += counts[i];
        }
        double top = counts.length % k == 0 ? hi : lo + groups * k * binWidth();
        return new Histogram(lo, top, m, mean, std, n, outside);
    }
}
