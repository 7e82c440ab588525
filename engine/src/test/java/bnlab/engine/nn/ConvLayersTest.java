package bnlab.engine.nn;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Conv2d, max and average pooling and flatten on [N, C, H, W] batches (Mats [N, C * H * W]): forward
 * against a direct loop over the definition, backward against central finite differences in float64.
 */
class ConvLayersTest {
    private static final DataType D = DataType.DOUBLE;

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    static INDArray randn(Random rng, long... shape) {
        long n = 1;
        for (long s : shape) {
            n *= s;
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextGaussian();
        }
        return Nd4j.create(v, shape, D);
    }

    // L = sum(y * r): dL/dy = r
    static double loss(Layer l, INDArray x, INDArray r) {
        return l.forward(x, true).mul(r).sumNumber().doubleValue();
    }

    static Conv2d conv(Random rng, int cin, int h, int w, int cout, int k, int stride, int pad, boolean inputGrad) {
        Conv2d c = Conv2d.init(cin, h, w, cout, k, stride, pad, 0.5, rng, D, inputGrad);
        c.bias().value().assign(randn(rng, 1, cout));
        return c;
    }

    // y[n, co, oy, ox] = b[co] + sum_{ci, ky, kx} W[(ci k + ky) k + kx, co] x[n, ci, oy s - pad + ky, ox s - pad + kx]
    static double[] direct(Conv2d c, double[] x, int n, int cin, int h, int w, int k, int s, int pad) {
        int cout = c.outChannels();
        int ho = c.outHeight();
        int wo = c.outWidth();
        INDArray wt = c.weights().value();
        double[] out = new double[n * cout * ho * wo];
        for (int a = 0; a < n; a++) {
            for (int co = 0; co < cout; co++) {
                for (int oy = 0; oy < ho; oy++) {
                    for (int ox = 0; ox < wo; ox++) {
                        double sum = c.bias().value().getDouble(0, co);
                        for (int ci = 0; ci < cin; ci++) {
                            for (int ky = 0; ky < k; ky++) {
                                for (int kx = 0; kx < k; kx++) {
                                    int y = oy * s - pad + ky;
                                    int xx = ox * s - pad + kx;
                                    if (y >= 0 && y < h && xx >= 0 && xx < w) {
                                        sum += wt.getDouble((ci * k + ky) * k + kx, co)
                                                * x[((a * cin + ci) * h + y) * w + xx];
                                    }
                                }
                            }
                        }
                        out[((a * cout + co) * ho + oy) * wo + ox] = sum;
                    }
                }
            }
        }
        return out;
    }

    @Test
    void convForwardIsTheDefinition() {
        Random rng = new Random(1);
        int[][] cases = {{2, 3, 5, 4, 4, 3, 1, 1}, {3, 2, 6, 5, 3, 2, 2, 0}, {1, 1, 4, 4, 2, 3, 2, 1}};
        for (int[] t : cases) {
            int n = t[0], cin = t[1], h = t[2], w = t[3], cout = t[4], k = t[5], s = t[6], pad = t[7];
            Conv2d c = conv(rng, cin, h, w, cout, k, s, pad, true);
            INDArray x = randn(rng, n, cin, h, w);
            double[] expected = direct(c, x.data().asDouble(), n, cin, h, w, k, s, pad);
            assertEquals(Conv2d.outSize(h, k, s, pad), c.outHeight());
            assertArrayEquals(expected, c.forward(x, true).data().asDouble(), 1e-12);
        }
    }

    @Test
    void convBackwardMatchesFiniteDifferences() {
        Random rng = new Random(2);
        int[][] cases = {{2, 2, 4, 5, 3, 3, 1, 1}, {2, 3, 5, 5, 2, 2, 2, 0}, {3, 1, 5, 4, 2, 3, 2, 1}};
        for (int[] t : cases) {
            int n = t[0], cin = t[1], h = t[2], w = t[3], cout = t[4], k = t[5], s = t[6], pad = t[7];
            Conv2d c = conv(rng, cin, h, w, cout, k, s, pad, true);
            INDArray x = randn(rng, n, cin, h, w);
            INDArray r = randn(rng, n, (long) cout * c.outHeight() * c.outWidth());
            loss(c, x, r);
            INDArray dx = c.backward(r).dup();
            INDArray dw = c.weights().grad().dup();
            INDArray db = c.bias().grad().dup();
            FiniteDifferences.assertGradient("conv dx " + java.util.Arrays.toString(t), x, dx, () -> loss(c, x, r));
            FiniteDifferences.assertGradient("conv dW", c.weights().value(), dw, () -> loss(c, x, r));
            FiniteDifferences.assertGradient("conv db", c.bias().value(), db, () -> loss(c, x, r));
        }
    }

    @Test
    void firstConvComputesNoInputGradient() {
        Random rng = new Random(3);
        Conv2d c = conv(rng, 1, 4, 4, 2, 3, 1, 1, false);
        INDArray x = randn(rng, 2, 1, 4, 4);
        c.forward(x, true);
        assertEquals(null, c.backward(Mat.wrap(randn(rng, 2, 32))));
    }

    @Test
    void maxPoolPicksTheMaximumAndRoutesItsGradient() {
        // one 4x5 plane: the last column is left out (floor)
        double[] v = {1, 5, 2, 0, 9,
                      3, 4, 8, 1, 9,
                      0, -1, -3, -2, 9,
                      -4, 2, -5, -6, 9};
        INDArray x = Nd4j.create(v, new long[]{1, 1, 4, 5}, D);
        MaxPool2d p = new MaxPool2d(1, 4, 5);
        assertArrayEquals(new double[]{5, 8, 2, -2}, p.forward(x, true).data().asDouble(), 0);
        INDArray dx = p.backward(Nd4j.create(new double[]{10, 20, 30, 40}, new long[]{1, 4}, D));
        double[] expected = new double[20];
        expected[1] = 10;
        expected[7] = 20;
        expected[16] = 30;
        expected[13] = 40;
        assertArrayEquals(expected, dx.data().asDouble(), 0);
    }

    @Test
    void poolingBackwardMatchesFiniteDifferences() {
        Random rng = new Random(4);
        INDArray x = randn(rng, 2, 3, 5, 4); // odd height: the last row is left out
        for (Layer p : new Layer[]{new MaxPool2d(3, 5, 4), new AvgPool2d(3, 5, 4)}) {
            INDArray r = randn(rng, 2, 3 * 2 * 2);
            loss(p, x, r);
            INDArray dx = p.backward(r).dup();
            FiniteDifferences.assertGradient(p.getClass().getSimpleName(), x, dx, () -> loss(p, x, r));
        }
    }

    /** The float path (2x2 windows by conditional moves) picks what the double path picks, ties to the first. */
    @Test
    void floatMaxPoolEqualsDoubleMaxPool() {
        Random rng = new Random(6);
        double[] v = new double[2 * 3 * 6 * 5];
        for (int i = 0; i < v.length; i++) {
            v[i] = rng.nextInt(4) - 1.5; // many ties
        }
        INDArray xd = Nd4j.create(v, new long[]{2, 3, 6, 5}, D);
        INDArray xf = xd.castTo(DataType.FLOAT);
        MaxPool2d pd = new MaxPool2d(3, 6, 5);
        MaxPool2d pf = new MaxPool2d(3, 6, 5);
        assertArrayEquals(pd.forward(xd, true).data().asDouble(), pf.forward(xf, true).castTo(D).data().asDouble(), 0);
        INDArray g = ConvLayersTest.randn(rng, 2, 3 * 3 * 2);
        assertArrayEquals(pd.backward(g).data().asDouble(), pf.backward(g.castTo(DataType.FLOAT)).castTo(D).data().asDouble(),
                1e-6);
    }

    @Test
    void avgPoolAverages() {
        INDArray x = Nd4j.create(new double[]{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16},
                new long[]{1, 1, 4, 4}, D);
        assertArrayEquals(new double[]{3.5, 5.5, 11.5, 13.5}, new AvgPool2d(1, 4, 4).forward(x, true).data().asDouble(),
                0);
    }

    @Test
    void flattenKeepsTheOrderNchw() {
        Random rng = new Random(5);
        INDArray x = randn(rng, 2, 3, 2, 2);
        Flatten f = new Flatten();
        INDArray y = f.forward(x, true);
        assertArrayEquals(new long[]{2, 12}, y.shape());
        assertArrayEquals(x.data().asDouble(), y.data().asDouble(), 0);
        INDArray r = randn(rng, 2, 12);
        assertArrayEquals(r.data().asDouble(), f.backward(r).data().asDouble(), 0);
    }
}
