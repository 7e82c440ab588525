package bnlab.app.bntable;

import bnlab.app.SnapshotView;
import bnlab.engine.api.BnByHand;
import bnlab.engine.api.BnByHandBatch;
import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitStats;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the BN table shows: the lesson's options (gamma, beta, convention, undo, live, layer), the
 * by-hand step on the lesson's 36 values, and, live, the same step on the probed unit of the network
 * with BN with the running-statistics update checked against the engine. The view keeps the probe of
 * the step before the current one (not a history: one step, to write out the update). FX thread only.
 */
final class BnTableModel {
    private double gamma = 1;
    private double beta = 0;
    private Convention convention = Convention.PYTORCH;
    private boolean undo;
    private boolean live;
    private int layer;
    private String focus = "values";
    private boolean runningShown = true;
    private boolean backward;
    private Snapshot last;
    /** The probe of the latest probed step and of the probed step before it, of the network with BN. */
    private Probed current;
    private Probed previous;

    /** One probed step of the network with BN. */
    record Probed(long step, TwinState twin, Snapshot snapshot) {
    }

    /**
     * Apply a lesson's options; the ones not given keep their values. gamma, beta (numbers), convention
     * ("PYTORCH" or "KERAS"), undo (gamma = sqrt(var + eps), beta = mu), live (the network's numbers),
     * layer (hidden layer, from 1 as the views number them), focus ("values", "statistics" or
     * "running" or "backward": what the view scrolls to), showRunning (false: the by-hand running statistics end in
     * "= ?"), backward (the by-hand backward pass for L = the sum of y over image 1).
     */
    void configure(Map<String, Object> options) {
        if (options.get("gamma") instanceof Number n && Double.isFinite(n.doubleValue())) {
            gamma = n.doubleValue();
        }
        if (options.get("beta") instanceof Number n && Double.isFinite(n.doubleValue())) {
            beta = n.doubleValue();
        }
        if (options.get("convention") instanceof String s) {
            for (Convention c : Convention.values()) {
                if (c.name().equals(s.toUpperCase(Locale.ROOT))) {
                    convention = c;
                }
            }
        }
        if (options.get("undo") instanceof Boolean b) {
            undo = b;
        }
        if (options.get("live") instanceof Boolean b) {
            live = b;
        }
        if (options.get("layer") instanceof Number n) {
            layer = Math.max(0, n.intValue() - 1);
        }
        if (options.get("showRunning") instanceof Boolean b) {
            runningShown = b;
        }
        if (options.get("backward") instanceof Boolean b) {
            backward = b;
        }
        if (options.get("focus") instanceof String f
                && List.of("values", "statistics", "statisticsEnd", "running", "backward").contains(f)) {
            focus = f;
        }
    }

    /** Whether the by-hand running statistics show their results (else "= ?", for the class to work out). */
    boolean runningShown() {
        return runningShown;
    }

    /** Whether the by-hand table goes on with the backward pass. */
    boolean backward() {
        return backward;
    }

    /** What the view scrolls to: "values" (the top), "statistics", "running" (the running statistics) or "backward". */
    String focus() {
        return focus;
    }

    double gamma() {
        return gamma;
    }

    double beta() {
        return beta;
    }

    Convention convention() {
        return convention;
    }

    boolean undo() {
        return undo;
    }

    boolean live() {
        return live;
    }

    /** The chosen hidden layer, from 0. */
    int layer() {
        return layer;
    }

    /**
     * The by-hand step on the lesson's 36 values: with the options' gamma and beta and the convention's
     * eps, or with the gamma and beta that undo it.
     */
    BnByHand example() {
        BnByHand h = BnByHand.of(BnByHandBatch.values(), gamma, beta, convention.defaultEps());
        return undo ? h.undone() : h;
    }

    /** Take a snapshot; false when it is the one already shown. */
    boolean accept(Snapshot s) {
        if (!SnapshotView.isNew(s, last)) {
            return false;
        }
        if (last != null && (s.step() < last.step() || !s.spec().equals(last.spec()))) {
            current = null; // a reset or a rebuild: the step before belongs to other networks
            previous = null;
        }
        last = s;
        TwinState t = s.normalized();
        if (!t.layers().isEmpty() && (current == null || t.probeStep() != current.step())) {
            previous = current;
            current = new Probed(t.probeStep(), t, s);
        }
        return true;
    }

    Snapshot last() {
        return last;
    }

    /** The live step of the chosen layer's probe unit, or why there is none. */
    LiveStep liveStep() {
        if (last == null || current == null) {
            return LiveStep.waiting(LiveStep.Why.NO_STEP);
        }
        if (last.normalized().norm() != NormKind.BATCH) {
            return LiveStep.waiting(LiveStep.Why.NOT_BATCH_NORM);
        }
        if (last.normalized().diverged() || last.normalized().layers().isEmpty()) {
            return LiveStep.waiting(LiveStep.Why.DIVERGED);
        }
        int l = Math.min(layer, current.twin().layers().size() - 1);
        LayerProbe p = current.twin().layers().get(l);
        if (p.values() == null || p.values().xhat() == null || p.values().size() < 2 || p.units().isEmpty()) {
            return LiveStep.waiting(LiveStep.Why.NO_STEP);
        }
        UnitStats before = null;
        if (previous != null && previous.step() == current.step() - 1 && l < previous.twin().layers().size()) {
            for (UnitStats u : previous.twin().layers().get(l).units()) {
                if (u.unit() == p.values().unit()) {
                    before = u;
                }
            }
        }
        return LiveStep.of(l, p, current.snapshot().settings(), undo, before,
                previous == null ? -1 : previous.step(), current.step());
    }
}
