package bnlab.engine.bench;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Batcher;
import bnlab.engine.nn.Blas;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.nn.StepParts;
import bnlab.engine.train.Sgd;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Collections;
import java.util.List;

/**
 * Steps per second of Ioffe and Szegedy's Figure 1 network (784-100-100-100-10, sigmoid, batch 60)
 * with BN on every hidden layer and without, next to the single-thread sgemm GFLOP/s measured in the
 * same run on the step's own shapes: the FLOP roofline. Then where a step's time goes (each part timed
 * alone on the same shapes), and the twins stepping on two threads against one. Prints figures;
 * asserts nothing. Run: ./mvnw -B -pl engine -Pbench verify -DskipTests (all benchmarks).
 */
public final class StepBenchmark {
    static final int BATCH = 60;
    static final int[] WIDTHS = {784, 100, 100, 100, 10};
    private static final int RUNS = 5;
    /** The twins' modes run in turns this many times. */
    private static final int TWIN_RUNS = 9;

    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        bnlab.engine.nn.Kernels.awaitWarm();
        run();
    }

    static void run() throws Exception {
        INDArray[] data = BenchData.mnistOrNoise(6000);
        double gflops = sgemmGflops();
        double flops = flopsPerStep();
        double roofline = gflops * 1e9 / flops;
        System.out.printf("sgemm, one thread, on this step's shapes: %.1f GFLOP/s (OpenBLAS directly, best of 5 x 200"
                + " passes; through Nd4j.gemm %.1f GFLOP/s)%n", gflops, nd4jGemmGflops());
        System.out.printf("FLOPs per training step (gemm only): %.2f M -> roofline %.0f steps/s (%.0f us a step)%n",
                flops / 1e6, roofline, 1e6 / roofline);
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        double[] single = new double[2];
        for (NormKind norm : new NormKind[]{NormKind.BATCH, NormKind.NONE}) {
            double[] runs = new double[RUNS];
            // each run against the sgemm rate measured just before it: this shared machine's speed drifts by
            // more than the ratio's own spread between runs a minute apart
            // and like the sgemm rate (the best of 5 passes), the step rate of the best of its 10 chunks of 200 steps
            double[] ratios = new double[RUNS];
            for (int r = 0; r < runs.length; r++) {
                double own = sgemmGflops() * 1e9 / flops;
                double[] rates = stepsPerSecond(norm, data, r == 0 ? 1500 : 300, 2000);
                runs[r] = rates[0];
                ratios[r] = rates[1] / own;
            }
            double m = BenchData.medianOf(runs);
            single[norm == NormKind.BATCH ? 0 : 1] = m;
            System.out.printf("one network, %-10s %s steps/s, %.1f %% of the roofline (range %.1f-%.1f %%); best 200 steps"
                            + " of each run against the sgemm rate measured just before it: %.1f %% (range %.1f-%.1f %%)%n",
                    norm == NormKind.BATCH ? "with BN:" : "without:", BenchData.median(runs, "%.0f"), 100 * m / roofline,
                    100 * min(runs) / roofline, 100 * max(runs) / roofline,
                    100 * BenchData.medianOf(ratios), 100 * min(ratios), 100 * max(ratios));
        }
        for (NormKind norm : new NormKind[]{NormKind.BATCH, NormKind.NONE}) {
            interleaved(norm, data);
        }
        System.out.printf("process CPU time / wall time while one network trained: %.2f%n",
                (double) (cpuNanos() - cpu0) / (System.nanoTime() - wall0));
        for (NormKind norm : new NormKind[]{NormKind.BATCH, NormKind.NONE}) {
            profile(norm, data, 1e6 / single[norm == NormKind.BATCH ? 0 : 1]);
        }
        twins(data);
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).max().orElse(Double.NaN);
    }

    /** Process CPU time, native threads included: CPU/wall near 1 confirms one thread did the work. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static Network network(NormKind norm) {
        NetworkSpec spec = new NetworkSpec(784, List.of(100, 100, 100), 10, ActivationKind.SIGMOID, InitKind.GAUSSIAN,
                1.0, Collections.nCopies(3, norm), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
        return Network.build(spec, Network.initialWeights(spec, 1, DataType.FLOAT),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.FLOAT);
    }

    static Mat[][] batches(INDArray[] data) {
        int n = (int) data[0].rows() / BATCH;
        Mat[][] b = new Mat[2][n];
        for (int i = 0; i < n; i++) {
            b[0][i] = Mat.zeros(DataType.FLOAT, BATCH, 784);
            b[0][i].copyRowsFrom(data[0], i * BATCH);
            b[1][i] = Mat.zeros(DataType.FLOAT, BATCH, 10);
            b[1][i].copyRowsFrom(data[1], i * BATCH);
        }
        return b;
    }

    // steps per second over all the steps, and over the fastest chunk of CHUNK steps
    private static double[] stepsPerSecond(NormKind norm, INDArray[] data, int warmup, int steps) {
        Network net = network(norm);
        Sgd sgd = new Sgd(0.5, 0);
        Mat[][] b = batches(data);
        long t0 = 0;
        long chunk0 = 0;
        double best = 0;
        for (int i = 0; i < warmup + steps; i++) {
            if (i == warmup) {
                t0 = System.nanoTime();
                chunk0 = t0;
            }
            step(net, sgd, b, i);
            if (i >= warmup && (i - warmup + 1) % CHUNK == 0) {
                long now = System.nanoTime();
                best = Math.max(best, CHUNK / ((now - chunk0) / 1e9));
                chunk0 = now;
            }
        }
        return new double[]{steps / ((System.nanoTime() - t0) / 1e9), best};
    }

    /**
     * One BN network alone with each step's batch gathered first from the training set (60 rows picked by a
     * seeded shuffle, inputs and one-hot targets copied, as the twins' batches are): what a network trained
     * alone on a data set also pays, which {@link #stepsPerSecond}'s batches made beforehand leave out.
     */
    private static double gatheringStepsPerSecond(INDArray[] data, int warmup, int steps) {
        Network net = network(NormKind.BATCH);
        Sgd sgd = new Sgd(0.5, 0);
        Batcher batcher = new Batcher((int) data[0].rows(), BATCH, 17);
        Mat[][] b = {{Mat.zeros(DataType.FLOAT, BATCH, 784)}, {Mat.zeros(DataType.FLOAT, BATCH, 10)}};
        long t0 = 0;
        for (int i = 0; i < warmup + steps; i++) {
            if (i == warmup) {
                t0 = System.nanoTime();
            }
            int[] idx = batcher.next();
            b[0][0].gatherRows(data[0], idx, idx.length);
            b[1][0].gatherRows(data[1], idx, idx.length);
            step(net, sgd, b, 0);
        }
        return steps / ((System.nanoTime() - t0) / 1e9);
    }

    // the twin's step without the trace, on batch i (cycling): forward, backward, the gradient check, the update
    private static void step(Network net, Sgd sgd, Mat[][] b, int i) {
        int n = b[0].length;
        Mat logits = net.forward(b[0][i % n], true);
        net.backward(logits, b[1][i % n]);
        net.gradientsFit();
        sgd.step(net.params());
    }

    private static final int CHUNK = 200;
    private static final int PAIRS = 40;
    private static final int BLOCK = 100;

    /**
     * The step against sgemm side by side: PAIRS pairs of BLOCK passes of the step's gemm calls (as
     * {@link #sgemmGflops} times them) and BLOCK training steps, in turns (which goes first alternates),
     * each pair's ratio = gemm time / step time = the step's fraction of the roofline at that moment. The
     * median and quartiles of the pairs: on a shared machine whose speed drifts between and within runs,
     * both halves of a pair see the same machine, and no pass is picked as the best.
     */
    private static void interleaved(NormKind norm, INDArray[] data) {
        Network net = network(norm);
        Sgd sgd = new Sgd(0.5, 0);
        Mat[][] b = batches(data);
        int[] next = {0};
        Runnable steps = () -> {
            for (int i = 0; i < BLOCK; i++, next[0]++) {
                step(net, sgd, b, next[0]);
            }
        };
        Runnable gemms = () -> {
            for (int i = 0; i < BLOCK; i++) {
                pass(StepBenchmark::blasShapes);
            }
        };
        for (int w = 0; w < 15; w++) {
            steps.run();
            gemms.run();
        }
        double[] ratios = new double[PAIRS];
        for (int p = 0; p < PAIRS; p++) {
            long gemm;
            long step;
            if (p % 2 == 0) {
                gemm = timed(gemms);
                step = timed(steps);
            } else {
                step = timed(steps);
                gemm = timed(gemms);
            }
            ratios[p] = (double) gemm / step;
        }
        java.util.Arrays.sort(ratios);
        System.out.printf("one network, %-10s in turns with sgemm (%d pairs of %d step-shaped sgemm passes and %d steps):"
                        + " %.1f %% of the roofline (median; quartiles %.1f-%.1f %%, range %.1f-%.1f %%)%n",
                norm == NormKind.BATCH ? "with BN:" : "without:", PAIRS, BLOCK, BLOCK, 100 * ratios[PAIRS / 2],
                100 * ratios[PAIRS / 4], 100 * ratios[3 * PAIRS / 4], 100 * ratios[0], 100 * ratios[PAIRS - 1]);
    }

    private static long timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return System.nanoTime() - t0;
    }

    /** Each part of a step timed alone on the step's shapes (us per step), and what is left. */
    private static void profile(NormKind norm, INDArray[] data, double stepUs) {
        double[][] parts = new double[RUNS][];
        for (int r = 0; r < RUNS; r++) {
            parts[r] = StepParts.time(network(norm), batches(data), r == 0 ? 400 : 100, 400);
        }
        String[] names = StepParts.NAMES;
        StringBuilder line = new StringBuilder();
        double sum = 0;
        for (int k = 0; k < names.length; k++) {
            double[] v = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                v[r] = parts[r][k];
            }
            double m = BenchData.medianOf(v);
            sum += m;
            line.append(String.format("%s %.1f | ", names[k], m));
        }
        System.out.printf("profile, %s (us per step, each part alone, median of %d): %sper-call overhead and rest %.1f"
                        + " | step %.1f%n", norm == NormKind.BATCH ? "with BN" : "without", RUNS, line,
                stepUs - sum, stepUs);
    }

    /**
     * Both twins on one batch a step, on two threads and on one; MNIST training images, traced never. On two
     * threads in chunks of {@link TwinRunner#MAX_CHUNK} steps (as a headless run and a session flat out step)
     * and one step a hand-over; against one BN network alone, timed in the same turns.
     */
    private static void twins(INDArray[] data) throws Exception {
        Dataset d = BenchData.dataset(6000, 1000);
        ExperimentSpec spec = ExperimentSpec.defaults();
        TrainSettings s = TrainSettings.defaults();
        int[] chunk = {TwinRunner.MAX_CHUNK, 1, 1};
        double[][] runs = new double[5][TWIN_RUNS];
        double[] cost = new double[TWIN_RUNS];
        double[] costGathering = new double[TWIN_RUNS];
        try (TwinThreads parallel = TwinThreads.parallel(); TwinThreads sequential = TwinThreads.sequential()) {
            TwinRunner two = new TwinRunner(spec, d, s, DataType.FLOAT, parallel);
            TwinRunner one = new TwinRunner(spec, d, s, DataType.FLOAT, sequential);
            for (int mode = 0; mode < 3; mode++) {
                for (int i = 0; i < 1000; i += chunk[mode]) {
                    (mode < 2 ? two : one).steps(chunk[mode], false);
                }
            }
            // the five modes in turns, each run's order rotated: they see the same machine
            for (int run = 0; run < TWIN_RUNS; run++) {
                for (int m = 0; m < 5; m++) {
                    int mode = (m + run) % 5;
                    if (mode == 3) {
                        runs[3][run] = stepsPerSecond(NormKind.BATCH, data, 200, 2000)[0];
                        continue;
                    }
                    if (mode == 4) {
                        runs[4][run] = gatheringStepsPerSecond(data, 200, 2000);
                        continue;
                    }
                    int k = chunk[mode];
                    TwinRunner r = mode < 2 ? two : one;
                    for (int i = 0; i < 200; i += k) {
                        r.steps(k, false);
                    }
                    long t0 = System.nanoTime();
                    for (int i = 0; i < 2000; i += k) {
                        r.steps(k, false);
                    }
                    runs[mode][run] = 2000 / ((System.nanoTime() - t0) / 1e9);
                }
                cost[run] = runs[3][run] / runs[0][run];
                costGathering[run] = runs[4][run] / runs[0][run];
            }
            two.close();
            one.close();
        }
        double[] handOver = new double[TWIN_RUNS];
        for (int run = 0; run < TWIN_RUNS; run++) {
            handOver[run] = runs[3][run] / runs[1][run];
        }
        System.out.printf("twin steps (both networks, %s, 6,000 training images): two threads %s/s in chunks of %d steps,"
                        + " %s/s one step a hand-over; one thread %s/s; one BN network alone %s steps/s; in the same"
                        + " turn, a twin step on two threads costs %s one-network steps with BN (one step a hand-over: %s)%n",
                d.name(), BenchData.median(runs[0], "%.0f"), TwinRunner.MAX_CHUNK, BenchData.median(runs[1], "%.0f"),
                BenchData.median(runs[2], "%.0f"), BenchData.median(runs[3], "%.0f"), BenchData.median(cost, "%.2f"),
                BenchData.median(handOver, "%.2f"));
        System.out.printf("one BN network alone gathering each step's batch from the training set (as the twins do, once"
                        + " for both): %s steps/s; in the same turn, a twin step in chunks costs %s such steps%n",
                BenchData.median(runs[4], "%.0f"), BenchData.median(costGathering, "%.2f"));
        // what two cores give this work at all: two unrelated networks, each on its own thread, no hand-overs
        double[] alone = new double[3];
        double[] together = new double[3];
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int k = 0; k < alone.length; k++) {
                alone[k] = stepsPerSecond(NormKind.BATCH, data, 300, 2000)[0];
                var a = ex.submit(() -> stepsPerSecond(NormKind.BATCH, data, 300, 2000)[0]);
                var b = ex.submit(() -> stepsPerSecond(NormKind.BATCH, data, 300, 2000)[0]);
                together[k] = a.get() + b.get();
            }
        } finally {
            ex.shutdown();
        }
        System.out.printf("two unrelated BN networks on two threads at once: %s steps/s in all, one alone %s steps/s"
                        + " (x%.2f)%n", BenchData.median(together, "%.0f"), BenchData.median(alone, "%.0f"),
                BenchData.medianOf(together) / BenchData.medianOf(alone));
    }

    // forward z = x W: 2 N in out per layer; backward dW = x^T dz: 2 N in out; dx = dz W^T: 2 N in out (not layer 0)
    static double flopsPerStep() {
        double f = 0;
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            double mm = 2.0 * BATCH * WIDTHS[l] * WIDTHS[l + 1];
            f += mm * (l == 0 ? 2 : 3);
        }
        return f;
    }

    /**
     * Single-thread sgemm rate on the step's own matrix shapes: OpenBLAS called directly (as the step
     * calls it), into preallocated outputs. (Through Nd4j.gemm, ~35 us of overhead a call, the same
     * shapes ran at the rate {@link #nd4jGemmGflops} prints; the README's first figure was that one.)
     */
    static double sgemmGflops() {
        return bestGflops(StepBenchmark::blasShapes);
    }

    /** One layer's gemm calls of a step (forward, dW, and dx but for the first layer); their FLOPs. */
    @FunctionalInterface
    private interface LayerGemms {
        double run(int in, int out, boolean dx);
    }

    // the best of 5 x 200 passes, each pass every layer's gemm calls once
    private static double bestGflops(LayerGemms gemms) {
        double best = 0;
        for (int rep = 0; rep < 5; rep++) {
            double flops = 0;
            long t0 = System.nanoTime();
            for (int it = 0; it < 200; it++) {
                flops += pass(gemms);
            }
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, flops / s / 1e9);
        }
        return best;
    }

    // one step's gemm calls; their FLOPs
    private static double pass(LayerGemms gemms) {
        double flops = 0;
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            flops += gemms.run(WIDTHS[l], WIDTHS[l + 1], l > 0);
        }
        return flops;
    }

    private static final java.util.Map<String, Mat[]> MATS = new java.util.HashMap<>();

    private static double blasShapes(int in, int out, boolean dx) {
        Mat[] b = MATS.computeIfAbsent(in + "x" + out, k -> new Mat[]{
            Mat.wrap(Nd4j.rand(DataType.FLOAT, BATCH, in)), Mat.wrap(Nd4j.rand(DataType.FLOAT, in, out)),
            Mat.zeros(DataType.FLOAT, BATCH, out), Mat.zeros(DataType.FLOAT, in, out), Mat.zeros(DataType.FLOAT, BATCH, in)});
        DataType f = DataType.FLOAT;
        Blas.gemm(f, b[0].pointer(), BATCH, in, false, b[1].pointer(), in, out, false, b[2].address());
        Blas.gemm(f, b[0].pointer(), BATCH, in, true, b[2].pointer(), BATCH, out, false, b[3].address());
        double flops = 2 * 2.0 * BATCH * in * out;
        if (dx) {
            Blas.gemm(f, b[2].pointer(), BATCH, out, false, b[1].pointer(), in, out, true, b[4].address());
            flops += 2.0 * BATCH * in * out;
        }
        return flops;
    }

    /** The same through Nd4j.gemm (libnd4j's matmul op), for comparison. */
    static double nd4jGemmGflops() {
        return bestGflops(StepBenchmark::gemmShapes);
    }

    private static final java.util.Map<String, INDArray[]> BUFS = new java.util.HashMap<>();

    private static double gemmShapes(int in, int out, boolean dx) {
        INDArray[] b = BUFS.computeIfAbsent(in + "x" + out, k -> new INDArray[]{
            Nd4j.rand(DataType.FLOAT, BATCH, in), Nd4j.rand(DataType.FLOAT, in, out),
            Nd4j.create(DataType.FLOAT, BATCH, out), Nd4j.create(DataType.FLOAT, in, out),
            Nd4j.create(DataType.FLOAT, BATCH, in)});
        Nd4j.gemm(b[0], b[1], b[2], false, false, 1, 0);
        Nd4j.gemm(b[0], b[2], b[3], true, false, 1, 0);
        double flops = 2 * 2.0 * BATCH * in * out;
        if (dx) {
            Nd4j.gemm(b[2], b[1], b[4], false, true, 1, 0);
            flops += 2.0 * BATCH * in * out;
        }
        return flops;
    }
}
