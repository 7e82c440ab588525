package bnlab.engine.api;

/**
 * A finished network landscape of both twins (immutable by convention: the arrays are copies made
 * for this record). {@code normalized[j][i]} and {@code plain[j][i]} are the eval-mode losses at
 * (alphas[i], betas[j]); a diverged twin's grid is all NaN. min and max are over the finite values of
 * both grids, for one colour scale shared by the two heat maps (NaN if there are none).
 */
public record LandscapeResult(double[] alphas, double[] betas, double[][] normalized, double[][] plain,
                              double normalizedCentre, double plainCentre, double min, double max,
                              int samples, long seed) {

    /** Builds the record with min and max computed over both grids. */
    public static LandscapeResult of(double[] alphas, double[] betas, double[][] normalized, double[][] plain,
                                     double normalizedCentre, double plainCentre, int samples, long seed) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[][] g : new double[][][]{normalized, plain}) {
            for (double[] row : g) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        if (min > max) {
            min = Double.NaN;
            max = Double.NaN;
        }
        return new LandscapeResult(alphas, betas, normalized, plain, normalizedCentre, plainCentre, min, max,
                samples, seed);
    }
}
