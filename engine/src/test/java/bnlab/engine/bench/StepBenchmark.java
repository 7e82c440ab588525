package bnlab.engine.bench;

import bnlab.engine.nn.Nd4jSetup;


import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.train.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;



import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Steps per second of Ioffe and Szegedy's Figure 1 network (784-100-100-100-10, sigmoid, batch 60)
 * with BN on every hidden layer and without, next to the single-thread sgemm GFLOP/s measured in the
 * same run: the FLOP roofline. Prints figures; asserts nothing. Run: ./mvnw -pl engine -Pbench verify
 */
public final class StepBenchmark {
    private static final int BATCH = 60;
    private static final int[] WIDTHS = {784, 100, 100, 100, 10};

    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        INDArray[] data = BenchData.mnistOrNoise(6000);
        double gflops = sgemmGflops();
        double flopsPerStep = flopsPerStep();
        System.out.printf("sgemm, one thread, on this step's shapes: %.2f GFLOP/s%n", gflops);
        System.out.printf("FLOPs per training step (gemm only): %.2f M -> roofline %.0f steps/s%n",
                flopsPerStep / 1e6, gflops * 1e9 / flopsPerStep);
        long cpu0 = cpuNanos();
        long wall0 = System.nanoTime();
        for (NormKind norm : new NormKind[]{NormKind.BATCH, NormKind.NONE}) {
            double[] runs = new double[5];
            for (int r = 0; r < runs.length; r++) {
                runs[r] = stepsPerSecond(norm, data, r == 0 ? 300 : 100, 1500);
            }
            Arrays.sort(runs);
            double median = runs[runs.length / 2];
            System.out.printf("%-9s median %.0f steps/s (runs %s), %.0f%% of roofline%n",
                    norm == NormKind.BATCH ? "with BN" : "without", median, Arrays.toString(
                            Arrays.stream(runs).map(Math::round).toArray()), 100 * median * flopsPerStep / (gflops * 1e9));
        }
        System.out.printf("process CPU time / wall time while training: %.2f (1.00 = one busy thread)%n",
                (double) (cpuNanos() - cpu0) / (System.nanoTime() - wall0));
    }

    /** Process CPU time, native threads included: CPU/wall near 1 confirms one thread did the work. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }


    private static double stepsPerSecond(NormKind norm, INDArray[] data, int warmup, int steps) {
        NetworkSpec spec = new NetworkSpec(784, List.of(100, 100, 100), 10, ActivationKind.SIGMOID, InitKind.GAUSSIAN,
                1.0, Collections.nCopies(3, norm), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
        Network net = Network.build(spec, Network.initialWeights(spec, 1, DataType.FLOAT),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.FLOAT);
        Sgd sgd = new Sgd(0.5, 0);
        int n = (int) data[0].rows() / BATCH;
        INDArray[] xs = new INDArray[n];
        INDArray[] ts = new INDArray[n];
        for (int b = 0; b < n; b++) {
            xs[b] = data[0].get(org.nd4j.linalg.indexing.NDArrayIndex.interval(b * BATCH, (b + 1) * BATCH),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
            ts[b] = data[1].get(org.nd4j.linalg.indexing.NDArrayIndex.interval(b * BATCH, (b + 1) * BATCH),
                    org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        }
        long t0 = 0;
        for (int i = 0; i < warmup + steps; i++) {
            if (i == warmup) {
                t0 = System.nanoTime();
            }
            INDArray logits = net.forward(xs[i % n], true);
            net.backward(logits, ts[i % n]);
            sgd.step(net.params());
        }
        return steps / ((System.nanoTime() - t0) / 1e9);
    }

    // forward z = x W: 2 N in out per layer; backward dW = x^T dz: 2 N in out; dx = dz W^T: 2 N in out (not layer 0)
    private static double flopsPerStep() {
        double f = 0;
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            double mm = 2.0 * BATCH * WIDTHS[l] * WIDTHS[l + 1];
            f += mm * (l == 0 ? 2 : 3);
        }
        return f;
    }

    /** Single-thread sgemm rate on the step's own matrix shapes, gemm into preallocated outputs. */
    private static double sgemmGflops() {
        double best = 0;
        for (int rep = 0; rep < 5; rep++) {
            double flops = 0;
            long t0 = System.nanoTime();
            for (int it = 0; it < 200; it++) {
                for (int l = 0; l + 1 < WIDTHS.length; l++) {
                    flops += gemmShapes(WIDTHS[l], WIDTHS[l + 1], l > 0);
                }
            }
            double s = (System.nanoTime() - t0) / 1e9;
            best = Math.max(best, flops / s / 1e9);
        }
        return best;
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
