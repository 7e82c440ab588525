package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The vector kernels (JDK Vector API) and the plain loops give the same bits in every layer that uses
 * them: Dense (bias, bias gradient), BatchNorm (train and eval forward, backward), sigmoid (forward,
 * backward), on widths that are and are not multiples of the vector length. Runs with the module
 * present (the build adds it), so both routes are compared in one run.
 */
class VectorKernelsTest {
    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
        Simd.pinVectorForTests(); // else both routes could be the plain loops
        assertEquals(Simd.VECTOR, Simd.state(), "the vector kernels are in use, so the tests compare two routes");
    }

    @AfterEach
    void on() {
        Simd.enabled = true;
    }

    @Test
    void theVectorModuleIsThereInTests() {
        assertNotNull(Simd.K, "tests run with --add-modules jdk.incubator.vector");
    }

    @Test
    void layersGiveTheSameBitsWithAndWithoutVectorKernels() {
        for (int[] shape : new int[][]{{60, 100}, {7, 13}, {2, 1}, {33, 8}, {512, 100}, {5, 31}}) {
            float[][] with = run(shape[0], shape[1], true);
            float[][] without = run(shape[0], shape[1], false);
            for (int k = 0; k < with.length; k++) {
                assertArrayEquals(without[k], with[k], "output " + k + " at " + shape[0] + " x " + shape[1]);
            }
        }
    }

    /**
     * Both look-ups of the sigmoid's table (in registers, as with AVX-512; in memory, CHUNK values at a time, as
     * with AVX2) give Expf's bits, whichever this machine uses: on every 4099th float of all 2^32, on runs of
     * values near expf's limits (so a huge lane falls in every place of a chunk and of a vector), and on lengths
     * around the vector length and the chunk.
     */
    @Test
    void bothTableLookUpsGiveExpfsBits() {
        VectorKernels k = Simd.K;
        double[] scales = new double[VectorKernels.CHUNK];
        int n = (int) ((1L << 32) / 4099) + 1;
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = Float.intBitsToFloat((int) (4099L * i));
        }
        // near +-88 and +-104 every few values, amid ordinary ones
        float[] edges = {88f, -88f, Math.nextDown(88f), -87.99f, 103.97f, -103.97f, 89f, -90f, Float.NaN,
            Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 0f, -0f, 1e-30f, -3f, 5f};
        for (int i = 0; i < 20_000; i++) {
            x[i] = i % 3 == 0 ? edges[(i / 3) % edges.length] : (float) Math.sin(i) * 12;
        }
        int[] lengths = {n, n - 1, VectorKernels.CHUNK + 1, VectorKernels.CHUNK, VectorKernels.CHUNK - 1,
            VectorKernels.L + 1, VectorKernels.L, 3, 1, 0};
        for (int len : lengths) {
            float[] inRegisters = new float[n];
            float[] inChunks = new float[n];
            k.sigmoidInRegisters(x, inRegisters, len);
            k.sigmoidInChunks(x, inChunks, len, scales);
            for (int i = 0; i < len; i++) {
                int want = Float.floatToRawIntBits(Expf.sigmoid(x[i]));
                assertEquals(want, Float.floatToRawIntBits(inRegisters[i]), "in registers, sigmoid(" + x[i] + ")");
                assertEquals(want, Float.floatToRawIntBits(inChunks[i]), "in chunks, sigmoid(" + x[i] + ")");
            }
            for (int i = len; i < n; i++) {
                assertEquals(0, Float.floatToRawIntBits(inChunks[i]), "nothing written past " + len);
            }
        }
    }

    private static float[][] run(int rows, int cols, boolean simd) {
        Simd.enabled = simd;
        Random rnd = new Random(rows * 31L + cols);
        Mat x = mat(rows, 7, rnd, 1.0);
        Dense dense = Dense.init(7, cols, 0.7, new Random(5), DataType.FLOAT, true);
        dense.bias().value().assign(mat(1, cols, rnd, 1.0).array());
        BatchNorm bn = new BatchNorm(cols, Convention.PYTORCH, 0.1, 1e-5, DataType.FLOAT);
        bn.gamma().value().assign(mat(1, cols, rnd, 1.0).array());
        bn.beta().value().assign(mat(1, cols, rnd, 1.0).array());
        Activation sig = new Activation(ActivationKind.SIGMOID);
        Mat z = dense.forward(x, true);
        Mat y = bn.forward(z, true);
        Mat a = sig.forward(y, true);
        Mat dy = mat(rows, cols, rnd, 3.0);
        Mat d1 = sig.backward(dy);
        Mat d2 = bn.backward(d1);
        dense.backward(d2);
        float[] eval = bn.forward(z, false).copy(null);
        Mat big = mat(rows, cols, rnd, 40.0);
        float[] saturated = sig.forward(big, true).copy(null);
        // ReLU's gradient: dy where x > 0 (zeros included in x), else 0
        Activation relu = new Activation(ActivationKind.RELU);
        Mat xr = mat(rows, cols, rnd, 1.0);
        xr.heap().set(0, 0.0);
        xr.wroteHeap();
        relu.forward(xr, true);
        float[] reluGrad = relu.backward(mat(rows, cols, rnd, 1.0)).copy(null);
        return new float[][]{z.copy(null), y.copy(null), bn.xhat().data().asFloat(), a.copy(null), d1.copy(null),
            d2.copy(null), flat(bn.gamma().grad()), flat(bn.beta().grad()), flat(dense.bias().grad()),
            flat(dense.weights().grad()), eval, flat(bn.runningMean()), flat(bn.runningVar()), saturated, reluGrad};
    }

    private static float[] flat(INDArray a) {
        return a.dup().data().asFloat();
    }

    private static Mat mat(int rows, int cols, Random rnd, double scale) {
        float[] v = new float[rows * cols];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rnd.nextGaussian() * scale);
        }
        return Mat.wrap(Nd4j.create(v, new long[]{rows, cols}, DataType.FLOAT));
    }
}
