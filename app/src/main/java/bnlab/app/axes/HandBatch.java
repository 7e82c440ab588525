package bnlab.app.axes;

/**
 * The hand-made batch a class can check with a calculator: 4 samples (rows) of 5 features (columns),
 * small whole numbers chosen so that every mean and variance of the whole batch is whole:
 * <pre>
 *                 features 1..5       row mean  row var (LN)
 *   sample 1   4  2  1  3  0           2          2
 *   sample 2   0  6  7  9  8           6         10
 *   sample 3   4  0  1  7  8           4         10
 *   sample 4   0  4  7  1  8           4         10
 *   column mean  2  3  4  5  6   (BN)
 *   column var   4  5  9 10 12   (BN, biased: divide by 4)
 * </pre>
 * The first two samples differ in every feature, so a batch of 2 or 3 (its first rows) has no column
 * of equal values; a batch of 1 has nothing but such columns.
 */
final class HandBatch {
    static final int ROWS = 4;
    static final int COLUMNS = 5;
    private static final double[][] X = {
            {4, 2, 1, 3, 0},
            {0, 6, 7, 9, 8},
            {4, 0, 1, 7, 8},
            {0, 4, 7, 1, 8},
    };

    private HandBatch() {
    }

    /** The first {@code rows} samples (1 to {@link #ROWS}), a fresh copy. */
    static double[][] first(int rows) {
        int n = Math.max(1, Math.min(ROWS, rows));
        double[][] out = new double[n][];
        for (int i = 0; i < n; i++) {
            out[i] = X[i].clone();
        }
        return out;
    }
}
