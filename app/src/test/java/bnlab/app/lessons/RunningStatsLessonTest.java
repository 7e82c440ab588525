package bnlab.app.lessons;

import bnlab.engine.api.Convention;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitHistory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 5 (running-stats) on its set-up (weights held still by a learning rate of 1e-4, so the population
 * values do not move) and its buttons: the running mean of the unit the view shows closes the gap to the
 * population mean as (1 - alpha)^k, half of it within the half-life ln 0.5 / ln(1 - alpha) (6.6 steps at
 * PyTorch 0.1, 69 at Keras 0.99); Keras 0.99 keeps exactly the running mean of PyTorch 0.01 and a running
 * variance m / (m - 1) times smaller (PyTorch feeds the unbiased batch variance in); and once the network
 * learns, eval mode lags training mode far longer at alpha = 0.01 than at 0.1.
 */
class RunningStatsLessonTest {
    /** The unit the lesson shows: layer 1, unit 6 (0-based: layer 0, unit 5 = PROBE_UNIT). */
    static final int LAYER = 0;
    static final int UNIT = 5;

    static Series unit(Snapshot s) {
        UnitHistory u = s.normalized().history().unit(LAYER, UNIT);
        assertTrue(u != null && u.stats().size() > 0, "unit probed");
        return u.stats();
    }

    /** The fraction of the start's gap (running mean 0) left after each step: (r_k - p) / (0 - p). */
    static double[] gapLeft(Series u) {
        double p = u.last(UnitHistory.POPULATION_MEAN);
        double[] g = new double[u.size()];
        for (int i = 0; i < g.length; i++) {
            g[i] = (u.y(UnitHistory.RUNNING_MEAN, i) - p) / -p;
        }
        return g;
    }

    /** The row of step k. */
    static int row(Series u, long k) {
        for (int i = 0; i < u.size(); i++) {
            if (u.x(i) == k) {
                return i;
            }
        }
        throw new AssertionError("no row for step " + k);
    }

    /** The first step k at which at most half the gap is left. */
    static int halfway(Series u) {
        double[] g = gapLeft(u);
        for (int i = 0; i < g.length; i++) {
            if (g[i] <= 0.5) {
                return (int) u.x(i);
            }
        }
        return -1;
    }

    static void checkGeometric(Series u, double alpha, double tolerance, String what) {
        double[] g = gapLeft(u);
        for (int i = 0; i < g.length; i++) {
            double k = u.x(i);
            assertEquals(Math.pow(1 - alpha, k), g[i], tolerance, what + " at step " + k);
        }
    }

    @Test
    void pytorchPointOneClosesHalfTheGapInAboutSevenSteps() throws Exception {
        try (LessonEngine e = new LessonEngine("running-stats", -1, 0)) {
            assertEquals(UNIT, e.settings.probeUnit());
            assertEquals(Convention.PYTORCH, e.settings.convention());
            double half = e.settings.convention().halfLifeSteps(e.settings.bnMomentum());
            Series u = unit(e.steps(30));
            double p = u.last(UnitHistory.POPULATION_MEAN);
            System.out.printf("running-stats PyTorch 0.1: population mean %.3f, running after 30 steps %.3f, "
                    + "half the gap closed at step %d (half-life %.2f)%n", p, u.last(UnitHistory.RUNNING_MEAN),
                    halfway(u), half);
            assertTrue(Math.abs(p) > 5, "the unit's mean is far from the start 0: " + p);
            assertEquals(Math.ceil(half), halfway(u), 1);
            checkGeometric(u, 0.1, 0.03, "PyTorch 0.1");
            double left = gapLeft(u)[row(u, 30)];
            assertTrue(Math.abs(left) < 0.07, "within 7 % after 30 steps: " + left);
        }
    }

    @Test
    void keras099IsPytorch001AndTakesTenTimesLonger() throws Exception {
        try (LessonEngine keras = new LessonEngine("running-stats", 1, 0);
             LessonEngine torch = new LessonEngine("running-stats", 1, 0)) {
            assertEquals(Convention.KERAS, keras.settings.convention());
            assertEquals(0.99, keras.settings.bnMomentum());
            // PyTorch with the same new-batch weight 0.01 (switching keeps it, and keeps Keras' eps 1e-3,
            // so both twins normalize alike and learn alike)
            torch.session.send(new bnlab.engine.api.Command.SetConvention(Convention.PYTORCH));
            Series k = unit(keras.steps(300));
            Snapshot ts = torch.steps(300);
            assertEquals(Convention.PYTORCH, ts.settings().convention());
            assertEquals(0.01, ts.settings().bnMomentum(), 1e-12);
            Series t = unit(ts);
            double half = Convention.KERAS.halfLifeSteps(0.99);
            System.out.printf("running-stats Keras 0.99: half the gap closed at step %d (half-life %.2f), "
                    + "gap left after 30 steps %.3f, after 300 %.3f%n", halfway(k), half, gapLeft(k)[row(k, 30)],
                    gapLeft(k)[row(k, 300)]);
            assertEquals(half, halfway(k), 3);
            checkGeometric(k, 0.01, 0.02, "Keras 0.99");
            double m = keras.settings.batchSize();
            for (int i = row(k, 1); i < k.size(); i++) {
                assertEquals(k.x(i), t.x(i));
                assertEquals(t.y(UnitHistory.RUNNING_MEAN, i), k.y(UnitHistory.RUNNING_MEAN, i),
                        1e-4 * Math.abs(k.y(UnitHistory.RUNNING_MEAN, i)) + 1e-6, "the same running mean");
                // running var starts at 1 in both; only the batch variances fed in differ by m / (m - 1)
                double kv = k.y(UnitHistory.RUNNING_VAR, i) - Math.pow(0.99, k.x(i));
                double tv = t.y(UnitHistory.RUNNING_VAR, i) - Math.pow(0.99, t.x(i));
                assertEquals(m / (m - 1), tv / kv, 1e-3, "unbiased / biased at step " + k.x(i));
            }
        }
    }

    @Test
    void onceTheNetworkLearnsEvalModeLagsLongerAtAlphaPointZeroOne() throws Exception {
        long fast;
        long slow;
        try (LessonEngine e = new LessonEngine("running-stats", 3, 0)) {
            fast = lastGap(e.steps(300));
        }
        try (LessonEngine e = new LessonEngine("running-stats", 3, 1)) {
            slow = lastGap(e.steps(300));
        }
        System.out.printf("running-stats learning: train-eval accuracy gap > 0.05 until step %d at alpha 0.1, "
                + "%d at alpha 0.01%n", fast, slow);
        assertTrue(fast <= 60, "alpha 0.1: " + fast);
        assertTrue(slow >= 3 * fast && slow >= 100, "alpha 0.01: " + slow + " vs " + fast);
    }

    /** The last evaluated step at which train-mode accuracy exceeded eval-mode accuracy by more than 0.05. */
    static long lastGap(Snapshot s) {
        Series a = s.normalized().history().accuracy();
        long last = 0;
        for (int i = 0; i < a.size(); i++) {
            if (a.y(bnlab.engine.api.TwinHistory.TRAIN_TRAIN_MODE, i)
                    - a.y(bnlab.engine.api.TwinHistory.TRAIN_EVAL_MODE, i) > 0.05) {
                last = (long) a.x(i);
            }
        }
        return last;
    }
}
