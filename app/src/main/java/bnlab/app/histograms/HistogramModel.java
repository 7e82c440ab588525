package bnlab.app.histograms;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.function.Consumer;

/**
 * What the histogram view shows: the chosen hidden layer (a local choice), the probe unit as the engine
 * applied it (-1 pools all units; changed by a SetProbes command), the number of layers and of units,
 * and whether faded history slices are drawn.
 */
final class HistogramModel {
    /** What a new snapshot means for the panels. */
    enum Change { NONE, SAME_STEP, NEW_STEP, RESTART }

    private final Consumer<Command> send;
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper layerCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper unit = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper unitCount = new ReadOnlyIntegerWrapper(0);
    private final BooleanProperty history = new SimpleBooleanProperty(false);
    private Snapshot last;

    HistogramModel(Consumer<Command> send) {
        this.send = send;
    }

    ReadOnlyIntegerProperty layerProperty() {
        return layer.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty layerCountProperty() {
        return layerCount.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty unitProperty() {
        return unit.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty unitCountProperty() {
        return unitCount.getReadOnlyProperty();
    }

    BooleanProperty historyProperty() {
        return history;
    }

    Snapshot last() {
        return last;
    }

    /** Take a snapshot; tells whether the step advanced, stayed, or restarted (rebuild or new probe unit). */
    Change accept(Snapshot s) {
        if (!SnapshotView.isNew(s, last)) {
            return Change.NONE;
        }
        Snapshot before = last;
        last = s;
        int layers = s.spec().hidden().size();
        layerCount.set(layers);
        if (layer.get() >= layers) {
            layer.set(0);
        }
        unitCount.set(s.spec().hidden().get(layer.get()));
        unit.set(s.settings().probeUnit());
        if (before == null) {
            return Change.RESTART;
        }
        boolean rebuilt = s.step() < before.step() || !s.spec().equals(before.spec());
        if (rebuilt || s.settings().probeUnit() != before.settings().probeUnit()
                || s.settings().histBins() != before.settings().histBins()) {
            return Change.RESTART;
        }
        return s.step() > before.step() ? Change.NEW_STEP : Change.SAME_STEP;
    }

    /** Choose the hidden layer to show (0-based); a local choice, nothing is sent. */
    void chooseLayer(int l) {
        if (l >= 0 && l < Math.max(1, layerCount.get()) && l != layer.get()) {
            layer.set(l);
            if (last != null) {
                unitCount.set(last.spec().hidden().get(l));
            }
        }
    }

    /** Ask the engine to histogram unit {@code u} (-1: all units pooled); the unit changes when it applied it. */
    void chooseUnit(int u) {
        if (last == null || u == last.settings().probeUnit()) {
            return;
        }
        send.accept(new Command.SetProbeUnit(u));
    }

    /** The chosen layer's probe of a twin, or null before the first step. */
    LayerProbe probe(TwinState twin) {
        if (twin == null || layer.get() >= twin.layers().size()) {
            return null;
        }
        return twin.layers().get(layer.get());
    }
}
