package bnlab.engine.api;

/**
 * A run of the twins without a window (Ioffe and Szegedy's Figure 1): {@code steps} training steps as
 * fast as the machine goes, the test accuracy of both twins on the whole test set every
 * {@code accuracyEvery} steps, and every {@code percentileEvery} steps the 15th, 50th and 85th
 * percentiles of one unit's activation input (the input of its sigmoid) over the first
 * {@code percentileRows} test samples. Both measurements run in eval mode (BN normalizes with its running
 * statistics), at step 0 too, and at the last step when {@code steps} is not a multiple of their
 * interval.
 *
 * @param layer hidden layer of the unit (0 is the first; Figure 1 uses the last)
 * @param unit  the unit in that layer
 */
public record RunPlan(int steps, int accuracyEvery, int percentileEvery, int percentileRows, int layer, int unit) {

    /** Counts below their minimum are the caller's mistake (the layer and unit are checked against a spec). */
    public RunPlan {
        if (steps < 0 || accuracyEvery < 1 || percentileEvery < 1 || percentileRows < 1) {
            throw new IllegalArgumentException("steps >= 0 and every count >= 1: " + steps + ", " + accuracyEvery
                    + ", " + percentileEvery + ", " + percentileRows);
        }
    }

    /** Figure 1: 50,000 steps, accuracy every 1,000, percentiles every 100 on 1,000 test samples, unit 0 of the last layer. */
    public static RunPlan figure1(ExperimentSpec spec) {
        return new RunPlan(50_000, 1_000, 100, 1_000, spec.hidden().size() - 1, 0);
    }

    /** Why the engine cannot run this plan on the spec (no such layer or unit), or null. */
    public Problem problemWith(ExperimentSpec spec) {
        if (layer < 0 || layer >= spec.hidden().size()) {
            return Problem.of(SettingProblem.NO_SUCH_LAYER, layer, spec.hidden().size());
        }
        if (unit < 0 || unit >= spec.hidden().get(layer)) {
            return Problem.of(SettingProblem.NO_SUCH_UNIT, unit + 1L, spec.hidden().get(layer));
        }
        return null;
    }
}
