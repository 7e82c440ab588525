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
}
