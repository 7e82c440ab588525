package bnlab.app.runningstats;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Running statistics and inference: the BN twin's running mean and variance of a chosen unit against
 * the population values and the noisy batch values over the steps, the convention in use with its
 * half-life, and the train-mode minus eval-mode accuracy gap as the running statistics converge.
 * The layer and unit choices are local; the view sends nothing.
 *
 * <p>Lesson options, counted from 1 as the choosers show them: {@code "layer"} the hidden layer whose
 * statistics show; {@code "unit"} the unit among the probed ones (the engine probes the probe unit and
 * the next two: set {@code PROBE_UNIT}, 0-based, to probe others). A unit not probed yet is chosen as
 * soon as it is; {@code "previous"}: {@code "forget"} drops the previous run and keeps none of the runs so far
 * when the twins next start again (a lesson step whose comparison begins afresh), true or false draws the one
 * kept or not (the view's check box); {@code "holdRange"}: true keeps the mean and variance axes wide enough for
 * every line shown from then on (a run with another batch size reads on the last one's axis), false fits them to
 * the lines shown again. Other options are ignored.
 *
 * <p>The previous run: when the twins start again on the same network, data and seed with other settings, the
 * run before is kept and its running mean, running variance and accuracy gap drawn dotted beside the new run's,
 * named by the settings it had (lesson 5's α = 0.1 against 0.01, lesson 6's batches of 4 against 60).
 */
public class RunningStatsView implements SnapshotView, Configurable {
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

    @Override
    public void configure(Map<String, Object> options) {
        if (options.get("layer") instanceof Number n) {
            model.chooseLayer(n.intValue() - 1);
        }
        if (options.get("unit") instanceof Number n) {
            model.chooseUnit(n.intValue() - 1);
        }
        if (options.get("holdRange") instanceof Boolean b) {
            pane.holdRanges(b);
        }
        Object previous = options.get("previous");
        if ("forget".equals(previous)) {
            model.forgetPrevious();
        } else if (previous instanceof Boolean b) {
            model.showPrevious(b);
        }
        pane.show();
    }

    /** The unit whose statistics show, 0-based, or -1 before one is probed. */
    public int shownUnit() {
        bnlab.engine.api.UnitStats u = model.unit();
        return u == null ? -1 : u.unit();
    }

    RunningStatsModel model() {
        return model;
    }

    RunningStatsPane pane() {
        return pane;
    }
}
