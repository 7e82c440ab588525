package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The float sigmoid computed in Java (Expf, and the vector kernels when the module is present) gives
 * the bits of libnd4j's Sigmoid op, which the engine used before: here on every 2039st float of all
 * 2^32 and on the edges of expf's special cases. (The same comparison over all 2^32 floats found no
 * difference; it takes minutes, so it is not repeated here.)
 */
class SigmoidTest {
    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    @Test
    void javaSigmoidEqualsLibnd4jBitForBit() {
        int n = 1 << 20;
        INDArray in = Nd4j.create(DataType.FLOAT, 1, n);
        INDArray out = Nd4j.create(DataType.FLOAT, 1, n);
        Sigmoid op = new Sigmoid(in, out);
        Activation act = new Activation(ActivationKind.SIGMOID);
        float[] x = new float[n];
        float[] nd = new float[n];
        long compared = 0;
        for (long base = 0; base < (1L << 32); base += 2039L * n) {
            for (int i = 0; i < n; i++) {
                x[i] = Float.intBitsToFloat((int) (base + 2039L * i));
            }
            compared += check(in, out, op, act, x, nd, n);
        }
        float[] edges = {Expf.OVERFLOW, Math.nextUp(Expf.OVERFLOW), Math.nextDown(Expf.OVERFLOW), Expf.UNDERFLOW,
            Math.nextUp(Expf.UNDERFLOW), Math.nextDown(Expf.UNDERFLOW), Expf.TINY, Math.nextUp(Expf.TINY),
            Math.nextDown(Expf.TINY), 88f, -88f, Math.nextDown(88f), Math.nextDown(-88f), 0f, -0f, Float.MIN_VALUE,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN, 1e-30f,
            -103.5f, 103.5f, -88.8f, 88.8f};
        java.util.Arrays.fill(x, 0f);
        System.arraycopy(edges, 0, x, 0, edges.length);
        compared += check(in, out, op, act, x, nd, n);
        assertTrue(compared > 2_000_000, "compared " + compared);
    }

    private static long check(INDArray in, INDArray out, Sigmoid op, Activation act, float[] x, float[] nd, int n) {
        in.data().asNioFloat().put(0, x, 0, n);
        Nd4j.exec(op);
        out.data().asNioFloat().get(0, nd, 0, n);
        float[] vec = act.forward(Mat.wrap(in), true).copy(null);
        for (int i = 0; i < n; i++) {
            float s = Expf.sigmoid(x[i]);
            if (Float.isNaN(nd[i])) {
                assertTrue(Float.isNaN(s) && Float.isNaN(vec[i]), "NaN at x = " + x[i]);
                continue;
            }
            assertEquals(Float.floatToRawIntBits(nd[i]), Float.floatToRawIntBits(s), "scalar sigmoid(" + x[i] + ")");
            assertEquals(Float.floatToRawIntBits(nd[i]), Float.floatToRawIntBits(vec[i]), "layer sigmoid(" + x[i] + ")");
        }
        return n;
    }
}
