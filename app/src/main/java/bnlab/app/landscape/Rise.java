package bnlab.app.landscape;

/**
 * How far a computed loss map climbs above its centre, the measure lesson 11 quotes: the mean and the largest of
 * L(theta + s d1 + t d2) - L(theta) over the map's cells (a cell that diverged is left out).
 *
 * @param mean the mean rise, NaN where no cell is finite
 * @param max  the largest rise, NaN where no cell is finite
 */
record Rise(double mean, double max) {
    // rise = mean over (i, j) of L(theta + alpha_i d1 + beta_j d2) - L(theta);  max likewise
    static Rise of(double[][] grid, double centre) {
        double sum = 0;
        double most = Double.NEGATIVE_INFINITY;
        int n = 0;
        for (double[] row : grid) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    sum += v - centre;
                    most = Math.max(most, v - centre);
                    n++;
                }
            }
        }
        return n == 0 ? new Rise(Double.NaN, Double.NaN) : new Rise(sum / n, most);
    }
}
