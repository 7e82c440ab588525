package bnlab.engine.api;

/**
 * What a {@link RunPlan} measured. Immutable.
 *
 * @param accuracy     x: step; columns: test accuracy of the normalized twin, of the plain twin (NaN once a
 *                     twin has diverged), on {@code testRows} test samples
 * @param percentiles  x: step; columns: the normalized twin's 15th, 50th, 85th percentile, then the plain
 *                     twin's (see {@link #P15}, {@link #PLAIN})
 * @param normalizedStopped why the normalized twin stopped (diverged), or null
 * @param plainStopped      why the plain twin stopped, or null
 * @param trainSeconds  wall time of the training steps
 * @param measureSeconds wall time of the measurements
 */
public record RunResult(Series accuracy, Series percentiles, int testRows, int percentileRows,
                        Problem normalizedStopped, Problem plainStopped, double trainSeconds, double measureSeconds) {
    /** Column of the normalized twin's accuracy. */
    public static final int NORMALIZED = 0;
    /** Column of the plain twin's accuracy. */
    public static final int PLAIN_ACCURACY = 1;
    /** Added to a percentile column for the plain twin. */
    public static final int PLAIN = 3;
    public static final int P15 = 0;
    public static final int P50 = 1;
    public static final int P85 = 2;
}
