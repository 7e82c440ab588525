package bnlab.app.runningstats;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.function.Consumer;

/**
 * Running statistics and inference: the BN twin's running mean and variance of a chosen unit against
 * the population values and the noisy batch values over the steps, the convention in use with its
 * half-life, and the train-mode minus eval-mode accuracy gap as the running statistics converge.
 * The layer and unit choices are local; the view sends nothing.
 */
public class RunningStatsView implements SnapshotView {
    private final RunningStatsModel model = new RunningStatsModel();
    private final RunningStatsPane pane = new RunningStatsPane(model);

    public RunningStatsView(Consumer<Command> send) {
        // the choices here are all local; send is kept for the common constructor contract
    }

    @Override
    public Node node() {
        return pane.root();
    }

    @Override
    public void show(Snapshot snapshot) {
        if (model.accept(snapshot)) {
            pane.show();
        }
    }

    RunningStatsModel model() {
        return model;
    }

    RunningStatsPane pane() {
        return pane;
    }
}
