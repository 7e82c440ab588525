package bnlab.engine.landscape;


import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.nn.BatchNorm;
import bnlab.engine.api.Convention;
import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.api.NormKind;
import bnlab.engine.nn.Param;
import bnlab.engine.api.Placement;
import bnlab.engine.train.Sgd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkLandscapeTest {
    private static final DataType D = DataType.DOUBLE;
    private static INDArray x;
    private static INDArray t;

    @BeforeAll
    static void data() {
        Nd4jSetup.singleThreaded();
        Nd4j.getRandom().setSeed(11);
        x = Nd4j.randn(D, 40, 6);
        t = Nd4j.zeros(D, 40, 3);
        for (int i = 0; i < 40; i++) {
            t.putScalar(i, (int) (Math.abs(x.getDouble(i, 0) * 7)) % 3, 1.0);
        }
    }

    private static NetworkSpec spec(NormKind norm) {
        return new NetworkSpec(6, List.of(8, 7), 3, ActivationKind.SIGMOID, InitKind.XAVIER, 1.0,
                List.of(norm, norm), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
    }

    /** A twin after a few train-mode SGD steps: non-trivial weights, biases, gamma, beta, running stats. */
    private static Network trained(NormKind norm, int steps, DataType type) {
        NetworkSpec base = spec(NormKind.NONE);
        Network net = Network.build(base.withNorm(norm), Network.initialWeights(base, 3, type),
                Network.BnConfig.defaults(Convention.PYTORCH), type);
        Sgd sgd = new Sgd(0.5, 0.0);
        INDArray xt = x.castTo(type);
        INDArray tt = t.castTo(type);
        for (int s = 0; s < steps; s++) {
            net.backward(net.forward(xt, true), tt);
            sgd.step(net.params());
        }
        return net;
    }

    private static double evalLoss(Network net, INDArray xs, INDArray ts) {
        return net.loss().compute(net.forward(xs, false), ts).value();
    }

    /** Everything a landscape must leave alone: all params and running statistics, copied. */
    private static List<INDArray> state(Network net) {
        List<INDArray> all = new ArrayList<>();
        for (Param p : net.params()) {
            all.add(p.value().dup());
        }
        for (HiddenBlock b : net.blocks()) {
            if (b.norm() != null && b.norm().keepsRunningStats()) {
                all.add(b.norm().runningMean().dup());
                all.add(b.norm().runningVar().dup());
            }
        }
        return all;
    }

    private static void assertSameState(List<INDArray> expected, List<INDArray> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).data().asDouble(), actual.get(i).data().asDouble(), 0.0,
                    "array " + i + " changed");
        }
    }

    @ParameterizedTest
    @EnumSource(value = NormKind.class, names = {"BATCH", "NONE"})
    void gridValuesEqualDirectEvaluationsWithPerturbedDenseWeights(NormKind norm) {
        Network net = trained(norm, 15, D);
        Directions dirs = Directions.filterNormalized(net, 42);
        NetworkLandscape land = new NetworkLandscape(net, x, t, dirs, new GridSpec(7, 0.8));
        double[][] grid = land.compute((done, rows) -> { }, () -> false);
        double[] a = land.alphas();
        double[] b = land.betas();
        List<Dense> dense = Directions.denseLayers(net);
        int[][] points = {{0, 0}, {6, 6}, {1, 5}, {4, 2}, {6, 0}};
        for (int[] p : points) {
            int i = p[0];
            int j = p[1];
            // by hand: W_k <- W_k + a_i D1_k + b_j D2_k for every Dense layer, nothing else; eval mode
            List<INDArray> before = new ArrayList<>();
            for (int k = 0; k < dense.size(); k++) {
                INDArray w = dense.get(k).weights().value();
                before.add(w.dup());
                w.addi(dirs.first().get(k).mul(a[i])).addi(dirs.second().get(k).mul(b[j]));
            }
            double direct = evalLoss(net, x, t);
            for (int k = 0; k < dense.size(); k++) {
                dense.get(k).weights().value().assign(before.get(k));
            }
            assertEquals(direct, grid[j][i], 1e-10 * Math.max(1, direct), "alpha " + a[i] + ", beta " + b[j]);
        }
        assertNotEquals(grid[0][0], grid[6][6], "the slice is not flat");
    }

    /** A CNN (conv first): every grid point is the direct evaluation with every layer's W moved; state restored. */
    @Test
    void cnnGridValuesEqualDirectEvaluations() {
        x4 = Nd4j.randn(D, 12, 16); // 12 images of 4x4
        NetworkSpec base = new NetworkSpec(16, List.of(3, 4), 3, ActivationKind.RELU, InitKind.HE, 1.0,
                List.of(NormKind.NONE, NormKind.NONE), Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY,
                bnlab.engine.api.ArchKind.CNN, 4, 4, 1);
        Network net = Network.build(base.withNorm(NormKind.BATCH), Network.initialWeights(base, 3, D),
                Network.BnConfig.defaults(Convention.PYTORCH), D);
        INDArray t4 = t.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 12),
                org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
        Sgd sgd = new Sgd(0.3, 0.0);
        for (int s = 0; s < 5; s++) {
            net.backward(net.forward(x4, true), t4);
            sgd.step(net.params());
        }
        List<INDArray> state = state(net);
        Directions dirs = Directions.filterNormalized(net, 9);
        NetworkLandscape land = new NetworkLandscape(net, x4, t4, dirs, new GridSpec(5, 0.7));
        double[][] grid = land.compute((done, rows) -> { }, () -> false);
        assertSameState(state, state(net));
        List<bnlab.engine.nn.Linear> layers = Directions.linearLayers(net);
        double[] a = land.alphas();
        double[] b = land.betas();
        for (int[] p : new int[][]{{2, 2}, {0, 4}, {3, 1}}) {
            List<INDArray> before = new ArrayList<>();
            for (int k = 0; k < layers.size(); k++) {
                INDArray w = layers.get(k).weights().value();
                before.add(w.dup());
                w.addi(dirs.first().get(k).mul(a[p[0]])).addi(dirs.second().get(k).mul(b[p[1]]));
            }
            double direct = evalLoss(net, x4, t4);
            for (int k = 0; k < layers.size(); k++) {
                layers.get(k).weights().value().assign(before.get(k));
            }
            assertEquals(direct, grid[p[1]][p[0]], 1e-12 * Math.max(1, direct));
        }
        assertEquals(evalLoss(net, x4, t4), grid[2][2], 1e-12, "the centre is the network itself");
        assertNotEquals(grid[0][0], grid[4][4]);
        land.close();
    }

    private static INDArray x4;

    @Test
    void floatNetworkMatchesDirectEvaluationUpToRounding() {
        Network net = trained(NormKind.BATCH, 10, DataType.FLOAT);
        INDArray xf = x.castTo(DataType.FLOAT);
        INDArray tf = t.castTo(DataType.FLOAT);
        Directions dirs = Directions.filterNormalized(net, 5);
        NetworkLandscape land = new NetworkLandscape(net, xf, tf, dirs, new GridSpec(5, 1.0));
        double[][] grid = land.compute((d, r) -> { }, () -> false);
        List<Dense> dense = Directions.denseLayers(net);
        for (int k = 0; k < dense.size(); k++) {
            dense.get(k).weights().value().addi(dirs.first().get(k).mul(-1.0)).addi(dirs.second().get(k).mul(0.5));
        }
        double direct = evalLoss(net, xf, tf);
        assertEquals(direct, grid[3][0], 1e-4 * Math.max(1, direct));
    }

    @Test
    void centreIsTheUnperturbedEvalLoss() {
        Network net = trained(NormKind.BATCH, 12, D);
        double expected = evalLoss(net, x, t);
        NetworkLandscape land = new NetworkLandscape(net, x, t, Directions.filterNormalized(net, 1), new GridSpec(9, 2));
        double[][] grid = land.compute((d, r) -> { }, () -> false);
        assertEquals(0.0, land.alphas()[4]);
        assertEquals(expected, grid[4][4], 1e-12);
        assertEquals(expected, land.lossAt(0, 0), 1e-12);
        double trainMode = net.loss().compute(net.forward(x, true), t).value();
        assertNotEquals(trainMode, grid[4][4], 1e-6, "evaluated in eval mode, not with batch statistics");
    }

    @Test
    void weightsAndRunningStatsAreIdenticalAfterComputeCancelAndException() {
        Network net = trained(NormKind.BATCH, 12, D);
        List<INDArray> before = state(net);
        Directions dirs = Directions.filterNormalized(net, 9);
        new NetworkLandscape(net, x, t, dirs, new GridSpec(5, 1)).compute((d, r) -> { }, () -> false);
        assertSameState(before, state(net));

        int[] rowsDone = {0};
        NetworkLandscape land = new NetworkLandscape(net, x, t, dirs, new GridSpec(21, 1));
        assertThrows(CancellationException.class,
                () -> land.compute((d, r) -> rowsDone[0] = d, () -> rowsDone[0] >= 3));
        assertEquals(3, rowsDone[0], "stops at the first check after cancellation");
        assertSameState(before, state(net));

        INDArray badTargets = Nd4j.zeros(D, 40, 2); // too few columns: the loss throws mid-row
        NetworkLandscape broken = new NetworkLandscape(net, x, badTargets, dirs, new GridSpec(5, 1));
        assertThrows(RuntimeException.class, () -> broken.row(2));
        assertSameState(before, state(net));
    }

    @Test
    void directionsAreFilterNormalizedAndOnlyCoverDenseWeights() {
        Network net = trained(NormKind.BATCH, 8, D);
        Directions dirs = Directions.filterNormalized(net, 77);
        List<Dense> dense = Directions.denseLayers(net);
        assertEquals(dense.size(), dirs.first().size(), "one direction per Dense W: none for bias, gamma, beta");
        for (int k = 0; k < dense.size(); k++) {
            INDArray w = dense.get(k).weights().value();
            for (INDArray d : List.of(dirs.first().get(k), dirs.second().get(k))) {
                assertArrayEquals(w.shape(), d.shape());
                for (int j = 0; j < w.columns(); j++) {
                    assertEquals(w.getColumn(j).norm2Number().doubleValue(), d.getColumn(j).norm2Number().doubleValue(),
                            1e-12, "layer " + k + " unit " + j);
                }
            }
            assertTrue(dirs.first().get(k).sub(dirs.second().get(k)).norm2Number().doubleValue() > 0.1,
                    "two different directions");
        }
        // biases, gamma, beta not perturbed: a grid point differs from theta only through W (checked
        // numerically above); here: moving along alpha never changes them
        List<INDArray> before = state(net);
        NetworkLandscape land = new NetworkLandscape(net, x, t, dirs, new GridSpec(3, 1));
        land.compute((d, r) -> assertSameState(before, state(net)), () -> false);
    }

    @Test
    void twinsGetTheSameDirectionsOnTheirSharedDenseLayers() {
        Network bn = trained(NormKind.BATCH, 0, D);
        Network plain = trained(NormKind.NONE, 0, D);
        Directions a = Directions.filterNormalized(bn, 123);
        Directions b = Directions.filterNormalized(plain, 123);
        for (int k = 0; k < a.first().size(); k++) {
            assertEquals(a.first().get(k), b.first().get(k), "same initial weights: identical directions");
            assertEquals(a.second().get(k), b.second().get(k));
        }
        // after different training the filter norms differ, the unit directions of every filter do not
        Network bnT = trained(NormKind.BATCH, 10, D);
        Network plainT = trained(NormKind.NONE, 10, D);
        Directions c = Directions.filterNormalized(bnT, 123);
        Directions e = Directions.filterNormalized(plainT, 123);
        for (int k = 0; k < c.first().size(); k++) {
            INDArray u = c.first().get(k);
            INDArray v = e.first().get(k);
            for (int j = 0; j < u.columns(); j++) {
                INDArray uj = u.getColumn(j).div(u.getColumn(j).norm2Number());
                INDArray vj = v.getColumn(j).div(v.getColumn(j).norm2Number());
                assertEquals(0.0, uj.sub(vj).norm2Number().doubleValue(), 1e-12);
            }
        }
        assertNotEquals(Directions.filterNormalized(bn, 124).first().get(0), a.first().get(0), "the seed matters");
    }

    @Test
    void gridSpecValidatesAndCentresOnZero() {
        assertThrows(IllegalArgumentException.class, () -> new GridSpec(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridSpec(102, 1));
        assertThrows(IllegalArgumentException.class, () -> new GridSpec(5, 0));
        assertThrows(IllegalArgumentException.class, () -> new GridSpec(5, Double.NaN));
        assertArrayEquals(new double[]{-1, -0.5, 0, 0.5, 1}, new GridSpec(5, 1).coordinates(), 1e-15);
    }
}
