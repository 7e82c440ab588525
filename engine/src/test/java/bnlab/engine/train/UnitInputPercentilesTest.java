package bnlab.engine.train;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Percentiles;
import bnlab.engine.api.Placement;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Network;
import bnlab.engine.probe.UnitSample;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Figure 1's percentiles (the probe unit's input to its activation in the last hidden layer) at an evaluation,
 * against a float64 forward pass written out here: with BN, each chunk of a batch's size normalized over its own
 * rows (x_hat = (z - mu_B) / sqrt(sigma_B^2 + eps), biased sigma_B^2), then gamma x_hat + beta; without, z = a W + b.
 */
class UnitInputPercentilesTest {
    @Test
    void evaluationPercentilesAreTheUnitsInputOverTheRowsAsTrainingComputesIt() throws Exception {
        Nd4jSetup.singleThreaded();
        Dataset digits = Bundled.digits();
        ExperimentSpec spec = new ExperimentSpec(List.of(8, 6), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 0.5,
                NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 7, 0.2, true);
        TrainSettings s = TrainSettings.defaults().withBatchSize(20).withLearningRate(0.5);
        TwinRunner r = new TwinRunner(spec, digits, s, DataType.FLOAT);
        try {
            for (int i = 0; i < 30; i++) {
                r.step(); // gamma and beta away from 1 and 0
            }
            // 107 rows: chunks of 20 and a last one of 7
            double[][] x = new double[107][64];
            Random rng = new Random(3);
            for (double[] row : x) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextGaussian();
                }
            }
            INDArray source = Nd4j.create(x).castTo(DataType.FLOAT);
            int[] labels = new int[x.length];
            int unit = 4;
            for (boolean bn : new boolean[] {true, false}) {
                Network net = (bn ? r.normalized() : r.plain()).net();
                EvalSet set = new EvalSet(source, labels);
                Percentiles p = Evaluation.evaluate(net, set, set, 20, false, unit).unitInput();
                double[] oracle = lastInputs(net, x, 20, unit, bn);
                double[] want = numpyPercentiles(oracle, 15, 50, 85);
                System.out.printf("%s: p15 %.5f p50 %.5f p85 %.5f (float64: %.5f %.5f %.5f)%n", bn ? "BN" : "plain",
                        p.p15(), p.p50(), p.p85(), want[0], want[1], want[2]);
                assertEquals(want[0], p.p15(), 1e-4);
                assertEquals(want[1], p.p50(), 1e-4);
                assertEquals(want[2], p.p85(), 1e-4);
                assertTrue(want[2] - want[0] > 0.1, "a band, not a point");
                set.close(false);
            }
        } finally {
            r.close();
        }
    }

    /** A channel's positions with a stride past the cap; a dense unit's column. */
    @Test
    void aSampleTakesTheUnitsValuesOfEachRow() {
        // [3 rows, 2 units] dense: unit 1 is the second column
        double[] chunk = {1, 10, 2, 30, 3, 20};
        UnitSample dense = new UnitSample(1, 2, 1, 3);
        dense.add(i -> chunk[i], 3);
        // 10, 20, 30: p15 at position 0.3 -> 13, p50 -> 20, p85 at 1.7 -> 27
        Percentiles p = dense.percentiles();
        assertEquals(13, p.p15(), 1e-12);
        assertEquals(20, p.p50(), 1e-12);
        assertEquals(27, p.p85(), 1e-12);
        // 100 rows of 2 channels x 1,000 positions: 100,000 values of channel 1, every second one kept
        UnitSample conv = new UnitSample(1, 2, 1000, 100);
        conv.add(i -> (i % 2000) >= 1000 ? i % 2 : -1, 100);
        assertEquals(50_000, conv.size());
        assertEquals(0, conv.percentiles().p85(), 0, "channel 1's even positions only (0), none of channel 0's -1");
        assertTrue(Double.isNaN(new UnitSample(0, 1, 1, 1).percentiles().p50()), "no values: none");
    }

    // the last hidden layer's activation input, unit's column, in float64, chunk by chunk as EvalSet cuts them
    private static double[] lastInputs(Network net, double[][] x, int size, int unit, boolean bn) {
        List<Double> out = new ArrayList<>();
        for (int start = 0; start < x.length; ) {
            int end = Math.min(x.length, start + size);
            if (x.length - end < 2) {
                end = x.length;
            }
            double[][] a = Arrays.copyOfRange(x, start, end);
            List<HiddenBlock> blocks = net.blocks();
            double[][] y = null;
            for (HiddenBlock b : blocks) {
                double[][] z = affine(a, b.dense().weights().value().toDoubleMatrix(),
                        b.dense().bias().value().toDoubleVector());
                y = bn ? normalize(z, b.gamma().value().toDoubleVector(), b.beta().value().toDoubleVector(),
                        ((bnlab.engine.nn.BatchNorm) b.norm()).eps()) : z;
                a = new double[y.length][y[0].length];
                for (int i = 0; i < y.length; i++) {
                    for (int j = 0; j < y[0].length; j++) {
                        a[i][j] = 1 / (1 + Math.exp(-y[i][j]));
                    }
                }
            }
            for (double[] row : y) {
                out.add(row[unit]);
            }
            start = end;
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    // z = a W + b
    private static double[][] affine(double[][] a, double[][] w, double[] b) {
        double[][] z = new double[a.length][b.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                double sum = b[j];
                for (int k = 0; k < w.length; k++) {
                    sum += a[i][k] * w[k][j];
                }
                z[i][j] = sum;
            }
        }
        return z;
    }

    // y = gamma (z - mu_B) / sqrt(sigma_B^2 + eps) + beta, per column over the chunk's rows (biased sigma_B^2)
    private static double[][] normalize(double[][] z, double[] gamma, double[] beta, double eps) {
        int n = z.length;
        double[][] y = new double[n][z[0].length];
        for (int j = 0; j < z[0].length; j++) {
            double mean = 0;
            for (double[] row : z) {
                mean += row[j] / n;
            }
            double var = 0;
            for (double[] row : z) {
                var += (row[j] - mean) * (row[j] - mean) / n;
            }
            for (int i = 0; i < n; i++) {
                y[i][j] = gamma[j] * (z[i][j] - mean) / Math.sqrt(var + eps) + beta[j];
            }
        }
        return y;
    }

    // position = q / 100 (n - 1), linear between the closest ranks (numpy's default)
    private static double[] numpyPercentiles(double[] v, double... q) {
        double[] s = v.clone();
        Arrays.sort(s);
        double[] out = new double[q.length];
        for (int k = 0; k < q.length; k++) {
            double pos = q[k] / 100 * (s.length - 1);
            int i = (int) Math.floor(pos);
            out[k] = i + 1 < s.length ? s[i] + (pos - i) * (s[i + 1] - s[i]) : s[i];
        }
        return out;
    }
}
