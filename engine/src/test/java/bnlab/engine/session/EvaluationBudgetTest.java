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
 * one ended, once the first {@link SnapshotBuilder#FREE_EVALUATIONS} (made at every due step) are done.
 * Paused steps evaluate at every due step.
 */
class EvaluationBudgetTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    private static List<Double> evaluatedSteps(boolean playing) {
        return evaluatedSteps(playing, -1);
    }

    /** The steps evaluated in 400 steps (or 800, with a rebuild's forgetting before step forgetAt + 1 is recorded). */
    private static List<Double> evaluatedSteps(boolean playing, int forgetAt) {
        long[] now = {0};
        // every reading of the clock is 1 ms later: an evaluation (read before and after) lasts 1 ms
        SnapshotBuilder b = new SnapshotBuilder(() -> now[0] += 1_000_000);
        TrainSettings s = TrainSettings.defaults().withEvalEvery(20);
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults().withHidden(List.of(8)), digits, s, DataType.FLOAT);
        b.evaluateIfDue(r);
        for (int i = 0; i < (forgetAt >= 0 ? 800 : 400); i++) {
            r.step(false);
            if (i == forgetAt) { // after step forgetAt + 1, before its snapshot
                b.forget();
            }
            b.afterStep(r, playing);
        }
        Series acc = b.build(1, r, playing, null, 0).normalized().history().accuracy();
        return java.util.Arrays.stream(acc.xs()).boxed().toList();
    }

    @Test
    void playingEvaluatesLessOftenWhenEvaluationsWouldTakeMoreThanATenth() {
        // the first ten (0, 20, ..., 180) at every due step; then due at 200, 220, ..., 340: 1, 2, ..., 8 ms
        // after the last ended (< 9 x 1 ms); at 360: 9 ms, evaluated
        List<Double> first = java.util.stream.IntStream.rangeClosed(0, 9).mapToObj(k -> 20.0 * k).toList();
        List<Double> playing = new java.util.ArrayList<>(first);
        playing.add(360.0);
        assertEquals(playing, evaluatedSteps(true));
        assertEquals(java.util.stream.IntStream.rangeClosed(0, 20).mapToObj(k -> 20.0 * k).toList(),
                evaluatedSteps(false));
    }

    @Test
    void theFirstTenEvaluationsAfterARebuildAreFreeAgain() {
        // forgotten before step 401 is recorded: 401 is evaluated at once, then 420, ..., 580 (ten in all), then the
        // budget: 600, ..., 740 are 1-8 ms after the last one ended, 760 is 9 ms
        List<Double> expected = new java.util.ArrayList<>(List.of(401.0));
        java.util.stream.IntStream.rangeClosed(21, 29).forEach(k -> expected.add(20.0 * k));
        expected.add(760.0);
        assertEquals(expected, evaluatedSteps(true, 400));
    }
}
