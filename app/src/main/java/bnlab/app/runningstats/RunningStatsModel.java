package bnlab.app.runningstats;

import bnlab.engine.api.Convention;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Time series of the BN twin's running, population and batch statistics for every probed unit of
 * every layer (accumulated only when the step advances, cleared when it goes back), the train-mode
 * minus eval-mode accuracy gap at each evaluation, the chosen layer and unit (local choices) and the
 * convention read-out.
 */
final class RunningStatsModel {
    static final int CAP = 600;
    /** Columns of a unit's series. */
    static final int RUN_MEAN = 0, POP_MEAN = 1, BATCH_MEAN = 2, RUN_VAR = 3, POP_VAR = 4, BATCH_VAR = 5;

    private final Map<Long, DecimatingSeries> units = new HashMap<>();
    final DecimatingSeries gap = new DecimatingSeries(CAP, 1);
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper slot = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper convention = new ReadOnlyStringWrapper("");
    private Snapshot last;
    private long lastEvalStep = -1;

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

    /** Take a snapshot; false when nothing changed (same version, or same step and settings). */
    boolean accept(Snapshot s) {
        if (s == null || (last != null && s.version() == last.version())) {
            return false;
        }
        Snapshot before = last;
        last = s;
        convention.set(describe(s.settings()));
        if (before != null && (s.step() < before.step() || !s.spec().equals(before.spec()))) {
            units.clear();
            gap.clear();
            lastEvalStep = -1;
        }
        if (before != null && s.step() == before.step() && s.spec().equals(before.spec())) {
            return !s.settings().equals(before.settings());
        }
        TwinState bn = s.normalized();
        for (LayerProbe p : bn.layers()) {
            for (int k = 0; k < p.units().length; k++) {
                units.computeIfAbsent(key(p.layer(), k), q -> new DecimatingSeries(CAP, 6)).add(s.step(),
                        at(p.runningMean(), k), at(p.populationMean(), k), at(p.batchMean(), k),
                        at(p.runningVar(), k), at(p.populationVar(), k), at(p.batchVar(), k));
            }
        }
        if (!bn.layers().isEmpty() && bn.evalStep() > lastEvalStep) {
            lastEvalStep = bn.evalStep();
            gap.add(bn.evalStep(), bn.trainAccTrainMode() - bn.trainAccEvalMode());
        }
        return true;
    }

    /** The chosen unit's series, or null before the first step. */
    DecimatingSeries chosen() {
        return units.get(key(layer.get(), slot.get()));
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
    }

    /** Choose the k-th probed unit of the layer (an index into LayerProbe.units). */
    void chooseSlot(int k) {
        slot.set(Math.max(0, k));
    }

    /** "PyTorch m = 0.1 (new batch weight 0.1), half-life 6.6 steps" */
    static String describe(TrainSettings t) {
        Convention c = t.convention();
        double m = t.bnMomentum();
        double h = c.halfLifeSteps(m);
        String half = Double.isInfinite(h) ? "never forgets" : String.format(java.util.Locale.ROOT,
                "half-life %.1f steps", h);
        return c + " m = " + plain(m) + " (new batch weight " + plain(c.newBatchWeight(m)) + "), " + half;
    }

    private static String plain(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(String.format(java.util.Locale.ROOT, "%.6f", v)).stripTrailingZeros().toPlainString();
    }

    private static double at(double[] a, int k) {
        return a != null && k < a.length ? a[k] : Double.NaN;
    }

    private static long key(int layer, int slot) {
        return ((long) layer << 32) | slot;
    }
}
