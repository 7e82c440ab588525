package bnlab.engine.session;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;

import java.util.List;

/**
 * Says when a twin has stopped learning without diverging (a saturated sigmoid network at a large
 * learning rate sits at chance with finite numbers). Rule: the last {@link #EVALUATIONS} evaluations,
 * the first at step >= {@link #MIN_STEP}, all have test accuracy <= chance + {@link #MARGIN}, where
 * chance is the accuracy of always guessing the most common test class. The problem's numbers: the step,
 * the test accuracy, chance, the hidden layers' mean saturated share (%), the learning rate, the signal
 * reaching layer 1 over the top hidden layer's, ||dL/dz_1|| / ||dL/dz_L|| (NaN with one layer or no probes),
 * the median loss of the last recorded steps and a uniform guess's loss ln K (K classes), from which the app
 * says the likely cause (a loss far above a guess's: steps that overshoot). Engine thread only.
 */
final class StallWatch {
    static final int EVALUATIONS = 3;
    static final long MIN_STEP = 100;
    static final double MARGIN = 0.05;
    private final long[] steps = new long[EVALUATIONS];
    private final double[] accuracies = new double[EVALUATIONS];
    private int count;

    void forget() {
        count = 0;
    }

    void evaluated(long step, double testAcc) {
        System.arraycopy(steps, 1, steps, 0, EVALUATIONS - 1);
        System.arraycopy(accuracies, 1, accuracies, 0, EVALUATIONS - 1);
        steps[EVALUATIONS - 1] = step;
        accuracies[EVALUATIONS - 1] = testAcc;
        count++;
    }

    /** Recorded steps whose losses {@link #recentLoss} takes the median of. */
    static final int RECENT = 21;

    /** The median of the last {@link #RECENT} finite losses recorded (NaN for none): one step's batch is noisy. */
    static double recentLoss(bnlab.engine.api.Series loss) {
        double[] v = new double[RECENT];
        int n = 0;
        for (int r = loss.size() - 1; r >= 0 && n < RECENT; r--) {
            double l = loss.y(bnlab.engine.api.TwinHistory.LOSS, r);
            if (Double.isFinite(l)) {
                v[n++] = l;
            }
        }
        return bnlab.engine.probe.Stats.percentile(java.util.Arrays.copyOf(v, n), 50); // NaN for none
    }

    /** The stall, or null while the twin learns (or too early to say). */
    Problem stall(double chance, List<LayerProbe> probes, double learningRate, double recentLoss, double guessLoss) {
        if (count < EVALUATIONS || steps[0] < MIN_STEP) {
            return null;
        }
        for (double a : accuracies) {
            if (!(a <= chance + MARGIN)) {
                return null;
            }
        }
        // the hidden layers' mean share of saturated inputs, in percent
        double sat = Double.NaN;
        if (!probes.isEmpty()) {
            sat = 0;
            for (LayerProbe p : probes) {
                sat += p.saturatedFraction() / probes.size();
            }
            sat *= 100;
        }
        // ||dL/dz_1|| / ||dL/dz_L||: how much of the top layer's gradient reaches the first
        double reach = probes.size() < 2 ? Double.NaN
                : probes.get(0).signalNorm() / probes.get(probes.size() - 1).signalNorm();
        return Problem.of(RunProblem.STALLED, steps[EVALUATIONS - 1], accuracies[EVALUATIONS - 1], chance, sat,
                learningRate, Double.isFinite(reach) ? reach : Double.NaN, recentLoss, guessLoss);
    }
}
