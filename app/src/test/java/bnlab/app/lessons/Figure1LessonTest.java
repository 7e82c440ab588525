package bnlab.app.lessons;

import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import org.junit.jupiter.api.Test;

import static bnlab.app.curves.TrainingCurvesView.firstReaching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 4 (figure1) on its bundled set-up (the 8 x 8 digits) and on the two "start again" buttons of its
 * last step (another unit, another seed), and on real MNIST where it is: the last layer's percentile band
 * without BN moves, the band with BN stays put, and the twin with BN is far ahead in test accuracy at the
 * start, as the lesson's text says: on the digits it reaches 90 % within 100 steps and the plain twin not
 * within 1,000; on MNIST after 300 steps it is past 85 % and the plain twin far below; on the digits it is
 * still ahead after 5,000 steps.
 */
class Figure1LessonTest {
    static final int STEPS = 1200;

    /**
     * How far a percentile band moved, in units of its mean width: each percentile smoothed by a moving
     * average over a tenth of the rows (batch noise out), the largest range among the three.
     * <pre>
     * movement = max_k (max_t m_k(t) - min_t m_k(t)) / mean_t (p85(t) - p15(t)),  k = 15, 50, 85
     * </pre>
     */
    static double movement(Series p) {
        int n = p.size();
        int w = Math.max(1, n / 10);
        double[] lo = p.column(TwinHistory.P15);
        double[] hi = p.column(TwinHistory.P85);
        double width = 0;
        for (int i = 0; i < n; i++) {
            width += (hi[i] - lo[i]) / n;
        }
        double largest = 0;
        for (int k : new int[] {TwinHistory.P15, TwinHistory.P50, TwinHistory.P85}) {
            double[] c = p.column(k);
            double sum = 0;
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                sum += c[i] - (i >= w ? c[i - w] : 0);
                if (i >= w - 1) {
                    min = Math.min(min, sum / w);
                    max = Math.max(max, sum / w);
                }
            }
            largest = Math.max(largest, max - min);
        }
        return largest / width;
    }

    /** The mean of a percentile column over the rows of steps from..to. */
    static double mean(Series p, int column, long from, long to) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < p.size(); i++) {
            if (p.x(i) >= from && p.x(i) <= to) {
                sum += p.y(column, i);
                n++;
            }
        }
        return sum / n;
    }

    /** The band's mean width, p85 - p15, over the rows of steps from..to. */
    static double width(Series p, long from, long to) {
        return mean(p, TwinHistory.P85, from, to) - mean(p, TwinHistory.P15, from, to);
    }

    /** The test accuracy at the evaluation of the given step. */
    static double at(Series accuracy, long step) {
        for (int i = 0; i < accuracy.size(); i++) {
            if (accuracy.x(i) == step) {
                return accuracy.y(TwinHistory.TEST, i);
            }
        }
        throw new AssertionError("no evaluation at step " + step);
    }

    private static void check(String what, int step, int action) throws Exception {
        check(what, step, action, null);
    }

    private static void check(String what, int step, int action, bnlab.engine.api.Dataset on) throws Exception {
        try (LessonEngine e = new LessonEngine("figure1", step, action, on)) {
            assertEquals(0.1, e.spec.sigma());
            assertEquals(bnlab.engine.api.ExperimentSpec.FIGURE1_LEARNING_RATE, e.settings.learningRate(),
                    "the lesson's learning rate is the Figure 1 set-up's");
            long start = System.nanoTime();
            Snapshot s = e.steps(STEPS);
            double ms = (System.nanoTime() - start) / 1e6 / STEPS;
            double plain = movement(s.plain().history().percentiles());
            double bn = movement(s.normalized().history().percentiles());
            long bn90 = firstReaching(s.normalized().history().accuracy(), 0.9);
            long plain90 = firstReaching(s.plain().history().accuracy(), 0.9);
            System.out.printf("figure1 %s (unit %d, seed %d), %d steps at %.1f ms a step: band movement plain %.2f, "
                    + "BN %.2f; 90 %% test accuracy at step %d (BN) and %d (plain)%n", what, e.settings.probeUnit(),
                    e.spec.seed(), STEPS, ms, plain, bn, bn90, plain90);
            assertTrue(plain > 0.5 && plain > 3 * bn, what + ": plain " + plain + ", BN " + bn);
            double bn100 = at(s.normalized().history().accuracy(), 100);
            double plain100 = at(s.plain().history().accuracy(), 100);
            System.out.printf("  test accuracy at step 100: BN %.3f, plain %.3f%n", bn100, plain100);
            assertTrue(bn100 > plain100 + 0.2, what + ": far ahead at the start: " + bn100 + " vs " + plain100);
            if (on == null && step < 0) { // step 1's answer: the plain band's median and width on the set-up
                Series pp = s.plain().history().percentiles();
                double first = mean(pp, TwinHistory.P50, 1, 60);
                double lowest = Double.POSITIVE_INFINITY;
                for (int t = 400; t <= STEPS - 100; t += 50) {
                    lowest = Math.min(lowest, mean(pp, TwinHistory.P50, t, t + 100));
                }
                double grown = width(pp, 900, 1100) / width(pp, 1, 60);
                double bnMedian = Math.abs(mean(s.normalized().history().percentiles(), TwinHistory.P50, 1, STEPS));
                Series bp = s.normalized().history().percentiles();
                double bnGrown = width(bp, 900, 1100) / width(bp, 1, 60);
                System.out.printf("  plain median %.2f at the start, lowest %.2f; band %.1f times wider at step 1000;"
                        + " BN median %.2f, its band %.2f times as wide%n", first, lowest, grown, bnMedian, bnGrown);
                assertEquals(0.2, first, 0.05, "the median starts near 0.2");
                assertEquals(-0.3, lowest, 0.1, "and slides to about -0.3 within the first thousand steps");
                assertTrue(grown > 10 && grown < 40, "the band grows about twenty times wider: " + grown);
                assertTrue(bnMedian < 0.15, "BN's median stays near 0: " + bnMedian);
                // step 3's callout: "its width changes little ... with BN it changes by a fraction"
                assertTrue(bnGrown > 0.6 && bnGrown < 1.6, "BN's band changes its width by a fraction: " + bnGrown);
            }
            if (on == null) { // the digits: the figures the lesson's text gives
                assertTrue(bn90 > 0 && bn90 <= 100, what + ": BN reaches 90 % at " + bn90);
                assertTrue(plain90 < 0 || plain90 > 1000, what + ": plain reaches 90 % at " + plain90);
            } else { // MNIST: "after 300 steps the one with BN is past 85 % and the one without BN still far below"
                double bn300 = at(s.normalized().history().accuracy(), 300);
                double plain300 = at(s.plain().history().accuracy(), 300);
                System.out.printf("  test accuracy at step 300: BN %.3f, plain %.3f%n", bn300, plain300);
                assertTrue(bn300 > 0.85 && plain300 < bn300 - 0.3, what + ": at step 300 " + bn300 + " vs " + plain300);
            }
        }
    }

    @Test
    void withoutBnTheBandDriftsAndWithBnItStaysPut() throws Exception {
        check("set-up", -1, 0);
    }

    /** "After 5,000 steps on the digits about 97-98 % against 93-95 %": BN still ahead, by a point or more. */
    @Test
    void onTheDigitsBnIsStillAheadAfter5000Steps() throws Exception {
        try (LessonEngine e = new LessonEngine("figure1", -1, 0, null)) {
            Snapshot s = e.steps(5000);
            double bn = at(s.normalized().history().accuracy(), 5000);
            double plain = at(s.plain().history().accuracy(), 5000);
            System.out.printf("figure1 set-up at step 5000: BN %.3f, plain %.3f%n", bn, plain);
            assertTrue(bn >= 0.965 && plain < bn - 0.01, "at step 5000: BN " + bn + ", plain " + plain);
        }
    }

    /** Real MNIST, where it is (/work/shared/datasets/mnist, or the folder in -Dbnlab.mnist); skipped elsewhere. */
    @Test
    void andOnMnistWhenTheFolderIsThere() throws Exception {
        java.nio.file.Path folder = java.nio.file.Path.of(System.getProperty("bnlab.mnist", "/work/shared/datasets/mnist"));
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(folder), "no MNIST folder");
        check("MNIST", -1, 0, bnlab.engine.Engine.loadMnist(folder, bnlab.engine.Engine.MNIST_ALL, 10_000));
    }

    @Test
    void soForAnotherUnitAndAnotherSeed() throws Exception {
        check("unit 8", 3, 0);
        check("seed 7", 3, 1);
    }

    /** The path a percentile column travels: the sum of |p(t_i) - p(t_i-1)| over the evaluations. */
    static double travel(Series p, int column) {
        double[] c = p.column(column);
        double sum = 0;
        for (int i = 1; i < c.length; i++) {
            sum += Math.abs(c[i] - c[i - 1]);
        }
        return sum;
    }

    /**
     * The last step, "Shake the band on purpose" (Santurkar et al.'s noisy BN): with noise after each BN the band
     * with BN jumps at every evaluation, its median travelling far more than the plain band's, and the network
     * still reaches 90 % about as soon as with BN alone, long before the plain one.
     */
    @Test
    void withNoiseAfterBnTheBandJumpsYetItLearnsAsFast() throws Exception {
        try (LessonEngine e = new LessonEngine("figure1", 4, 0)) {
            assertEquals(1, e.settings.bnNoise(), "the button adds the noise");
            Snapshot s = e.steps(1500);
            Series bn = s.normalized().history().percentiles();
            Series plain = s.plain().history().percentiles();
            double bnTravel = travel(bn, TwinHistory.P50);
            double plainTravel = travel(plain, TwinHistory.P50);
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double m : bn.column(TwinHistory.P50)) {
                lo = Math.min(lo, m);
                hi = Math.max(hi, m);
            }
            long noisy90 = firstReaching(s.normalized().history().accuracy(), 0.9);
            long plain90 = firstReaching(s.plain().history().accuracy(), 0.9);
            System.out.printf("figure1 noisy BN: median travels %.1f (plain %.2f, %.0f times), from %.2f to %.2f, "
                    + "%.2f an evaluation; 90 %% at step %d (plain %d); test accuracy at 1500 %.3f / %.3f%n",
                    bnTravel, plainTravel, bnTravel / plainTravel, lo, hi, bnTravel / (bn.size() - 1), noisy90,
                    plain90, at(s.normalized().history().accuracy(), 1500), at(s.plain().history().accuracy(), 1500));
            assertTrue(bnTravel > 20 * plainTravel, "the noisy band moves more: " + bnTravel + " vs " + plainTravel);
            // the text: "its band's median jumps between -1 and 1, by 0.67 on average ... 45 times as far"
            assertTrue(lo < -0.8 && hi > 0.8, "the median jumps between about -1 and 1: " + lo + " to " + hi);
            assertEquals(0.67, bnTravel / (bn.size() - 1), 0.1, "the mean jump from one evaluation to the next");
            assertTrue(noisy90 > 0 && noisy90 <= 100, "the noisy network reaches 90 % at " + noisy90 + " (the text: 80)");
            assertTrue(plain90 < 0 || plain90 > 1000, "the plain one at " + plain90);
        }
        try (LessonEngine e = new LessonEngine("figure1", 4, 1)) {
            assertEquals(0, e.settings.bnNoise(), "the second button takes it away");
        }
    }
}
