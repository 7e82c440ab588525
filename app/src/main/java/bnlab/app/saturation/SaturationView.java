package bnlab.app.saturation;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * Saturation and vanishing gradients: the activation f and f' with the saturated regions shaded
 * (f'(x) < threshold * max f', threshold on a slider) over a window around f's responsive region, the
 * chosen layer's input histograms of both twins over them with what lies beyond the window counted,
 * and per layer the saturated fraction, the back-propagated signal ||dL/dz_l|| (also relative to the
 * top layer) and ||dL/dW_l|| of both twins.
 */
public class SaturationView implements SnapshotView, bnlab.app.Configurable {
    private final SaturationModel model;
    private final SaturationPane pane;

    public SaturationView(Consumer<Command> send) {
        model = new SaturationModel(send);
        pane = new SaturationPane(model);
    }

    @Override
    public Node node() {
        return pane.root();
    }

    @Override
    public void show(Snapshot snapshot) {
        if (!model.accept(snapshot)) {
            return;
        }
        pane.show();
    }

    /** A lesson's options: "layer" (from 1, as on screen). */
    @Override
    public void configure(java.util.Map<String, Object> options) {
        if (options.get("layer") instanceof Number n) {
            model.chooseLayer(n.intValue() - 1);
            pane.show();
        }
    }

    SaturationModel model() {
        return model;
    }

    SaturationPane pane() {
        return pane;
    }
}
