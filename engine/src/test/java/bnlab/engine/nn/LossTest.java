package bnlab.engine.nn;

import bnlab.engine.api.LossKind;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Softmax cross-entropy computes p_j = e_j / s with one exp per logit; the gradient it gives in float
 * is the log-domain formula's, (exp(z_j - max - log s) - t_j) / N, to the last bit but for a rare
 * rounding tie, and its value and gradient agree with central differences in float64.
 */
class LossTest {
    private static final int K = 10;

    @Test
    void floatGradientIsTheLogDomainFormulasAlmostAlwaysBitForBit() {
        Random rng = new Random(7);
        int rows = 60;
        Loss loss = new Loss(LossKind.SOFTMAX_CROSS_ENTROPY);
        Mat z = Mat.zeros(DataType.FLOAT, rows, K);
        Mat t = Mat.zeros(DataType.FLOAT, rows, K);
        long entries = 0;
        long same = 0;
        for (int batch = 0; batch < 500; batch++) {
            double spread = 0.1 + batch % 10 * 2.0;
            fill(z, t, rng, spread);
            double value = loss.value(z, t);
            Mat g = loss.grad();
            double expected = 0;
            for (int r = 0; r < rows; r++) {
                int o = r * K;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < K; j++) {
                    max = Math.max(max, z.get(o + j));
                }
                double s = 0;
                for (int j = 0; j < K; j++) {
                    s += Math.exp(z.get(o + j) - max);
                }
                double logS = Math.log(s);
                for (int j = 0; j < K; j++) {
                    double logP = z.get(o + j) - max - logS;
                    expected -= t.get(o + j) * logP;
                    float ref = (float) ((Math.exp(logP) - t.get(o + j)) / rows);
                    float got = (float) g.get(o + j);
                    assertTrue(Math.abs(got - ref) <= Math.ulp(ref), "entry " + (o + j) + ": " + got + " vs " + ref);
                    entries++;
                    if (Float.floatToIntBits(got) == Float.floatToIntBits(ref)) {
                        same++;
                    }
                }
            }
            assertEquals(expected / rows, value, 1e-12 * Math.max(1, Math.abs(value)));
        }
        assertTrue(same >= entries - entries / 10_000, same + " of " + entries + " bit for bit");
    }

    @Test
    void valueAndGradientMatchCentralDifferencesInDouble() {
        Random rng = new Random(11);
        int rows = 4;
        Loss loss = new Loss(LossKind.SOFTMAX_CROSS_ENTROPY);
        Mat z = Mat.zeros(DataType.DOUBLE, rows, K);
        Mat t = Mat.zeros(DataType.DOUBLE, rows, K);
        fill(z, t, rng, 3.0);
        loss.value(z, t);
        double[] grad = new double[rows * K];
        for (int i = 0; i < grad.length; i++) {
            grad[i] = loss.grad().get(i);
        }
        double h = 1e-6;
        for (int i = 0; i < grad.length; i++) {
            double v = z.get(i);
            z.set(i, v + h);
            z.wroteHeap();
            double up = loss.value(z, t);
            z.set(i, v - h);
            z.wroteHeap();
            double down = loss.value(z, t);
            z.set(i, v);
            z.wroteHeap();
            assertEquals((up - down) / (2 * h), grad[i], 1e-8, "dL/dz " + i);
        }
    }

    @Test
    void aNaNOrInfiniteLogitMakesTheLossNaN() {
        Loss loss = new Loss(LossKind.SOFTMAX_CROSS_ENTROPY);
        Mat z = Mat.zeros(DataType.FLOAT, 2, K);
        Mat t = Mat.zeros(DataType.FLOAT, 2, K);
        fill(z, t, new Random(3), 1.0);
        for (int at : new int[]{0, 5, K - 1}) {
            for (double bad : new double[]{Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                double keep = z.get(K + at);
                z.set(K + at, bad);
                z.wroteHeap();
                double v = loss.value(z, t);
                boolean lossStaysFinite = bad == Double.NEGATIVE_INFINITY && t.get(K + at) == 0;
                assertEquals(!lossStaysFinite, !Double.isFinite(v), "logit " + at + " = " + bad + ": " + v);
                z.set(K + at, keep);
                z.wroteHeap();
            }
        }
    }

    // logits N(0, spread^2), one-hot targets
    private static void fill(Mat z, Mat t, Random rng, double spread) {
        for (int r = 0; r < z.rows; r++) {
            int label = rng.nextInt(K);
            for (int j = 0; j < K; j++) {
                z.set(r * K + j, rng.nextGaussian() * spread);
                t.set(r * K + j, j == label ? 1 : 0);
            }
        }
        z.wroteHeap();
        t.wroteHeap();
    }
}
