package bnlab.app.saturation;

import bnlab.app.SnapshotView;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/**
 * The activation of the experiment, the saturation threshold (the one asked for until the engine
 * applies it, then the applied one), the chosen hidden layer (local) and the number of layers.
 */
final class SaturationModel {
    private final Consumer<Command> send;
    private final ReadOnlyObjectWrapper<ActivationKind> activation = new ReadOnlyObjectWrapper<>(ActivationKind.SIGMOID);
    private final ReadOnlyDoubleWrapper threshold = new ReadOnlyDoubleWrapper(0.05);
    private final ReadOnlyIntegerWrapper layer = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper layerCount = new ReadOnlyIntegerWrapper(0);
    private Snapshot last;
    private double pending = Double.NaN;

    SaturationModel(Consumer<Command> send) {
        this.send = send;
    }

    ReadOnlyObjectProperty<ActivationKind> activationProperty() {
        return activation.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty thresholdProperty() {
        return threshold.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty layerProperty() {
        return layer.getReadOnlyProperty();
    }

    ReadOnlyIntegerProperty layerCountProperty() {
        return layerCount.getReadOnlyProperty();
    }

    Snapshot last() {
        return last;
    }

    /** Take a snapshot; false when it is the one already shown. */
    boolean accept(Snapshot s) {
        if (!SnapshotView.isNew(s, last)) {
            return false;
        }
        last = s;
        activation.set(s.spec().activation());
        layerCount.set(s.spec().hidden().size());
        if (layer.get() >= layerCount.get()) {
            layer.set(0);
        }
        double applied = s.settings().saturationThreshold();
        // keep showing a requested threshold until the engine applied it (or refused it with a message)
        if (Double.isNaN(pending) || Math.abs(applied - pending) < 1e-12 || s.problem() != null) {
            pending = Double.NaN;
            threshold.set(applied);
        }
        return true;
    }

    /** Ask the engine to count a unit as saturated when f'(x) < t * max f'. */
    void requestThreshold(double t) {
        if (last == null || !(t > 0) || Math.abs(t - threshold.get()) < 1e-12) {
            return;
        }
        pending = t;
        threshold.set(t);
        send.accept(new Command.SetSaturationThreshold(t));
    }

    // before the first snapshot the number of layers is unknown (a lesson's step entered on launch): the layer is
    // kept, and the snapshot takes it back to the first where the network has fewer
    void chooseLayer(int l) {
        if (l >= 0 && (last == null || l < layerCount.get())) {
            layer.set(l);
        }
    }

    LayerProbe probe(TwinState twin) {
        if (twin == null || layer.get() >= twin.layers().size()) {
            return null;
        }
        return twin.layers().get(layer.get());
    }
}
