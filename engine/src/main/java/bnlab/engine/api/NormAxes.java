package bnlab.engine.api;

/**
 * The one rule for which values of an [N, C, P] block (P = H * W; an MLP's [N, D] is [N, D, 1]) one
 * normalization statistic is taken over, when value (n, c, p) is normalized:
 * <pre>
 *   BATCH     all (n', c, p')            one mean and variance per channel, over N * P values
 *   LAYER     all (n, c', p')            per sample, over C * P values
 *   INSTANCE  all (n, c, p')             per sample and channel, over P values
 *   GROUP     all (n, c', p') with c' / (C / G) == c / (C / G)   per sample and group of C / G channels
 *   RMS       as LAYER, but only mean(x^2) is used: y = x / sqrt(mean(x^2) + eps)
 * </pre>
 * The engine's layers compute the same sets (tests compare them); the app draws and reads them here.
 */
public final class NormAxes {
    private NormAxes() {
    }

    /**
     * The statistics of one set.
     *
     * @param mean       1/m sum x over the set
     * @param var        1/m sum (x - mean)^2 (biased, as normalization uses)
     * @param meanSquare 1/m sum x^2 (RMSNorm's statistic)
     * @param count      m, the number of values pooled
     */
    public record Pooled(double mean, double var, double meanSquare, long count) {
    }

    /**
     * Whether value (n, c, *) is in the set that value (sample, channel, *) is normalized with.
     *
     * @param groups GroupNorm's G (must divide channels); ignored by the others
     */
    public static boolean pooled(NormKind kind, int channels, int groups, int sample, int channel, int n, int c) {
        return switch (kind) {
            case BATCH -> c == channel;
            case LAYER, RMS -> n == sample;
            case INSTANCE -> n == sample && c == channel;
            case GROUP -> n == sample && c / (channels / groups) == channel / (channels / groups);
            case NONE -> false;
        };
    }

    // mean = 1/m sum x;  var = 1/m sum (x - mean)^2;  meanSquare = 1/m sum x^2   over the pooled set
    /** The statistics that value (sample, channel, *) of the block is normalized with under kind. */
    public static Pooled stats(NormKind kind, BatchBlock b, int groups, int sample, int channel) {
        if (kind == NormKind.NONE) {
            throw new IllegalArgumentException("no normalization pools nothing");
        }
        int p = b.positions();
        int count = 0;
        double sum = 0;
        double squares = 0;
        for (int n = 0; n < b.samples(); n++) {
            for (int c = 0; c < b.channels(); c++) {
                if (!pooled(kind, b.channels(), groups, sample, channel, n, c)) {
                    continue;
                }
                for (int q = 0; q < p; q++) {
                    double v = b.get(n, c, q);
                    sum += v;
                    squares += v * v;
                    count++;
                }
            }
        }
        double mean = sum / count;
        double ss = 0;
        for (int n = 0; n < b.samples(); n++) {
            for (int c = 0; c < b.channels(); c++) {
                if (!pooled(kind, b.channels(), groups, sample, channel, n, c)) {
                    continue;
                }
                for (int q = 0; q < p; q++) {
                    double d = b.get(n, c, q) - mean;
                    ss += d * d;
                }
            }
        }
        return new Pooled(mean, ss / count, squares / count, count);
    }
}
