package bnlab.app.saturation;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * Saturation and vanishing gradients: the activation f and f' with the saturated regions shaded
 * (f'(x) < threshold * max f', threshold on a slider), the chosen layer's pre-activation histograms of
 * both twins over them, and per layer the saturated fraction and ||dL/dW|| of both twins.
 */
public class SaturationView implements SnapshotView {
    private final SaturationModel model;
    private final SaturationPane pane;
    private long lastStep = -1;
    private Object lastSpec;

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
        // a rebuild: the step went back or the experiment changed
        boolean restart = snapshot.step() < lastStep || (lastSpec != null && !lastSpec.equals(snapshot.spec()));
        lastStep = snapshot.step();
        lastSpec = snapshot.spec();
        pane.show(restart);
    }

    SaturationModel model() {
        return model;
    }

    SaturationPane pane() {
        return pane;
    }
}
