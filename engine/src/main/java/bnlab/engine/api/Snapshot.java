package bnlab.engine.api;

/**
 * Everything the views draw, at one step; immutable, published by the session thread.
 *
 * @param version     increases with every publication (views skip unchanged snapshots)
 * @param step        training steps done since the last rebuild
 * @param epoch       epochs done
 * @param playing     whether training runs continuously
 * @param settings    live settings as the engine applied them
 * @param spec        the experiment as built
 * @param datasetName id or file name of the data set in use
 * @param trainSize   training samples
 * @param testSize    test samples
 * @param normalized  the twin with normalization
 * @param plain       the twin without
 * @param problem     why the last command was refused or training stopped, or null
 * @param stepsPerSec measured training speed (both twins per second)
 * @param data        how the data is scaled and measured
 * @param run         how many times the twins were built in this session (1 the first time; each start
 *                    again, new seed or new experiment adds 1): a view tells a new run from the same one by it,
 *                    since snapshots are skipped and a new run's first one seen may be past its step 0
 */
public record Snapshot(long version, long step, int epoch, boolean playing, TrainSettings settings,
                       ExperimentSpec spec, String datasetName, int trainSize, int testSize, TwinState normalized,
                       TwinState plain, Problem problem, double stepsPerSec, DataInfo data, long run) {

    /** A snapshot of the first run (tests). */
    public Snapshot(long version, long step, int epoch, boolean playing, TrainSettings settings, ExperimentSpec spec,
                    String datasetName, int trainSize, int testSize, TwinState normalized, TwinState plain,
                    Problem problem, double stepsPerSec, DataInfo data) {
        this(version, step, epoch, playing, settings, spec, datasetName, trainSize, testSize, normalized, plain,
                problem, stepsPerSec, data, 1);
    }

    /** A snapshot whose data description is not known (tests). */
    public Snapshot(long version, long step, int epoch, boolean playing, TrainSettings settings, ExperimentSpec spec,
                    String datasetName, int trainSize, int testSize, TwinState normalized, TwinState plain,
                    Problem problem, double stepsPerSec) {
        this(version, step, epoch, playing, settings, spec, datasetName, trainSize, testSize, normalized, plain,
                problem, stepsPerSec, DataInfo.UNKNOWN);
    }
}
