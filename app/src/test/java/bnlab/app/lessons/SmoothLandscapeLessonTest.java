package bnlab.app.lessons;

import bnlab.app.HarnessedLessonTest;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.Snapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Lesson 11 ("smooth-landscape") on the real engine, its buttons pressed in order. The measure of
 * roughness: the mean rise of the loss over the computed grid above the loss at the centre,
 * <pre>
 * rise = mean over (i, j) of L(theta + alpha_i d1 + beta_j d2) - L(theta)
 * </pre>
 * (the same directions for both twins; each filter scaled to the weights it moves). On the badly scaled
 * moons the BN twin's rise stays below 1 with every pair of directions while the plain twin's is in the
 * millions; at a tiny rate the plain twin learns but stays far rougher; on standardized inputs both are
 * smooth.
 */
class SmoothLandscapeLessonTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** Mean of L - L(centre) over the grid, as the view's read-out says it. */
    static double rise(double[][] grid) {
        int c = grid.length / 2;
        return bnlab.app.landscape.RiseAccess.mean(grid, grid[c][c]);
    }

    /** Press the step's button a, then wait for the landscape it asks for. */
    private LandscapeResult computed(int a, String what) {
        LandscapeState before = h.session.latestLandscape();
        long id = before == null ? 0 : before.requestId();
        h.act(a);
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            LandscapeState s = h.session.latestLandscape();
            if (s != null && s.requestId() > id && !s.running()) {
                if (s.result() == null) {
                    fail(what + ": " + s.problem());
                }
                return s.result();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail(what + ": no landscape");
        return null;
    }

    private static double[] rises(LandscapeResult r, String what) {
        double bn = rise(r.normalized());
        double plain = rise(r.plain());
        System.out.printf("%s (range %.2g, seed %d): centre loss BN %.4f, plain %.4f; mean rise BN %.4g, plain %.4g%n",
                what, r.alphas()[r.alphas().length - 1], r.seed(), r.normalizedCentre(), r.plainCentre(), bn, plain);
        return new double[] {bn, plain};
    }

    @Test
    void theBnTwinsSurfaceIsSmootherByManyOrdersOfMagnitude() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        long before = h.session.latest().version();
        h.open("smooth-landscape");
        h.await(s -> s.version() > before && !s.spec().standardize() && s.datasetName().startsWith("moons"), 60,
                "set up");

        h.act(0);
        Snapshot trained = h.await(s -> s.step() == 300, 120, "300 steps at 0.01");
        System.out.printf("eta 0.01, step 300: test accuracy BN %.3f, plain %.3f; plain loss %.4f; plain stalled: %s%n",
                trained.normalized().testAcc(), trained.plain().testAcc(), trained.plain().loss(),
                trained.plain().stall() != null);
        assertTrue(trained.normalized().testAcc() > 0.75, "BN learns");
        assertEquals(0.5, trained.plain().testAcc(), 0.02, "the plain twin guesses");
        assertEquals(Math.log(2), trained.plain().loss(), 0.01, "at ln 2");
        double highest = java.util.Arrays.stream(trained.plain().history().loss().column(
                bnlab.engine.api.TwinHistory.LOSS)).filter(Double::isFinite).max().orElseThrow();
        assertTrue(highest > 1e3, "the watch's early losses, thousands and more: " + highest);
        // they run off the top of the loss axis, which stops at 10 (lossMax) with the lowest losses in sight
        // the curves redraw their four charts over a few frames: flushed until the loss chart has drawn step 300 (once
        // in the full suite the axis still stood at an earlier round's lowest loss, 0.88)
        org.jfree.data.Range axis = null;
        for (int i = 0; i < 20; i++) {
            h.flush();
            axis = h.view(bnlab.app.curves.TrainingCurvesView.class).lossAxis();
            if (axis.getLowerBound() < trained.normalized().loss()) {
                break;
            }
            org.testfx.util.WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertEquals(10, axis.getUpperBound(), 1e-9);
        assertTrue(axis.getLowerBound() < trained.normalized().loss(), "BN's loss in sight: " + axis);

        h.next();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        double[] r1 = rises(computed(0, "step 2"), "step 2");
        assertTrue(r1[0] < 1, "the BN twin's loss hardly moves");
        assertTrue(r1[1] > 1e6 * r1[0], "the plain twin's climbs by many orders of magnitude");

        h.next();
        for (int a = 0; a < 2; a++) {
            double[] r = rises(computed(a, "step 3, other directions"), "step 3");
            assertTrue(r[0] < 1 && r[1] > 1e6 * r[0], "with every pair of directions");
        }

        h.next();
        h.predict(h.model().current().predict().answer());
        h.reveal();
        h.act(0);
        Snapshot slow = h.await(s -> s.settings().learningRate() == 0.001 && s.step() == 300, 120,
                "300 steps at 0.001");
        System.out.printf("eta 0.001, step 300: test accuracy BN %.3f, plain %.3f%n", slow.normalized().testAcc(),
                slow.plain().testAcc());
        assertTrue(slow.plain().testAcc() > 0.7, "now the plain twin learns");
        // the explanation's speeds at this rate: BN still at 50 % at step 150, the plain twin past 70 % by 20
        assertEquals(0.5, accuracyAt(slow.normalized(), 150), 0.02, "BN sits at 50 % for about 200 steps");
        assertTrue(accuracyAt(slow.plain(), 20) > 0.7, "the plain twin passes 70 % within 20 steps");
        double[] r4 = rises(computed(1, "step 4"), "step 4");
        assertTrue(r4[0] < 0.5 && r4[1] > 20 * r4[0], "but its surface stays far rougher");

        h.next();
        h.act(0);
        Snapshot std = h.await(s -> s.spec().standardize() && s.settings().learningRate() == 0.01
                && s.step() == 300, 120, "standardized, 300 steps");
        System.out.printf("standardized, step 300: test accuracy BN %.3f, plain %.3f%n", std.normalized().testAcc(),
                std.plain().testAcc());
        double[] r5 = rises(computed(1, "step 5"), "step 5");
        assertTrue(r5[0] < 0.2 && r5[1] < 0.2, "on standardized inputs both surfaces are smooth");
        assertFalse(std.plain().diverged());
    }

    /**
     * Step 2 opened straight away (or after Next without step 1's button): untrained, the BN twin in eval mode
     * normalizes with its starting running statistics (0 and 1) and computes what the plain twin computes, so
     * both maps would be the same. The step brings the twins to step 300 itself, and its map shows the contrast.
     */
    @Test
    void stepTwoTrainsTheTwinsTheClassDidNotTrain() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        h.open("smooth-landscape", 1);
        Snapshot trained = h.await(s -> s.step() == 300 && s.datasetName().startsWith("moons"), 120,
                "step 2 trains to step 300");
        assertTrue(trained.normalized().testAcc() > 0.75, "as after step 1's button");
        h.predict(h.model().current().predict().answer());
        h.reveal();
        double[] r = rises(computed(0, "step 2 opened directly"), "step 2 opened directly");
        assertTrue(r[0] < 1 && r[1] > 1e6 * r[0], "the contrast step 2 asks about");
        assertEquals(300, h.session.latest().step(), "and no further");
    }

    /**
     * Step 6, reached with Next from step 5: it loads the digits and builds 6 hidden ReLU layers of 64 (the data loads
     * off the FX thread, and the step's settings must reach the new twins), its button trains to step 150 at 0.3,
     * measuring the loss along each twin's gradient every 5 steps (Santurkar et al.'s Figure 4). The explanation's
     * figures: the plain twin's longer steps reach 10 to almost 50 at a third of the measurements; BN's all land lower
 * than where it stands. Step 7, Next: the same twins, how much their gradients change along those steps.
     */
    @Test
    void stepsSixAndSevenShowThePlainTwinsStepsThrownUpAndItsGradientChangingMore() {
        h.show(stage, Locale.ENGLISH, 1600, 1000);
        h.open("smooth-landscape", 4);
        h.await(s -> s.datasetName().startsWith("moons"), 120, "the lesson's own data first");
        h.next();
        h.await(s -> s.step() == 0 && s.datasetName().startsWith("digits") && s.spec().hidden().size() == 6
                && s.settings().learningRate() == 0.3 && s.settings().evalEvery() == 5, 120, "the deep twins, built");
        h.predict(h.model().current().predict().answer());
        h.act(0);
        Snapshot done = h.await(s -> s.step() == 150 && s.datasetName().startsWith("digits")
                && s.spec().hidden().size() == 6 && s.settings().learningRate() == 0.3
                && s.normalized().history().path().size() > 0 && s.normalized().history().path().lastX() == 150
                && s.plain().history().path().lastX() == 150, 180, "150 steps of the deep twins on the digits");
        assertTrue(h.view(bnlab.app.curves.TrainingCurvesView.class).node().isVisible());
        bnlab.engine.api.Series bn = done.normalized().history().path();
        bnlab.engine.api.Series plain = done.plain().history().path();
        assertEquals(0, bn.x(0), "measured from the start");
        assertEquals(31, bn.size(), "every 5 steps: 0, 5, ..., 150");
        for (int r = 0; r < bn.size(); r++) {
            System.out.printf("step %3.0f: BN %.3f [%.3f .. %.3f], plain %.3f [%.3f .. %.3f]%n", bn.x(r),
                    bn.y(bnlab.engine.api.TwinHistory.PATH_LOSS, r), bn.y(bnlab.engine.api.TwinHistory.PATH_MIN, r),
                    bn.y(bnlab.engine.api.TwinHistory.PATH_MAX, r), plain.y(bnlab.engine.api.TwinHistory.PATH_LOSS, r),
                    plain.y(bnlab.engine.api.TwinHistory.PATH_MIN, r), plain.y(bnlab.engine.api.TwinHistory.PATH_MAX, r));
        }
        double bnHigh = max(bn.column(bnlab.engine.api.TwinHistory.PATH_MAX));
        double plainHigh = max(plain.column(bnlab.engine.api.TwinHistory.PATH_MAX));
        int cliffs = 0;
        for (double v : plain.column(bnlab.engine.api.TwinHistory.PATH_MAX)) {
            cliffs += v > 10 ? 1 : 0;
        }
        System.out.printf("step 6: along the gradient, highest loss BN %.3f, plain %.3f; plain above 10 at %d of %d"
                + " evaluations; test accuracy BN %.3f, plain %.3f%n", bnHigh, plainHigh, cliffs, plain.size(),
                done.normalized().testAcc(), done.plain().testAcc());
        for (int r = 0; r < bn.size(); r++) {
            assertTrue(bn.y(bnlab.engine.api.TwinHistory.PATH_MAX, r) < bn.y(bnlab.engine.api.TwinHistory.PATH_LOSS, r),
                    "BN: even 4 learning rates land lower than where it stands (its band under its line), step " + bn.x(r));
        }
        assertTrue(plainHigh > 40 && plainHigh < 60, "the plain twin's reach almost 50: " + plainHigh);
        assertTrue(cliffs >= 8, "above 10 at a third of the measurements: " + cliffs);
        assertFalse(done.plain().diverged() || done.normalized().diverged());

        // step 7, Next: the same twins (no rebuild), their gradient's change along the same steps (Figure 4 b, c)
        h.next();
        h.predict(h.model().current().predict().answer());
        h.act(0); // "Go to step 150": already there
        h.flush();
        assertEquals(150, h.session.latest().step(), "the twins of step 6, not rebuilt");
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (javafx.scene.Node n : h.view(bnlab.app.curves.TrainingCurvesView.class).node().lookupAll("*")) {
            if (n instanceof org.jfree.chart.fx.ChartViewer v) {
                titles.add(v.getChart().getTitle().getText());
            }
        }
        assertTrue(titles.contains(bnlab.app.i18n.I18n.get("curves.gradient.change"))
                && titles.contains(bnlab.app.i18n.I18n.get("curves.gradient.smoothness")), titles.toString());
        double[] bc = bn.column(bnlab.engine.api.TwinHistory.PATH_GRAD_CHANGE);
        double[] pc = plain.column(bnlab.engine.api.TwinHistory.PATH_GRAD_CHANGE);
        double[] bs = bn.column(bnlab.engine.api.TwinHistory.PATH_SMOOTHNESS);
        double[] ps = plain.column(bnlab.engine.api.TwinHistory.PATH_SMOOTHNESS);
        int over10 = 0;
        for (double v : pc) {
            over10 += v > 10 ? 1 : 0;
        }
        System.out.printf("step 7: gradient change median BN %.3g (%.3g .. %.3g), plain %.3g (%.3g .. %.3g), plain"
                        + " above 10 at %d; smoothness median BN %.3g (%.3g .. %.3g), plain %.3g (%.3g .. %.3g)%n",
                median(bc), min(bc), max(bc), median(pc), min(pc), max(pc), over10, median(bs), min(bs), max(bs),
                median(ps), min(ps), max(ps));
        // the explanation's figures: plain 15 at the median, above 10 at 20 of 31, up to 107; BN 1.8 to 5 (2.9)
        assertTrue(max(bc) < 6 && min(bc) > 1, "BN's change within 1.8 to 5");
        assertTrue(median(pc) > 4 * median(bc), "the plain twin's several times BN's at the median");
        assertTrue(over10 >= 15 && max(pc) > 50, "above 10 at most measurements, up to about 100: " + over10);
        // per unit of distance: still larger without BN (10 against 6.3), and far less even
        assertTrue(median(ps) > median(bs), "the plain twin's gradient turns faster");
        assertTrue(max(ps) / min(ps) > 3 * (max(bs) / min(bs)), "and far less evenly");
    }

    private static double median(double[] v) {
        double[] f = java.util.Arrays.stream(v).filter(Double::isFinite).sorted().toArray();
        return f.length % 2 == 1 ? f[f.length / 2] : (f[f.length / 2 - 1] + f[f.length / 2]) / 2;
    }

    private static double min(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).min().orElse(Double.NaN);
    }

    private static double max(double[] v) {
        return java.util.Arrays.stream(v).filter(Double::isFinite).max().orElse(Double.NaN);
    }

    /** The twin's last test accuracy measured at or before this step. */
    private static double accuracyAt(bnlab.engine.api.TwinState t, long step) {
        bnlab.engine.api.Series a = t.history().accuracy();
        double out = Double.NaN;
        for (int r = 0; r < a.size() && a.x(r) <= step; r++) {
            out = a.y(bnlab.engine.api.TwinHistory.TEST, r);
        }
        return out;
    }
}
