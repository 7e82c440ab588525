package bnlab.engine.train;

import bnlab.engine.api.DataInfo;
import bnlab.engine.api.InputScaling;
import bnlab.engine.api.Problem;
import bnlab.engine.data.Batcher;
import bnlab.engine.api.Dataset;
import bnlab.engine.data.Split;
import bnlab.engine.data.Standardizer;
import bnlab.engine.nn.Linear;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Collections;
import java.util.List;

/**
 * The twin experiment: the same architecture with and without normalization, from the same initial
 * Dense weights, trained on the same batches in the same order, so any difference is the
 * normalization's doing. The session drives it from its thread, and each call returns when both twins are
 * done: the twins' parts run at once on two threads when its {@link TwinThreads} are parallel.
 */
public final class TwinRunner {
    private final ExperimentSpec spec;
    private final String datasetName;
    private final INDArray trainX;
    private final int[] trainY;
    private final int numClasses;
    private final int testSize;
    private final Batcher batcher;
    private final TwinThreads threads;
    // the batches of the coming steps, gathered ahead while the twins step
    private final BatchQueue batches;
    private int lastSteps;
    private final Twin normalized;
    private final Twin plain;
    private TrainSettings settings;
    private long step;
    /**
     * The most steps {@link #steps} runs between two hand-overs. Each twin goes through them at its own
     * pace (a hand-over at every step keeps the faster one waiting for the slower after each), and the next
     * ones' batches are gathered by whichever thread is done first. StepBenchmark (2026-12-02, MNIST, the
     * modes in turns, 3 runs): a twin step cost 1.12-1.16 one-network steps in chunks of 8, 1.17-1.20 one
     * step at a time.
     */
    public static final int MAX_CHUNK = 8;
    /**
     * Evaluation uses at most the first EVAL_TRAIN_CAP training rows (already shuffled by the split) and
     * EVAL_TEST_CAP test rows, so accuracies and population statistics stay cheap on MNIST-sized data.
     */
    static final int EVAL_TRAIN_CAP = bnlab.engine.api.EvalRows.DEFAULT.train();
    static final int EVAL_TEST_CAP = bnlab.engine.api.EvalRows.DEFAULT.test();
    private final EvalSet evalTrain;
    private final EvalSet evalTest;
    /** The training set's first rows, [x, targets] ({@link #firstRows}), made when first needed. */
    private Mat[] firstBatch;
    private final int[] evalTestY;
    private final DataInfo info;

    /** Evaluated on at most 1000 training and 2000 test rows (see {@link #EVAL_TRAIN_CAP}). */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type, TwinThreads threads) {
        this(spec, data, settings, type, threads, EVAL_TRAIN_CAP, EVAL_TEST_CAP);
    }

    /** Both twins step on the calling thread, evaluated on at most evalRows' training and test rows. */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type,
                      bnlab.engine.api.EvalRows evalRows) {
        this(spec, data, settings, type, TwinThreads.sequential(), evalRows);
    }

    /** @param evalRows at most how many training and test rows the accuracies are measured on */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type, TwinThreads threads,
                      bnlab.engine.api.EvalRows evalRows) {
        this(spec, data, settings, type, threads, evalRows.train(), evalRows.test());
    }

    /** Both twins step on the calling thread, evaluated on at most 1000 training and 2000 test rows. */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type) {
        this(spec, data, settings, type, TwinThreads.sequential(), EVAL_TRAIN_CAP, EVAL_TEST_CAP);
    }

    /**
     * @param threads   where the plain twin steps (and is evaluated) while the normalized twin does on the
     *                  calling thread; see {@link TwinThreads} for who owns what when
     * @param trainCap  training rows accuracies and population statistics are measured on (the first ones)
     * @param testCap   test rows the test accuracy is measured on
     */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type, TwinThreads threads,
                      int trainCap, int testCap) {
        this.threads = threads;
        this.spec = spec;
        this.settings = settings;
        this.datasetName = data.name();
        // a data set with its own test set (MNIST's t10k) keeps it; otherwise a seeded stratified hold-out
        Dataset train = data;
        Dataset test = data.testSet();
        if (test == null) {
            Split split = Split.of(data, spec.testFraction(), spec.seed());
            train = split.train();
            test = split.test();
        }
        if (spec.standardize()) {
            // per feature for tabular data; one mean and std over all pixels for images
            Standardizer s = Standardizer.fitFor(train);
            train = s.apply(train);
            test = s.apply(test);
        }
        InputScaling scaling = !spec.standardize() ? InputScaling.NONE
                : train.isImages() ? InputScaling.WHOLE_INPUT : InputScaling.PER_FEATURE;
        trainX = matrix(train, type, train.size());
        trainY = train.labels();
        numClasses = data.numClasses();
        int testRows = Math.min(test.size(), testCap);
        testSize = test.size();
        evalTrain = new EvalSet(trainX, java.util.Arrays.copyOf(trainY, Math.min(trainY.length, trainCap)));
        evalTestY = java.util.Arrays.copyOf(test.labels(), testRows);
        evalTest = new EvalSet(matrix(test, type, testRows), evalTestY);
        int[] grid = data.pixelGrid();
        info = new DataInfo(scaling, data.testSet() != null, evalTrain.rows, evalTestY.length,
                grid == null ? 0 : grid[0], grid == null ? 0 : grid[1]);
        check(spec, settings);
        Problem unfit = spec.problemWith(data);
        if (unfit != null) {
            throw new IllegalArgumentException(unfit.toString());
        }
        batcher = new Batcher(train.size(), settings.batchSize(), spec.seed() * 31 + 17);
        batches = new BatchQueue(trainX, trainY, numClasses, MAX_CHUNK);

        boolean cnn = spec.arch() == bnlab.engine.api.ArchKind.CNN;
        NetworkSpec base = new NetworkSpec(data.dim(), spec.hidden(), data.numClasses(), spec.activation(),
                spec.init(), spec.sigma(), Collections.nCopies(spec.hidden().size(), NormKind.NONE),
                spec.placement(), spec.loss(), spec.arch(), cnn ? grid[0] : 0, cnn ? grid[1] : 0,
                spec.groups());
        List<Linear> initial = Network.initialWeights(base, spec.seed(), type);
        Network.BnConfig bn = new Network.BnConfig(settings.convention(), settings.bnMomentum(), settings.eps());
        normalized = new Twin(base.withNorm(spec.norm()), initial, bn, settings.learningRate(),
                settings.optimizerMomentum(), type);
        plain = new Twin(base, initial, bn, settings.learningRate(), settings.optimizerMomentum(), type);
        normalized.pin(settings.pinnedGamma(), settings.pinnedBeta(), settings.pinLayer());
        normalized.noise(settings.bnNoise(), spec.seed());
        if (cnn) {
            // the feature maps of the first training row, the same sample at every probed step
            normalized.setProbeSample(firstRow());
            plain.setProbeSample(firstRow());
        }
    }

    // row 0 of the training matrix, [1, d], both sides current (each twin reads its own copy)
    private Mat firstRow() {
        Mat m = Mat.zeros(trainX.dataType(), 1, (int) trainX.columns());
        m.copyRowsFrom(trainX, 0);
        m.heap();
        m.array();
        return m;
    }

    /** One step of both twins on the next batch, without a trace. */
    public void step() {
        step(false);
    }

    /** One step of both twins on the next batch; when traced, each twin records its {@link Twin#trace()}. */
    public void step(boolean traced) {
        steps(1, traced);
    }

    /**
     * k steps of both twins on the next k batches (1 <= k <= {@link #MAX_CHUNK}), the normalized twin's on
     * the calling thread and the plain twin's on the other, joined once after all k: the same numbers as k
     * single steps. When {@code traceLast}, the last step records each twin's {@link Twin#trace()}. Each
     * twin's losses: {@link Twin#stepLoss}(0 .. {@link #lastSteps()} - 1).
     */
    public void steps(int k, boolean traceLast) {
        if (k < 1 || k > MAX_CHUNK) {
            throw new IllegalArgumentException("steps in a chunk: " + k + ", from 1 to " + MAX_CHUNK);
        }
        bnlab.engine.nn.Kernels.warmUp();
        int[][] idx = new int[k][];
        for (int j = 0; j < k; j++) {
            idx[j] = batcher.next();
        }
        BatchQueue.Slot[] chunk = batches.take(idx);
        batches.planAhead(batcher, k);
        Mat[] xs = new Mat[k];
        Mat[] ts = new Mat[k];
        for (int j = 0; j < k; j++) {
            xs[j] = chunk[j].x;
            ts[j] = chunk[j].t;
        }
        long first = step + 1;
        step += k;
        lastSteps = k;
        try {
            threads.run(() -> {
                normalized.steps(xs, ts, k, first, traceLast);
                batches.gatherAhead();
            }, () -> {
                plain.steps(xs, ts, k, first, traceLast);
                batches.gatherAhead();
            });
        } catch (RuntimeException | Error e) {
            batches.drop();
            throw e;
        }
        batches.gathered();
    }

    /** How many steps the last {@link #steps} call ran (0 before the first). */
    public int lastSteps() {
        return lastSteps;
    }

    /**
     * Before the first step: both twins look at the first rows of the training set (a batch's worth),
     * traced as step 0, nothing changed. A later step is not affected.
     */
    public void look() {
        if (step != 0) {
            return;
        }
        Mat[] xt = firstRows();
        threads.run(() -> normalized.look(xt[0], xt[1]), () -> plain.look(xt[0], xt[1]));
    }

    /**
     * Evaluate one twin: accuracies, population statistics (unbiased variance for PyTorch) and the percentiles of
     * the probe unit's input to its activation in the last hidden layer over the evaluated training rows, and how
     * the loss and its gradient change along the gradient on the path batch ({@link GradientPath}, steps of
     * {@link GradientPath#STEPS} times the learning rate). Weights and running statistics are not touched (the
     * gradients and the layers' caches are: a step overwrites them, probes read traces).
     */
    public Evaluation.Result evaluate(Twin twin) {
        Evaluation.Result r = Evaluation.evaluate(twin.net(), evalTrain, evalTest, settings.trainModeRows(),
                settings.convention().unbiasedRunningVar(), settings.probeUnit());
        Mat[] xt = firstRows();
        return r.withPath(twin.path().measure(xt[0], xt[1], GradientPath.steps(twin.sgd().learningRate())));
    }

    /**
     * The first rows of the training set, as many as a batch (at least 2: BN in train mode), [x, targets]: what the
     * twins look at before the first step, and the batch the gradient path is measured on, the same at every
     * evaluation so the measure follows the network, not the batches drawn. Both sides current; the twins read it at
     * once.
     */
    private Mat[] firstRows() {
        int rows = Math.min(settings.trainModeRows(), trainY.length);
        if (firstBatch == null || firstBatch[0].rows != rows) {
            closeFirstBatch();
            INDArray[] xt = trainingRows(rows);
            Mat x = Mat.wrap(xt[0]);
            Mat t = Mat.wrap(xt[1]);
            x.array();
            x.heap();
            t.array();
            t.heap();
            firstBatch = new Mat[] {x, t};
        }
        return firstBatch;
    }

    /**
     * Evaluate both twins at once (see {@link TwinThreads}); a diverged twin gives null. The same results as
     * {@link #evaluate} one after the other.
     */
    public Evaluation.Result[] evaluateBoth() {
        Evaluation.Result[] out = new Evaluation.Result[2];
        evalTrain.chunks(settings.trainModeRows());
        evalTrain.chunks(EvalSet.EVAL_CHUNK);
        evalTest.chunks(EvalSet.EVAL_CHUNK);
        firstRows();
        threads.run(() -> out[0] = normalized.diverged() ? null : evaluate(normalized),
                () -> out[1] = plain.diverged() ? null : evaluate(plain));
        return out;
    }

    /** Test accuracy of both twins (eval mode) on the evaluated test rows; NaN for a diverged twin. */
    public double[] testAccuracyBoth() {
        double[] out = new double[2];
        evalTest.chunks(EvalSet.EVAL_CHUNK);
        threads.run(() -> out[0] = normalized.diverged() ? Double.NaN : Evaluation.testAccuracy(normalized.net(), evalTest),
                () -> out[1] = plain.diverged() ? Double.NaN : Evaluation.testAccuracy(plain.net(), evalTest));
        return out;
    }

    /**
     * The activation input of one unit (its column of the layer's activation input; a conv block's channel:
     * its H * W values per sample) over the first rows evaluated test samples, in eval mode; only the
     * layers up to that one run. net is one of the twins'.
     */
    double[] activationInputs(Network net, int layer, int unit, int rows) {
        int positions = net.blocks().get(layer).positions();
        double[] out = new double[rows * positions];
        int n = 0;
        for (Mat chunk : evalTest.chunks(EvalSet.EVAL_CHUNK)) {
            if (n >= rows) {
                break;
            }
            Mat h = chunk;
            for (int l = 0; l <= layer; l++) {
                h = net.blocks().get(l).forward(h, false);
            }
            Mat in = net.blocks().get(layer).activationInputMat().heap();
            for (int i = 0; i < in.rows && n < rows; i++, n++) {
                for (int p = 0; p < positions; p++) {
                    out[n * positions + p] = in.get(i * in.cols + unit * positions + p);
                }
            }
        }
        return out;
    }

    /** Run one task per twin at once: first on the calling thread with the normalized twin, second with the plain one. */
    public void forBoth(Runnable normalizedPart, Runnable plainPart) {
        threads.run(normalizedPart, plainPart);
    }

    /** The first n rows of the standardized training inputs [n, d] and one-hot targets [n, k], copied. */
    public INDArray[] trainingRows(int n) {
        int rows = Math.min(n, trainY.length);
        Mat x = Mat.zeros(trainX.dataType(), rows, (int) trainX.columns());
        x.copyRowsFrom(trainX, 0);
        Mat t = Mat.zeros(trainX.dataType(), rows, numClasses);
        int[] idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        t.oneHotRows(trainY, idx, rows);
        return new INDArray[]{x.array(), t.array()};
    }

    /**
     * Release the data's native memory now (the training matrix and the evaluation chunks; a data set
     * can be hundreds of megabytes, which the collector would free only when it happens to run). The
     * runner and its twins are unusable afterwards. Engine thread only.
     */
    public void close() {
        evalTrain.close(false);
        evalTest.close(true);
        trainX.close();
        batches.close();
        closeFirstBatch();
    }

    private void closeFirstBatch() {
        if (firstBatch != null) {
            firstBatch[0].array().close();
            firstBatch[1].array().close();
            firstBatch = null;
        }
    }

    /** Apply new live settings, which {@link TrainSettings#problemWith} accepts. */
    public void apply(TrainSettings s) {
        check(spec, s);
        for (Twin t : List.of(normalized, plain)) {
            t.sgd().setLearningRate(s.learningRate());
            t.sgd().setMomentum(s.optimizerMomentum());
            t.net().setBn(s.convention(), s.bnMomentum(), s.eps());
        }
        normalized.pin(s.pinnedGamma(), s.pinnedBeta(), s.pinLayer());
        normalized.noise(s.bnNoise(), spec.seed());
        batcher.setBatchSize(s.batchSize());
        settings = s;
    }

    // settings are checked where commands arrive; here an unusable one is a programming error
    private static void check(ExperimentSpec spec, TrainSettings s) {
        Problem problem = s.problemWith(spec);
        if (problem != null) {
            throw new IllegalArgumentException(problem.toString());
        }
    }

    /** Multiply hidden layer {@code layer}'s Dense weights W by {@code factor} in both twins (see {@link Twin#scaleWeights}). */
    public void scaleWeights(int layer, double factor) {
        normalized.scaleWeights(layer, factor);
        plain.scaleWeights(layer, factor);
    }

    /** Rebuild one twin from the shared initial weights (after it diverged). */
    public void resetTwin(boolean normalizedTwin) {
        Twin t = normalizedTwin ? normalized : plain;
        t.rebuild(new Network.BnConfig(settings.convention(), settings.bnMomentum(), settings.eps()),
                settings.learningRate(), settings.optimizerMomentum());
        if (normalizedTwin) {
            t.pin(settings.pinnedGamma(), settings.pinnedBeta(), settings.pinLayer());
        }
    }

    /** Training rows that accuracies and population statistics are measured on. */
    public int evalTrainSize() {
        return evalTrain.rows;
    }

    /** Test rows that the test accuracy is measured on. */
    public int evalTestSize() {
        return evalTestY.length;
    }

    // the first n rows of x as a [n, d] matrix of the network's type
    private static INDArray matrix(Dataset d, DataType type, int n) {
        float[] f = d.features();
        if (n < d.size()) {
            f = java.util.Arrays.copyOf(f, n * d.dim());
        }
        INDArray m = Nd4j.create(f, new long[]{n, d.dim()}, DataType.FLOAT);
        return type == DataType.FLOAT ? m : m.castTo(type);
    }

    // t[i, y_i] = 1, else 0        [n, k]
    public static INDArray oneHot(int[] y, int k, DataType type) {
        double[][] t = new double[y.length][k];
        for (int i = 0; i < y.length; i++) {
            t[i][y[i]] = 1.0;
        }
        return Nd4j.create(t).castTo(type);
    }

    /** Classes of the data set (the output layer's width). */
    public int numClasses() {
        return numClasses;
    }

    public Twin normalized() {
        return normalized;
    }

    public Twin plain() {
        return plain;
    }

    public long stepCount() {
        return step;
    }

    public int epoch() {
        return batcher.epoch();
    }

    public TrainSettings settings() {
        return settings;
    }

    public ExperimentSpec spec() {
        return spec;
    }

    public String datasetName() {
        return datasetName;
    }

    /** The test accuracy of always guessing the most common class of the evaluated test rows. */
    public double chanceAccuracy() {
        int[] counts = new int[maxLabel(evalTestY) + 1];
        int best = 0;
        for (int y : evalTestY) {
            best = Math.max(best, ++counts[y]);
        }
        return evalTestY.length == 0 ? Double.NaN : (double) best / evalTestY.length;
    }

    private static int maxLabel(int[] y) {
        int m = 0;
        for (int v : y) {
            m = Math.max(m, v);
        }
        return m;
    }

    /** How the data is scaled and measured. */
    public DataInfo dataInfo() {
        return info;
    }

    public int trainSize() {
        return trainY.length;
    }

    public int testSize() {
        return testSize;
    }
}
