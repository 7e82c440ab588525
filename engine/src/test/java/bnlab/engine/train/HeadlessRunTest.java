package bnlab.engine.train;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.RunPlan;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.Series;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.probe.Stats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A headless run measures what a runner stepped by hand measures at the same steps. */
class HeadlessRunTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    @Test
    void theCurvesAreTheRunnersOwnMeasurementsAtTheirSteps() {
        ExperimentSpec spec = ExperimentSpec.figure1(3);
        TrainSettings s = TrainSettings.defaults().withLearningRate(ExperimentSpec.FIGURE1_LEARNING_RATE);
        RunPlan plan = new RunPlan(120, 40, 30, 50, 2, 7);
        List<Long> told = new ArrayList<>();
        RunResult res = HeadlessRun.run(spec, s, digits, plan, told::add);
        Series acc = res.accuracy();
        Series pct = res.percentiles();
        assertEquals(4, acc.size(), "steps 0, 40, 80, 120");
        assertEquals(5, pct.size(), "steps 0, 30, 60, 90, 120");
        assertEquals(List.of(0L, 40L, 80L, 120L), told);
        assertEquals(50, res.percentileRows());

        TwinRunner r = new TwinRunner(spec, digits, s, DataType.FLOAT, TwinThreads.sequential(), 0, Integer.MAX_VALUE);
        assertEquals(r.evalTestSize(), res.testRows(), "the whole test set");
        for (int step = 0; step <= 120; step++) {
            if (step > 0) {
                r.step(false);
            }
            if (step % 40 == 0) {
                double[] a = r.testAccuracyBoth();
                assertEquals(a[0], acc.y(RunResult.NORMALIZED, step / 40), "BN accuracy at " + step);
                assertEquals(a[1], acc.y(1, step / 40), "plain accuracy at " + step);
            }
            if (step % 30 == 0) {
                double[] v = r.activationInputs(r.plain().net(), 2, 7, 50);
                assertEquals(Stats.percentile(v, 50), pct.y(RunResult.PLAIN + RunResult.P50, step / 30), "step " + step);
                double[] b = r.activationInputs(r.normalized().net(), 2, 7, 50);
                assertEquals(Stats.percentile(b, 15), pct.y(RunResult.P15, step / 30), "step " + step);
                assertTrue(pct.y(RunResult.P15, step / 30) <= pct.y(RunResult.P85, step / 30));
            }
        }
        assertTrue(acc.last(RunResult.NORMALIZED) > 0.5, "the BN twin learns: " + acc.last(0));
        assertTrue(res.trainSeconds() > 0 && res.measureSeconds() > 0);
    }

    @Test
    void theLastStepIsMeasuredWhenItIsNotAMultiple() {
        ExperimentSpec spec = ExperimentSpec.figure1(3);
        TrainSettings s = TrainSettings.defaults().withLearningRate(ExperimentSpec.FIGURE1_LEARNING_RATE);
        List<Long> told = new ArrayList<>();
        RunResult res = HeadlessRun.run(spec, s, digits, new RunPlan(50, 20, 30, 20, 2, 0), told::add);
        assertEquals(List.of(0.0, 20.0, 40.0, 50.0), xs(res.accuracy()));
        assertEquals(List.of(0.0, 30.0, 50.0), xs(res.percentiles()));
        assertEquals(List.of(0L, 20L, 40L, 50L), told);
    }

    private static List<Double> xs(Series s) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(s.x(i));
        }
        return out;
    }

    @Test
    void aPlanForAnotherNetworkIsRefused() {
        ExperimentSpec spec = ExperimentSpec.figure1(3);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HeadlessRun.run(spec,
                TrainSettings.defaults(), digits, new RunPlan(10, 5, 5, 5, 3, 0), null));
        assertNotNull(e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new RunPlan(10, 0, 5, 5, 0, 0));
    }
}
