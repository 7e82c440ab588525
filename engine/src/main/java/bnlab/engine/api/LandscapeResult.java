package bnlab.engine.api;

/**
 * A finished network landscape of both twins. {@code normalized[j][i]} and {@code plain[j][i]} are the
 * eval-mode losses at (alphas[i], betas[j]); a diverged twin's grid is all NaN. min and max are over
 * the finite values of both grids, for one colour scale shared by the two heat maps (NaN if there are
 * none). Immutable: arrays are copied in and out.
 */
public record LandscapeResult(double[] alphas, double[] betas, double[][] normalized, double[][] plain,
                              double normalizedCentre, double plainCentre, double min, double max,
                              int samples, long seed) {

    public LandscapeResult {
        alphas = alphas.clone();
        betas = betas.clone();
        normalized = copy(normalized);
        plain = copy(plain);
    }

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

    @Override
    public double[] alphas() {
        return alphas.clone();
    }

    @Override
    public double[] betas() {
        return betas.clone();
    }

    /** The BN twin's grid, a copy. */
    @Override
    public double[][] normalized() {
        return copy(normalized);
    }

    /** The plain twin's grid, a copy. */
    @Override
    public double[][] plain() {
        return copy(plain);
    }

    /** One grid value without copying: the BN twin's (normalized = true) or the plain twin's. */
    public double at(boolean normalizedTwin, int j, int i) {
        return (normalizedTwin ? normalized : plain)[j][i];
    }

    private static double[][] copy(double[][] g) {
        double[][] out = new double[g.length][];
        for (int i = 0; i < g.length; i++) {
            out[i] = g[i].clone();
        }
        return out;
    }
}
