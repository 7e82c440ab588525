package bnlab.engine.nn;

import bnlab.engine.api.Convention;

import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LayerNormTest {
    private static final DataType D = DataType.DOUBLE;

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
        Nd4j.getRandom().setSeed(11);
    }

    @Test
    void backwardMatchesFiniteDifferences() {
        LayerNorm ln = new LayerNorm(5, 1e-5, D);
        ln.gamma().value().assign(Nd4j.randn(D, 1, 5).addi(1));
        ln.beta().value().assign(Nd4j.randn(D, 1, 5));
        INDArray x = Nd4j.randn(D, 4, 5).muli(2);
        INDArray r = Nd4j.randn(D, 4, 5);
        ln.forward(x, true);
        INDArray dx = ln.backward(r).dup();
        FiniteDifferences.assertGradient("LN dx", x, dx, () -> ln.forward(x, true).mul(r).sumNumber().doubleValue());
        ln.forward(x, true);
        ln.backward(r);
        FiniteDifferences.assertGradient("LN dgamma", ln.gamma().value(), ln.gamma().grad().dup(),
                () -> ln.forward(x, true).mul(r).sumNumber().doubleValue());
    }

    /** On the same data, BN zeroes each column's mean, LN each row's; LN works on a single sample. */
    @Test
    void layerNormNormalizesRowsWhereBatchNormNormalizesColumns() {
        INDArray x = Nd4j.create(new double[][]{{1, 2, 3}, {10, 20, 60}, {-4, 0, 4}}).castTo(D);
        INDArray bn = new BatchNorm(3, Convention.PYTORCH, 0.1, 0, D).forward(x, true);
        INDArray ln = new LayerNorm(3, 0, D).forward(x, true);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, bn.getColumn(i).meanNumber().doubleValue(), 1e-12, "BN column mean");
            assertEquals(1, bn.getColumn(i).var(false).getDouble(0), 1e-9, "BN column biased var");
            assertEquals(0, ln.getRow(i).meanNumber().doubleValue(), 1e-12, "LN row mean");
            assertEquals(1, ln.getRow(i).var(false).getDouble(0), 1e-9, "LN row biased var");
        }
        assertTrue(Math.abs(bn.getRow(0).meanNumber().doubleValue()) > 0.1, "BN rows are not centred");
        INDArray one = new LayerNorm(3, 1e-5, D).forward(x.getRow(1).reshape(1, 3), false);
        assertTrue(FiniteDifferences.allFinite(one));
        assertEquals(ln.getDouble(1, 2), one.getDouble(0, 2), 1e-5);
    }
}
