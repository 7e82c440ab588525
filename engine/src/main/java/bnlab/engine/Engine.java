package bnlab.engine;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.RunPlan;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.data.CsvLoader;
import bnlab.engine.data.ExperimentJson;
import bnlab.engine.data.IdxLoader;
import bnlab.engine.data.Synthetic;
import bnlab.engine.session.TrainingSession;

import java.nio.file.Path;

/**
 * The engine's one way in, with the value types of {@link bnlab.engine.api}: start a training session,
 * load a data set, read and write a saved experiment. Nothing here hands out an ND4J object.
 */
public final class Engine {
    /** Samples in each synthetic set. */
    public static final int SYNTHETIC_SAMPLES = 1000;
    /** MNIST's training and test files are read whole (60,000 and 10,000 images) unless a cap is given. */
    public static final int MNIST_ALL = Integer.MAX_VALUE;
    static final long SYNTHETIC_SEED = 7;

    static {
        // JavaCPP's off-heap limits are read once, when ND4J first loads: set them before (see Nd4jSetup)
        bnlab.engine.nn.Nd4jSetup.limits();
    }

    private Engine() {
    }

    /**
     * A paused training session of the twins; the engine thread builds them before this returns.
     *
     * @throws IllegalArgumentException naming the problem when the spec or settings are unusable
     */
    public static SessionHandle start(ExperimentSpec spec, TrainSettings settings, Dataset data) {
        return new TrainingSession(spec, settings, data);
    }

    /**
     * A paused training session whose engine thread builds the twins while this returns at once (a window
     * builds its views meanwhile): its {@link SessionHandle#latest()} is null and commands wait until
     * {@link SessionHandle#ready()} completes, exceptionally with the problem if the twins could not be built.
     */
    public static SessionHandle startInBackground(ExperimentSpec spec, TrainSettings settings, Dataset data) {
        return TrainingSession.inBackground(spec, settings, data);
    }

    /**
     * Train the twins for a fixed number of steps as fast as they go, without a session or snapshots,
     * measured on the plan's schedule (Ioffe and Szegedy's Figure 1: {@link RunPlan#figure1}). Blocks
     * the calling thread (and uses one more) until done; a twin that diverges stops and its curves end.
     *
     * @param progress told the steps done at every accuracy measurement, or null
     * @throws IllegalArgumentException naming the problem when the spec, settings or plan are unusable
     */
    public static RunResult run(ExperimentSpec spec, TrainSettings settings, Dataset data, RunPlan plan,
                                java.util.function.LongConsumer progress) {
        bnlab.engine.nn.Nd4jSetup.singleThreaded();
        return bnlab.engine.train.HeadlessRun.run(spec, settings, data, plan, progress);
    }

    /**
     * Train the twins of {@code spec} (its seed: the start, the split and the order of batches) for
     * {@code steps} steps and test both on the whole test set: one dot of a repeat over seeds. Blocks
     * the calling thread and uses one more, which follows the caller's scheduling class (beside a window,
     * call it from a {@link #backgroundThreads} thread).
     *
     * @throws IllegalArgumentException naming the problem when the spec or settings are unusable
     */
    public static bnlab.engine.api.SeedOutcome outcome(ExperimentSpec spec, TrainSettings settings, Dataset data,
                                                       int steps) {
        RunResult r = run(spec, settings, data, new RunPlan(steps, Math.max(1, steps), Math.max(1, steps), 1, 0, 0),
                null);
        double[] bn = r.accuracy().column(RunResult.NORMALIZED);
        double[] plain = r.accuracy().column(RunResult.PLAIN_ACCURACY);
        return new bnlab.engine.api.SeedOutcome(spec.seed(), settings.batchSize(), steps, bn[bn.length - 1],
                plain[plain.length - 1], r.testRows());
    }

    /**
     * Threads for long engine work beside a window (a repeat over seeds): daemons that put themselves in
     * the operating system's background class before their first task, so the window's threads run first.
     */
    public static java.util.concurrent.ThreadFactory backgroundThreads(String name) {
        return task -> {
            Thread t = new Thread(() -> {
                bnlab.engine.train.Background.enter();
                task.run();
            }, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Load a data set (blocks: call it off the UI thread).
     *
     * @param path the CSV file or MNIST folder for ids that need one, else ignored
     */
    public static Dataset load(DatasetId id, Path path) throws ProblemException {
        return load(id, path, MNIST_ALL);
    }

    /**
     * Load a data set, reading at most {@code trainLimit} training images from an MNIST folder (the
     * limit applies to MNIST only; the test files are read whole).
     */
    public static Dataset load(DatasetId id, Path path, int trainLimit) throws ProblemException {
        int n = SYNTHETIC_SAMPLES;
        long seed = SYNTHETIC_SEED;
        return switch (id) {
            case DIGITS -> Bundled.digits();
            case WINE -> Bundled.wine();
            case IRIS -> Bundled.iris();
            case SPIRAL -> Synthetic.spiral(n, 0.05, seed);
            case MOONS -> Synthetic.moons(n, 0.1, seed);
            case CIRCLES -> Synthetic.circles(n, 0.05, seed);
            case XOR -> Synthetic.xor(n, 0.05, seed);
            case BLOBS -> Synthetic.blobs(n, 4, 0.3, seed);
            case BADLY_SCALED_MOONS -> Synthetic.badlyScaled(Synthetic.moons(n, 0.1, seed), 0, 1000);
            case CSV -> CsvLoader.load(required(path, id), -1);
            case MNIST_FOLDER -> IdxLoader.loadMnist(required(path, id), trainLimit, MNIST_ALL);
        };
    }

    /**
     * An MNIST folder with at most trainLimit training and testLimit test images (the files' first
     * ones); the test images are the folder's t10k files.
     */
    public static Dataset loadMnist(Path folder, int trainLimit, int testLimit) throws ProblemException {
        return IdxLoader.loadMnist(required(folder, DatasetId.MNIST_FOLDER), trainLimit, testLimit);
    }

    private static Path required(Path path, DatasetId id) throws ProblemException {
        if (path == null) {
            throw new ProblemException(Problem.of(bnlab.engine.api.FileProblem.DATASET_PATH_MISSING, id.name()));
        }
        return path;
    }

    public static ExperimentFile readExperiment(Path file) throws ProblemException {
        return ExperimentJson.read(file);
    }

    public static ExperimentFile parseExperiment(String json, String name) throws ProblemException {
        return ExperimentJson.parse(json, name);
    }

    /** Written completely or not at all. */
    public static void writeExperiment(ExperimentFile f, Path file) throws ProblemException {
        ExperimentJson.write(f, file);
    }
}
