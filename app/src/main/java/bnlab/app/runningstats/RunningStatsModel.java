package bnlab.app.runningstats;

import bnlab.app.SnapshotView;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.UnitHistory;
import bnlab.engine.api.UnitStats;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the running-statistics view shows: the chosen layer and probed unit (local choices), the
 * convention read-out, and the series of the normalized twin that the engine keeps (running,
 * population and batch statistics of the unit; train-mode and eval-mode accuracies). The view keeps
 * no history of its own, only the last snapshot of the previous run ({@link PreviousRun}) to draw beside this one.
 */
final class RunningStatsModel {
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper slot = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper convention = new ReadOnlyStringWrapper("");
    private Snapshot last;
    /** A unit asked for (0-based) that the chosen layer's probe did not hold yet, or -1. */
    private int wantedUnit = -1;
    /** The run before this one, kept while the twins start again with other settings on the same spec, or null. */
    private PreviousRun previous;
    /** This run's snapshot at which its step count last changed: its settings are those it trained with. */
    private Snapshot stepped;
    /** Runs up to this one ({@link Snapshot#run}) are not kept as a previous run: {@link #forgetPrevious}. */
    private long forgotten;
    private boolean showPrevious = true;

    ReadOnlyIntegerProperty layerProperty() {
        return layer.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty slotProperty() {
        return slot.getReadOnlyProperty();
    }

    ReadOnlyStringProperty conventionProperty() {
        return convention.getReadOnlyProperty();
    }

    Snapshot last() {
        return last;
    }

    /** Take a snapshot; false when it is the one already shown. */
    boolean accept(Snapshot s) {
        if (!SnapshotView.isNew(s, last)) {
            return false;
        }
        follow(s);
        last = s;
        resolveWanted();
        convention.set(describe(s.settings()));
        return true;
    }

    // a new run keeps the one before it when both are of the same network, data and seed and trained otherwise;
    // after a start again with the same settings the run before that stays (it still differs)
    private void follow(Snapshot s) {
        if (last != null && s.run() != last.run()) {
            TrainSettings trained = trained(); // the ending run's, as last and stepped are still its
            if (last.run() > forgotten && last.step() > 0 && last.spec().equals(s.spec())
                    && !PreviousRun.alike(trained, s.settings())) {
                previous = new PreviousRun(last, trained);
            } else if (previous != null && !previous.last().spec().equals(s.spec())) {
                previous = null;
            }
            stepped = null;
        }
        if (stepped == null || s.step() != stepped.step()) {
            stepped = s;
        }
    }

    /** The settings this run trained with: those at its last step (a setting changed since has not trained yet). */
    TrainSettings trained() {
        return (stepped == null ? last : stepped).settings();
    }

    /** The previous run to draw, or null (none kept, or hidden). */
    PreviousRun previous() {
        return showPrevious ? previous : null;
    }

    /** Whether a previous run is kept (drawn or hidden). */
    boolean hasPrevious() {
        return previous != null;
    }

    boolean showsPrevious() {
        return showPrevious;
    }

    void showPrevious(boolean show) {
        showPrevious = show;
    }

    /** Drop the previous run, and keep none of the runs so far when the twins start again. */
    void forgetPrevious() {
        previous = null;
        forgotten = last == null ? forgotten : last.run();
    }

    /** The chosen unit's series (running, population, batch statistics), or null before it was probed. */
    UnitHistory chosen() {
        return chosen(last);
    }

    /** The chosen unit's series in snapshot s (the previous run's last one, say), or null where it was not probed. */
    UnitHistory chosen(Snapshot s) {
        UnitStats u = unit();
        return u == null || s == null ? null : s.normalized().history().unit(layer.get(), u.unit());
    }

    /** The chosen probed unit, or null. */
    UnitStats unit() {
        LayerProbe p = probe();
        return p == null || slot.get() >= p.units().size() ? null : p.units().get(slot.get());
    }

    /** train-mode minus eval-mode training accuracy at each evaluation: (steps, gaps). */
    double[][] gap() {
        return gap(last);
    }

    /** The gap in snapshot s. */
    static double[][] gap(Snapshot s) {
        Series a = s.normalized().history().accuracy();
        double[] train = a.column(TwinHistory.TRAIN_TRAIN_MODE);
        double[] eval = a.column(TwinHistory.TRAIN_EVAL_MODE);
        double[] g = new double[train.length];
        for (int i = 0; i < g.length; i++) {
            g[i] = train[i] - eval[i];
        }
        return new double[][] {a.xs(), g};
    }

    /** The chosen layer's probe in the last snapshot, or null. */
    LayerProbe probe() {
        if (last == null || layer.get() >= last.normalized().layers().size()) {
            return null;
        }
        return last.normalized().layers().get(layer.get());
    }

    void chooseLayer(int l) {
        layer.set(Math.max(0, l));
        resolveWanted();
    }

    /** Choose the k-th probed unit of the layer (an index into LayerProbe.units). */
    void chooseSlot(int k) {
        slot.set(Math.max(0, k));
        wantedUnit = -1;
    }

    /** Choose a unit by its index in the layer: now if it is probed, else as soon as it is. */
    void chooseUnit(int unit) {
        wantedUnit = Math.max(0, unit);
        resolveWanted();
    }

    // the slot of the unit asked for, once the chosen layer's probe holds it
    private void resolveWanted() {
        LayerProbe p = probe();
        for (int k = 0; p != null && wantedUnit >= 0 && k < p.units().size(); k++) {
            if (p.units().get(k).unit() == wantedUnit) {
                slot.set(k);
                wantedUnit = -1;
            }
        }
    }

    /**
     * "PyTorch momentum 0.1 (new batch weight α = 0.1), half-life 6.6 steps"; a momentum typed in the other framework's
     * habit (PyTorch's 0.9 or more, Keras's 0.1 or less: the running averages follow every batch, or hardly move) is
     * named so, with
     * its equivalent: Keras 0.99 is PyTorch 0.01 (CONCEPTS' "conventions that confuse everyone").
     */
    static String describe(TrainSettings t) {
        Convention c = t.convention();
        double m = t.bnMomentum();
        double h = c.halfLifeSteps(m);
        String s = I18n.get("runningStats.convention", c, m, c.newBatchWeight(m),
                Double.isInfinite(h) ? I18n.get("runningStats.neverForgets") : I18n.get("controls.halfLife", bnlab.app.i18n.Numbers.tenths(h)));
        boolean otherHabit = c == Convention.PYTORCH ? m >= 0.9 : c == Convention.KERAS && m <= 0.1;
        return otherHabit ? I18n.then(s, I18n.get("runningStats.otherHabit." + c.name(), m, 1 - m)) : s;
    }
}
