package bnlab.engine.bench;

import bnlab.engine.nn.Nd4jSetup;


import bnlab.engine.landscape.Directions;
import bnlab.engine.landscape.GridSpec;
import bnlab.engine.landscape.NetworkLandscape;
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
import org.nd4j.linalg.indexing.NDArrayIndex;



import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Time of a 25x25 network landscape (Li et al. directions, eval mode) on 512 samples for the
 * 784-100-100-100-10 sigmoid network with BN on every hidden layer and without: directions, setup
 * and all 625 loss evaluations, best and median of 5 runs after a warm-up. Prints; asserts nothing.
 * Run: ./mvnw -pl engine -Pbench verify
 */
public final class LandscapeBenchmark {
    private static final int SAMPLES = 512;
    private static final int GRID = 25;

    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        bnlab.engine.nn.Kernels.awaitWarm();
        INDArray[] data = BenchData.mnistOrNoise(SAMPLES);
        for (NormKind norm : new NormKind[]{NormKind.BATCH, NormKind.NONE}) {
            Network net = network(norm, data);
            double[] ms = new double[6];
            double[][] grid = null;
            for (int r = 0; r < ms.length; r++) {
                long t0 = System.nanoTime();
                Directions dirs = Directions.filterNormalized(net, 7);
                NetworkLandscape land = new NetworkLandscape(net, data[0], data[1], dirs, new GridSpec(GRID, 1.0));
                grid = land.compute((d, rows) -> { }, () -> false);
                ms[r] = (System.nanoTime() - t0) / 1e6;
            }
            long t0 = System.nanoTime();
            double[][] direct = direct(net, data, Directions.filterNormalized(net, 7), new GridSpec(GRID, 1.0));
            double directMs = (System.nanoTime() - t0) / 1e6;
            double maxRel = 0;
            for (int j = 0; j < GRID; j++) {
                for (int i = 0; i < GRID; i++) {
                    maxRel = Math.max(maxRel, Math.abs(direct[j][i] - grid[j][i]) / Math.abs(direct[j][i]));
                }
            }
            System.out.printf("  reference: every layer perturbed and Network.forward per point: %.0f ms; "
                    + "largest relative difference to the landscape %.1e (float rounding)%n", directMs, maxRel);
            double[] timed = Arrays.copyOfRange(ms, 1, ms.length);
            Arrays.sort(timed);
            double min = Arrays.stream(grid).flatMapToDouble(Arrays::stream).min().orElse(Double.NaN);
            double max = Arrays.stream(grid).flatMapToDouble(Arrays::stream).max().orElse(Double.NaN);
            System.out.printf("landscape %dx%d, %d samples, %-7s best %.0f ms, median %.0f ms (warm-up %.0f ms; "
                            + "%.2f ms per grid point); loss centre %.3f, min %.3f, max %.3f%n",
                    GRID, GRID, SAMPLES, norm == NormKind.BATCH ? "with BN" : "without", timed[0],
                    timed[timed.length / 2], ms[0], timed[timed.length / 2] / (GRID * GRID),
                    grid[GRID / 2][GRID / 2], min, max);
        }
    }

    /** The plain route: W_k = W_k0 + a D1_k + b D2_k in every Dense layer, then one eval-mode forward. */
    private static double[][] direct(Network net, INDArray[] data, Directions dirs, GridSpec g) {
        List<bnlab.engine.nn.Dense> dense = Directions.denseLayers(net);
        List<INDArray> saved = dense.stream().map(d -> d.weights().value().dup()).toList();
        double[] c = g.coordinates();
        double[][] out = new double[c.length][c.length];
        for (int j = 0; j < c.length; j++) {
            for (int i = 0; i < c.length; i++) {
                for (int k = 0; k < dense.size(); k++) {
                    INDArray w = dense.get(k).weights().value();
                    w.assign(saved.get(k));
                    Nd4j.getBlasWrapper().level1().axpy(w.length(), c[i], dirs.first().get(k), w);
                    Nd4j.getBlasWrapper().level1().axpy(w.length(), c[j], dirs.second().get(k), w);
                }
                out[j][i] = net.loss().compute(net.forward(data[0], false), data[1]).value();
            }
        }
        for (int k = 0; k < dense.size(); k++) {
            dense.get(k).weights().value().assign(saved.get(k));
        }
        return out;
    }

    /** The Figure 1 network after 100 SGD steps (batch 64) on the samples: realistic weights and running stats. */
    private static Network network(NormKind norm, INDArray[] data) {
        NetworkSpec spec = new NetworkSpec(784, List.of(100, 100, 100), 10, ActivationKind.SIGMOID, InitKind.GAUSSIAN,
                1.0, Collections.nCopies(3, norm), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
        Network net = Network.build(spec, Network.initialWeights(spec, 1, DataType.FLOAT),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.FLOAT);
        Sgd sgd = new Sgd(0.5, 0);
        for (int s = 0; s < 100; s++) {
            int from = (s * 64) % SAMPLES;
            INDArray x = data[0].get(NDArrayIndex.interval(from, from + 64), NDArrayIndex.all()).dup();
            INDArray t = data[1].get(NDArrayIndex.interval(from, from + 64), NDArrayIndex.all()).dup();
            net.backward(net.forward(x, true), t);
            sgd.step(net.params());
        }
        return net;
    }

}
