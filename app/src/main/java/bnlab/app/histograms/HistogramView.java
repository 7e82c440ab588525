package bnlab.app.histograms;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * Activation histograms before and after normalization, for one hidden layer and one unit (or all
 * units pooled): the layer input x, x_hat = (x - mu) / sqrt(var + eps) and y = gamma x_hat + beta of
 * the BN twin, and the no-BN twin's input at the same place, with mean and std read-outs.
 */
public class HistogramView implements SnapshotView {
    private final HistogramModel model;
    private final HistogramPane pane;

    public HistogramView(Consumer<Command> send) {
        model = new HistogramModel(send);
        pane = new HistogramPane(model);
        // another layer: redraw the last snapshot from scratch; the history toggle: redraw as is
        model.layerProperty().addListener((o, a, b) -> redraw());
        model.historyProperty().addListener((o, a, b) -> {
            if (model.last() != null) {
                pane.show(HistogramModel.Change.SAME_STEP);
            }
        });
    }

    @Override
    public Node node() {
        return pane.root();
    }

    @Override
    public void show(Snapshot snapshot) {
        pane.show(model.accept(snapshot));
    }

    private void redraw() {
        if (model.last() != null) {
            pane.show(HistogramModel.Change.RESTART);
        }
    }

    HistogramModel model() {
        return model;
    }

    HistogramPane pane() {
        return pane;
    }
}
