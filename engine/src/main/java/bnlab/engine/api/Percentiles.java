package bnlab.engine.api;

/**
 * The 15th, 50th and 85th percentiles of one unit's values over a batch (Ioffe and Szegedy 2015,
 * Figure 1 (b, c)), numpy's linear interpolation.
 */
public record Percentiles(double p15, double p50, double p85) {
    public static final Percentiles NONE = new Percentiles(Double.NaN, Double.NaN, Double.NaN);
}
