package bnlab.engine.train;

import bnlab.engine.api.DataInfo;
import bnlab.engine.api.InputScaling;
import bnlab.engine.api.Problem;
import bnlab.engine.data.Batcher;
import bnlab.engine.api.Dataset;
import bnlab.engine.data.Split;
import bnlab.engine.data.Standardizer;
import bnlab.engine.nn.Dense;
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
 * normalization's doing. Synchronous and single-threaded; the session drives it.
 */
public final class TwinRunner {
    private final ExperimentSpec spec;
    private final String datasetName;
    private final INDArray trainX;
    private final INDArray trainT;
    private final int[] trainY;
    private final INDArray testX;
    private final int[] testY;
    private final Batcher batcher;
    private final Twin normalized;
    private final Twin plain;
    private TrainSettings settings;
    private long step;
    /**
     * Evaluation uses at most the first EVAL_TRAIN_CAP training rows (already shuffled by the split) and
     * EVAL_TEST_CAP test rows, so accuracies and population statistics stay cheap on MNIST-sized data.
     */
    static final int EVAL_TRAIN_CAP = bnlab.engine.api.EvalRows.DEFAULT.train();
    static final int EVAL_TEST_CAP = bnlab.engine.api.EvalRows.DEFAULT.test();
    private final INDArray evalTrainX;
    private final int[] evalTrainY;
    private final INDArray evalTestX;
    private final int[] evalTestY;
    private final DataInfo info;

    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type) {
        this(spec, data, settings, type, bnlab.engine.api.EvalRows.DEFAULT);
    }

    /** @param evalRows at most how many training and test rows the accuracies are measured on */
    public TwinRunner(ExperimentSpec spec, Dataset data, TrainSettings settings, DataType type,
                      bnlab.engine.api.EvalRows evalRows) {
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
        trainX = matrix(train, type);
        trainY = train.labels();
        trainT = oneHot(trainY, data.numClasses(), type);
        testX = matrix(test, type);
        testY = test.labels();
        evalTrainX = firstRows(trainX, evalRows.train());
        evalTrainY = java.util.Arrays.copyOf(trainY, (int) evalTrainX.rows());
        evalTestX = firstRows(testX, evalRows.test());
        evalTestY = java.util.Arrays.copyOf(testY, (int) evalTestX.rows());
        info = new DataInfo(scaling, data.testSet() != null, evalTrainY.length, evalTestY.length, data.imageRows(),
                data.imageCols());
        check(spec, settings);
        batcher = new Batcher(train.size(), settings.batchSize(), spec.seed() * 31 + 17);

        NetworkSpec base = new NetworkSpec(data.dim(), spec.hidden(), data.numClasses(), spec.activation(),
                spec.init(), spec.sigma(), Collections.nCopies(spec.hidden().size(), NormKind.NONE),
                spec.placement(), spec.loss());
        List<Dense> initial = Network.initialWeights(base, spec.seed(), type);
        Network.BnConfig bn = new Network.BnConfig(settings.convention(), settings.bnMomentum(), settings.eps());
        normalized = new Twin(base.withNorm(spec.norm()), initial, bn, settings.learningRate(),
                settings.optimizerMomentum(), type);
        plain = new Twin(base, initial, bn, settings.learningRate(), settings.optimizerMomentum(), type);
        normalized.pin(settings.pinnedGamma(), settings.pinnedBeta(), settings.pinLayer());
    }

    /** One step of both twins on the next batch, without a trace. */
    public void step() {
        step(false);
    }

    /** One step of both twins on the next batch; when traced, each twin records its {@link Twin#trace()}. */
    public void step(boolean traced) {
        int[] idx = batcher.next();
        INDArray x = Nd4j.pullRows(trainX, 1, idx);
        INDArray t = Nd4j.pullRows(trainT, 1, idx);
        step++;
        normalized.step(x, t, step, traced);
        plain.step(x, t, step, traced);
    }

    /**
     * Before the first step: both twins look at the first rows of the training set (a batch's worth),
     * traced as step 0, nothing changed. A later step is not affected.
     */
    public void look() {
        if (step != 0) {
            return;
        }
        int rows = Math.max(2, Math.min(settings.batchSize(), trainY.length));
        INDArray[] xt = trainingRows(rows);
        normalized.look(xt[0], xt[1]);
        plain.look(xt[0], xt[1]);
    }

    /**
     * Evaluate one twin: accuracies and population statistics (unbiased variance for PyTorch). Weights,
     * gradients and running statistics are not touched (the layers' caches are: probes read traces).
     */
    public Evaluation.Result evaluate(Twin twin) {
        return Evaluation.evaluate(twin.net(), evalTrainX, evalTrainY, evalTestX, evalTestY,
                settings.batchSize(), settings.convention().unbiasedRunningVar());
    }

    /** The first n rows of the standardized training inputs [n, d] and one-hot targets [n, k], copied. */
    public INDArray[] trainingRows(int n) {
        int rows = Math.min(n, trainY.length);
        org.nd4j.linalg.indexing.INDArrayIndex r = org.nd4j.linalg.indexing.NDArrayIndex.interval(0, rows);
        org.nd4j.linalg.indexing.INDArrayIndex all = org.nd4j.linalg.indexing.NDArrayIndex.all();
        return new INDArray[]{trainX.get(r, all).dup('c'), trainT.get(r, all).dup('c')};
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

    private static INDArray firstRows(INDArray x, int cap) {
        return x.rows() <= cap ? x : x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, cap),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
    }

    /** Training rows that accuracies and population statistics are measured on. */
    public int evalTrainSize() {
        return evalTrainY.length;
    }

    /** Test rows that the test accuracy is measured on. */
    public int evalTestSize() {
        return evalTestY.length;
    }

    // x as a [n, d] matrix of the network's type
    private static INDArray matrix(Dataset d, DataType type) {
        return Nd4j.create(d.features(), new long[]{d.size(), d.dim()}, DataType.FLOAT).castTo(type);
    }

    // t[i, y_i] = 1, else 0        [n, k]
    public static INDArray oneHot(int[] y, int k, DataType type) {
        double[][] t = new double[y.length][k];
        for (int i = 0; i < y.length; i++) {
            t[i][y[i]] = 1.0;
        }
        return Nd4j.create(t).castTo(type);
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
        return testY.length;
    }
}
