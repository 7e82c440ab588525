package bnlab.engine.session;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The stall rule and its numbers, against hand values. */
class StallWatchTest {
    private static LayerProbe probe(int layer, double saturated, double signal) {
        return new LayerProbe(layer, null, saturated, 1, signal, 0, List.of(), Double.NaN, Double.NaN);
    }

    private static StallWatch at(double... accuracies) {
        StallWatch w = new StallWatch();
        long step = 100;
        for (double a : accuracies) {
            w.evaluated(step, a);
            step += 100;
        }
        return w;
    }

    /** Three evaluations at chance from step 100: stalled; saturated 10 % and 30 %: 20 %; signal 0.002 / 0.5. */
    @Test
    void aTwinAtChanceIsStalledWithItsNumbers() {
        Problem p = at(0.1, 0.11, 0.1).stall(0.102, List.of(probe(0, 0.1, 0.002), probe(1, 0.3, 0.5)), 0.1, 7.5,
                Math.log(10));
        assertEquals(RunProblem.STALLED, p.code());
        assertEquals(300L, p.arg(0));
        assertEquals(0.1, (double) p.arg(1), 0);
        assertEquals(0.102, (double) p.arg(2), 0);
        assertEquals(20, (double) p.arg(3), 1e-12);
        assertEquals(0.1, (double) p.arg(4), 0);
        assertEquals(0.004, (double) p.arg(5), 1e-15);
        assertEquals(7.5, (double) p.arg(6), 0);
        assertEquals(Math.log(10), (double) p.arg(7), 0);
    }

    /** The median of the last 21 finite losses: one step's batch is noisy (and a gap is NaN). */
    @Test
    void theRecentLossIsAMedian() {
        bnlab.engine.api.DecimatingBuffer b = new bnlab.engine.api.DecimatingBuffer(1000, 1);
        for (int i = 0; i < 40; i++) {
            b.add(i, new double[] {i < 19 ? 1000 : i % 2 == 1 ? 2 : 300}); // the last 21: 11 twos, 10 three hundreds
        }
        b.add(40, new double[] {Double.NaN});
        assertEquals(2, StallWatch.recentLoss(b.view()), 0);
        assertTrue(Double.isNaN(StallWatch.recentLoss(new bnlab.engine.api.DecimatingBuffer(10, 1).view())));
    }

    @Test
    void learningOrTooEarlyIsNoStall() {
        assertNull(at(0.1, 0.2, 0.1).stall(0.102, List.of(), 0.1, 2, 2), "one evaluation above chance + 0.05");
        assertNull(at(0.1, 0.1).stall(0.102, List.of(), 0.1, 2, 2), "two evaluations only");
        Problem one = at(0.1, 0.1, 0.1).stall(0.102, List.of(probe(0, 0.5, 0.3)), 0.1, 2, 2);
        assertTrue(Double.isNaN((double) one.arg(5)), "one layer: no ratio");
        Problem none = at(0.1, 0.1, 0.1).stall(0.102, List.of(probe(0, 0.5, 0), probe(1, 0.5, 0)), 0.1, 2, 2);
        assertTrue(Double.isNaN((double) none.arg(5)), "0 / 0: no ratio");
    }
}
