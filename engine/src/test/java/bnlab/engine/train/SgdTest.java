package bnlab.engine.train;

import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Param;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SgdTest {

    /** v = mu v + g; p = p - lr v, by hand: p 1 -> 0.95 -> 0.855 with g = 0.5, mu = 0.9, lr = 0.1. */
    @Test
    void momentumUpdateMatchesHandIteration() {
        Nd4jSetup.singleThreaded();
        Param p = new Param("w", Nd4j.create(new double[]{1.0, -2.0}, new long[]{1, 2}, DataType.DOUBLE));
        Param frozen = new Param("gamma", Nd4j.ones(DataType.DOUBLE, 1, 2));
        frozen.setFrozen(true);
        Sgd sgd = new Sgd(0.1, 0.9);
        for (Param q : List.of(p, frozen)) {
            q.grad().assign(Nd4j.create(new double[]{0.5, 1.0}, new long[]{1, 2}, DataType.DOUBLE));
        }
        sgd.step(List.of(p, frozen));
        assertEquals(0.95, p.value().getDouble(0), 1e-12);
        assertEquals(-2.1, p.value().getDouble(1), 1e-12);
        sgd.step(List.of(p, frozen));
        assertEquals(0.855, p.value().getDouble(0), 1e-12);
        assertEquals(-2.29, p.value().getDouble(1), 1e-12);
        // ||delta p|| = lr ||v||, v = (0.95, 1.9)
        assertEquals(0.1 * Math.hypot(0.95, 1.9), sgd.lastUpdateNorm(p), 1e-12);
        assertEquals(1.0, frozen.value().getDouble(0), "a pinned parameter does not move");
        assertEquals(0.0, sgd.lastUpdateNorm(frozen));
    }

    @Test
    void plainSgdAndLearningRateChangesBetweenSteps() {
        Nd4jSetup.singleThreaded();
        Param p = new Param("w", Nd4j.create(new double[]{1.0}, new long[]{1, 1}, DataType.DOUBLE));
        p.grad().assign(2.0);
        Sgd sgd = new Sgd(0.1, 0);
        sgd.step(List.of(p));
        sgd.setLearningRate(0.01);
        sgd.step(List.of(p));
        assertEquals(1.0 - 0.2 - 0.02, p.value().getDouble(0), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> sgd.setLearningRate(0));
        assertThrows(IllegalArgumentException.class, () -> sgd.setMomentum(1.0));
        assertEquals(0.01, sgd.learningRate(), "a refused value changes nothing");
    }
}
