package bnlab.engine.api;

/**
 * One probed unit's normalization statistics over the steps: columns {@link #RUNNING_MEAN},
 * {@link #POPULATION_MEAN}, {@link #BATCH_MEAN}, {@link #RUNNING_VAR}, {@link #POPULATION_VAR},
 * {@link #BATCH_VAR} (see {@link UnitStats}).
 */
public record UnitHistory(int layer, int unit, Series stats) {
    public static final int RUNNING_MEAN = 0, POPULATION_MEAN = 1, BATCH_MEAN = 2, RUNNING_VAR = 3,
            POPULATION_VAR = 4, BATCH_VAR = 5, COLUMNS = 6;
}
