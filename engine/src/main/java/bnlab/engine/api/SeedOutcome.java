package bnlab.engine.api;

/**
 * What one seed gave (Engine#outcome): the twins trained from that seed's start, split and order of batches
 * for {@code steps} steps, then tested in eval mode on every one of the {@code testRows} test samples.
 * Immutable.
 *
 * @param normalizedTest the test accuracy of the twin with normalization, NaN if it diverged
 * @param plainTest      the test accuracy of the plain twin, NaN if it diverged
 */
public record SeedOutcome(long seed, int batchSize, int steps, double normalizedTest, double plainTest,
                          int testRows) {

    /**
     * How many more test samples the twin with normalization got right than the plain twin (negative
     * when it got fewer); 0 when either diverged (see {@link #diverged()}).
     */
    public int samplesAhead() {
        if (diverged()) {
            return 0;
        }
        // accuracies are counts over testRows: (right_bn - right_plain) = (acc_bn - acc_plain) * rows
        return (int) Math.round(normalizedTest * testRows) - (int) Math.round(plainTest * testRows);
    }

    /** Whether either twin diverged (its accuracy is NaN). */
    public boolean diverged() {
        return Double.isNaN(normalizedTest) || Double.isNaN(plainTest);
    }
}
