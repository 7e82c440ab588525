package bnlab.app.bntable;

import bnlab.engine.api.BnByHand;
import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.UnitStats;
import bnlab.engine.api.UnitValues;

/**
 * The BN step of one unit of the live network, redone by hand from its batch values and checked
 * against what the engine computed: x_hat and y value by value, and the running statistics when the
 * step before is known (then running' = rule(running before, this batch) must equal the reported value).
 *
 * @param why        why there is nothing to show, or null
 * @param layer      hidden layer, from 0
 * @param unit       the unit, from 0
 * @param step       the training step probed
 * @param hand       the step by hand on the unit's batch values with the network's gamma, beta and eps
 *                   (or with the gamma and beta that undo it)
 * @param network    the network's own gamma and beta for the unit (what it uses, learned or pinned)
 * @param xhatDiff   max |x_hat by hand - x_hat of the engine|
 * @param yDiff      max |y by hand - y of the engine| (with the network's gamma and beta)
 * @param convention the engine's running-statistics convention
 * @param momentum   its momentum
 * @param check      the running-statistics update, or null when the step before is not the one just before
 * @param stepBefore the probed step before this one, -1 if none
 * @param backward   the step's backward pass through BN redone by hand and the engine's, or null when not recorded
 * @param gammaPinned whether the network's gamma on this layer is pinned (forced, not learned) by the settings
 * @param betaPinned  the same for beta
 */
record LiveStep(Why why, int layer, int unit, long step, BnByHand hand, BnByHand network, double xhatDiff,
                double yDiff, Convention convention, double momentum, RunningCheck check, long stepBefore,
                LiveBackward backward, boolean gammaPinned, boolean betaPinned) {

    /** Why the live table is empty. */
    enum Why { NO_STEP, NOT_BATCH_NORM, DIVERGED }

    /** Relative tolerance of a match: the engine keeps its numbers in float (about 6e-8 relative). */
    static final double TOLERANCE = 1e-5;

    /**
     * The update of one step written out: before and after as the engine reported them, and the rule applied
     * by hand to "before" and this batch.
     */
    record RunningCheck(BnByHand.Running before, BnByHand.Running byHand, BnByHand.Running reported) {
        double meanDiff() {
            return Math.abs(byHand.mean() - reported.mean());
        }

        double varDiff() {
            return Math.abs(byHand.var() - reported.var());
        }

        boolean meanMatches() {
            return matches(byHand.mean(), reported.mean());
        }

        boolean varMatches() {
            return matches(byHand.var(), reported.var());
        }
    }

    static boolean matches(double handValue, double engineValue) {
        return Math.abs(handValue - engineValue) <= TOLERANCE * Math.max(1, Math.abs(engineValue));
    }

    static LiveStep waiting(Why why) {
        return new LiveStep(why, 0, 0, -1, null, null, Double.NaN, Double.NaN, null, Double.NaN, null, -1, null,
                false, false);
    }

    /**
     * @param before     the unit's statistics at the step just before (its running values), or null
     * @param stepBefore the probed step before this one, -1 if none
     */
    static LiveStep of(int layer, LayerProbe p, TrainSettings s, boolean undo, UnitStats before, long stepBefore,
                       long step) {
        UnitValues v = p.values();
        UnitStats u = p.units().get(0);
        BnByHand network = BnByHand.of(v.x(), u.gamma(), u.beta(), s.eps());
        double[] xhat = v.xhat();
        double[] y = v.y();
        double dx = 0;
        double dy = 0;
        for (int i = 0; i < xhat.length; i++) {
            dx = Math.max(dx, Math.abs(network.xhat(i) - xhat[i]));
            dy = Math.max(dy, Math.abs(network.y(i) - y[i]));
        }
        RunningCheck check = null;
        if (before != null) {
            BnByHand.Running was = new BnByHand.Running(before.runningMean(), before.runningVar());
            check = new RunningCheck(was, network.runningAfter(s.convention(), s.bnMomentum(), was),
                    new BnByHand.Running(u.runningMean(), u.runningVar()));
        }
        boolean here = s.pinLayer() < 0 || s.pinLayer() == layer;
        return new LiveStep(null, layer, v.unit(), step, undo ? network.undone() : network, network, dx, dy,
                s.convention(), s.bnMomentum(), check, stepBefore, LiveBackward.of(network, v),
                here && s.pinnedGamma() != null, here && s.pinnedBeta() != null);
    }

    /** Whether x_hat and y by hand equal the engine's. */
    boolean valuesMatch() {
        double scale = 1;
        for (int i = 0; i < network.m(); i++) {
            scale = Math.max(scale, Math.abs(network.y(i)));
        }
        return xhatDiff <= TOLERANCE && yDiff <= TOLERANCE * scale;
    }
}
