package bnlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.engine.api.twoweight.LinearLeastSquares;
import bnlab.engine.api.twoweight.Readouts;
import bnlab.engine.api.twoweight.TwoFeatureProblem;
import org.junit.jupiter.api.Test;

/** The rate rule and the default view, without a window: the numbers a student reads. */
class LandscapeModelTest {

    private static Readouts raw(LandscapeModel m) {
        return m.rawProperty().get().readouts();
    }

    private static Readouts std(LandscapeModel m) {
        return m.standardizedProperty().get().readouts();
    }

    /**
     * The race starts slow (the zig-zag, the bowl's arrival) and speeds up: its 300 steps, one per frame at most
     * (60 a second), take 9-10 s by the pace's own sum (1 / pace per step), against 37.5 s at a steady 8.
     */
    @Test
    void theRaceSpeedsUpAfterItsFirstSteps() {
        assertEquals(8, LandscapeModel.pace(0));
        assertEquals(8, LandscapeModel.pace(16));
        assertEquals(16, LandscapeModel.pace(32));
        assertEquals(64, LandscapeModel.pace(128));
        assertEquals(64, LandscapeModel.pace(300));
        double seconds = 0;
        for (int s = 0; s < 300; s++) {
            seconds += 1 / Math.min(60, LandscapeModel.pace(s));
        }
        assertTrue(seconds > 8 && seconds < 11, "300 steps in " + seconds + " s");
    }

    @Test
    void theDefaultViewIsAFairRaceTheBowlWinsByFar() {
        LandscapeModel m = new LandscapeModel(null);
        assertEquals(StepRate.Mode.SAME_FRACTION, m.modeProperty().get());
        assertTrue(raw(m).kappa() >= 100, "the raw panel is a canyon: kappa " + raw(m).kappa());
        assertTrue(std(m).kappa() < 2, "the standardized panel is a round bowl: kappa " + std(m).kappa());
        long r = raw(m).stepsToTol();
        long s = std(m).stepsToTol();
        assertTrue(s > 0 && r > 0, r + " " + s);
        assertTrue(r >= 10 * s, "raw " + r + " steps vs standardized " + s);
        assertTrue(s <= 12, "the bowl is reached in a handful of steps: " + s);
        assertEquals(2, LandscapeModel.shape(raw(m).kappa()), "titled a narrow canyon");
        assertEquals(0, LandscapeModel.shape(std(m).kappa()), "titled a round bowl");
    }

    @Test
    void sameFractionMeansEachPanelAtTheSameFractionOfItsOwnStableRate() {
        LandscapeModel m = new LandscapeModel(null);
        for (double f : new double[] {0.05, 0.3, 0.7, 0.95, 1.2, 1.5}) {
            m.setFraction(f);
            assertEquals(f, m.fractionProperty().get(), 0);
            // eta = f * 2 / lambda_max, each panel its own lambda_max
            assertEquals(f * 2 / raw(m).lambdaMax(), raw(m).lr(), 1e-12 * raw(m).lr());
            assertEquals(f * 2 / std(m).lambdaMax(), std(m).lr(), 1e-12 * std(m).lr());
            assertEquals(f < 1, raw(m).converges(), "fraction " + f);
            assertEquals(f < 1, std(m).converges(), "fraction " + f);
        }
        assertNotEquals(raw(m).lr(), std(m).lr(), "the canyon's eta is far smaller than the bowl's");
        m.setFraction(7);
        assertEquals(StepRate.FRACTION_MAX, m.fractionProperty().get(), 0);
        m.setFraction(0);
        assertEquals(StepRate.FRACTION_MIN, m.fractionProperty().get(), 0);
    }

    @Test
    void oneEtaStartsFromTheCanyonsRateAndAppliesToBothPanels() {
        LandscapeModel m = new LandscapeModel(null);
        double canyonEta = raw(m).lr();
        long canyonSteps = raw(m).stepsToTol();
        m.setMode(StepRate.Mode.ONE_ETA);
        assertEquals(canyonEta, m.learningRateProperty().get(), 0);
        assertEquals(canyonEta, raw(m).lr(), 0);
        assertEquals(canyonEta, std(m).lr(), 0);
        assertEquals(canyonSteps, raw(m).stepsToTol(), "the canyon's path does not change");
        m.setLearningRate(0.5);
        assertEquals(0.5, raw(m).lr(), 0);
        assertEquals(0.5, std(m).lr(), 0);
        assertTrue(raw(m).diverges(), "the bowl's eta is far too large for the canyon");
        assertTrue(std(m).converges());
        m.setMode(StepRate.Mode.SAME_FRACTION);
        assertEquals(LandscapeModel.DEFAULT_FRACTION, raw(m).lr() / raw(m).lrMax(), 1e-12);
        assertEquals(LandscapeModel.DEFAULT_FRACTION, std(m).lr() / std(m).lrMax(), 1e-12);
    }

    @Test
    void stepRateRule() {
        // eta = fraction * 2 / lambda_max
        assertEquals(0.35, new StepRate(StepRate.Mode.SAME_FRACTION, 0.7, 9).etaFor(4), 1e-15);
        assertEquals(9, new StepRate(StepRate.Mode.ONE_ETA, 0.7, 9).etaFor(4), 0);
        assertEquals(0, LandscapeModel.shape(1.001));
        assertEquals(1, LandscapeModel.shape(16.9));
        assertEquals(2, LandscapeModel.shape(510));
    }

    /** The path itself: across the canyon it bounces wall to wall, the bowl's path lands. */
    @Test
    void theCanyonPathZigZagsAndCrawlsTheBowlPathLands() {
        LandscapeModel m = new LandscapeModel(null);
        SideState raw = m.rawProperty().get();
        LinearLeastSquares f = new LinearLeastSquares(
                TwoFeatureProblem.synthetic(LandscapeModel.SEED, 200, LandscapeModel.DEFAULT_SCALE));
        double[] across = f.hessian().eigenvector(f.hessian().lambdaMax());
        double[] along = {-across[1], across[0]};
        double[] ws = raw.wStar();
        // e_t . v_max alternates in sign while |1 - eta lambda_max| = 0.4 shrinks it (zig-zag)
        for (int t = 0; t < 4; t++) {
            double a = (raw.pathX()[t] - ws[0]) * across[0] + (raw.pathY()[t] - ws[1]) * across[1];
            double b = (raw.pathX()[t + 1] - ws[0]) * across[0] + (raw.pathY()[t + 1] - ws[1]) * across[1];
            assertTrue(a * b < 0, "step " + t + " crosses the canyon floor");
        }
        // along the floor it crawls: after all animated steps it is still far from w*
        int n = raw.steps();
        assertEquals(SideState.MAX_STEPS, n);
        double start = (raw.pathX()[0] - ws[0]) * along[0] + (raw.pathY()[0] - ws[1]) * along[1];
        double end = (raw.pathX()[n] - ws[0]) * along[0] + (raw.pathY()[n] - ws[1]) * along[1];
        assertTrue(Math.abs(end) > 0.25 * Math.abs(start), start + " -> " + end);
        assertTrue(Math.abs(end) < 0.75 * Math.abs(start), "but it visibly moves: " + start + " -> " + end);
        SideState std = m.standardizedProperty().get();
        long s = std.readouts().stepsToTol();
        double dx = std.pathX()[(int) s] - std.wStar()[0], dy = std.pathY()[(int) s] - std.wStar()[1];
        assertTrue(Math.hypot(dx, dy) <= SideState.TOL, "the bowl's path is at w* after " + s + " steps");
    }
}
