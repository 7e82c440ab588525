package bnlab.engine.train;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Param;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The twins stepping on two threads compute the same bits as one after the other. */
class TwinThreadsTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOneOverManySteps() {
        ExperimentSpec spec = ExperimentSpec.defaults().withSeed(5);
        TrainSettings s = TrainSettings.defaults().withLearningRate(0.3).withBatchSize(40).withOptimizerMomentum(0.5);
        try (TwinThreads parallel = TwinThreads.parallel()) {
            TwinRunner a = new TwinRunner(spec, digits, s, DataType.FLOAT, parallel);
            TwinRunner b = new TwinRunner(spec, digits, s, DataType.FLOAT, TwinThreads.sequential());
            for (int step = 1; step <= 600; step++) {
                boolean traced = step % 7 == 0;
                a.step(traced);
                b.step(traced);
                assertEquals(Double.doubleToLongBits(b.normalized().lastLoss()),
                        Double.doubleToLongBits(a.normalized().lastLoss()), "BN twin, step " + step);
                assertEquals(Double.doubleToLongBits(b.plain().lastLoss()), Double.doubleToLongBits(a.plain().lastLoss()),
                        "plain twin, step " + step);
                if (step % 100 == 0) {
                    Evaluation.Result[] ea = a.evaluateBoth();
                    assertEquals(b.evaluate(b.normalized()).testAcc(), ea[0].testAcc(), "step " + step);
                    assertEquals(b.evaluate(b.plain()).trainAccEvalMode(), ea[1].trainAccEvalMode(), "step " + step);
                }
            }
            assertSameParams(b.normalized().net().params(), a.normalized().net().params());
            assertSameParams(b.plain().net().params(), a.plain().net().params());
            assertTrue(parallel.isParallel());
        }
    }

    /** The same values bit for bit, parameter by parameter. */
    static void assertSameParams(List<Param> expected, List<Param> actual) {
        for (int i = 0; i < expected.size(); i++) {
            assertArrayEquals(expected.get(i).value().dup().data().asFloat(), actual.get(i).value().dup().data().asFloat(),
                    expected.get(i).name() + " " + i);
        }
    }

    @Test
    void bothPartsRunOnTwoThreadsAndAFailureReachesTheCaller() {
        try (TwinThreads t = TwinThreads.parallel()) {
            Thread[] ran = new Thread[2];
            t.run(() -> ran[0] = Thread.currentThread(), () -> ran[1] = Thread.currentThread());
            assertEquals(Thread.currentThread(), ran[0]);
            assertNotEquals(ran[0], ran[1]);
            AtomicInteger mine = new AtomicInteger();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> t.run(mine::incrementAndGet, () -> {
                        throw new IllegalStateException("theirs");
                    }));
            assertEquals("theirs", e.getMessage());
            assertEquals(1, mine.get(), "the caller's part ran to the end");
            t.run(mine::incrementAndGet, mine::incrementAndGet);
            assertEquals(3, mine.get(), "usable after a failure");
        }
    }
}
