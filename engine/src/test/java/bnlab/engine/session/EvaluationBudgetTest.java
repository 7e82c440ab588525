package bnlab.engine.session;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Series;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.train.TwinRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * While playing, evaluations take at most a tenth of the engine's time: on a clock where an evaluation
 * lasts 1 ms and nothing else takes time, a due evaluation waits until 9 ms have passed since the last
 * one ended. Paused steps evaluate at every due step.
 */
class EvaluationBudgetTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    private static List<Double> evaluatedSteps(boolean playing) {
        long[] now = {0};
        // every reading of the clock is 1 ms later: an evaluation (read before and after) lasts 1 ms
        SnapshotBuilder b = new SnapshotBuilder(() -> now[0] += 1_000_000);
        TrainSettings s = TrainSettings.defaults().withEvalEvery(20);
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults().withHidden(List.of(8)), digits, s, DataType.FLOAT);
        b.evaluateIfDue(r);
        for (int i = 0; i < 200; i++) {
            r.step(false);
            b.afterStep(r, playing);
        }
        Series acc = b.build(1, r, playing, null, 0).normalized().history().accuracy();
        return java.util.Arrays.stream(acc.xs()).boxed().toList();
    }

    @Test
    void playingEvaluatesLessOftenWhenEvaluationsWouldTakeMoreThanATenth() {
        // due at 20, 40, ..., 160: 1, 2, ..., 8 ms after the last ended (< 9 x 1 ms); at 180: 9 ms, evaluated
        assertEquals(List.of(0.0, 180.0), evaluatedSteps(true));
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0, 140.0, 160.0, 180.0, 200.0),
                evaluatedSteps(false));
    }
}
