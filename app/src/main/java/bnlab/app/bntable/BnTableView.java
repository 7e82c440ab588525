package bnlab.app.bntable;

import bnlab.app.Configurable;
import bnlab.app.SnapshotView;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;

import java.util.Map;

/**
 * The BN transform by hand: one training-mode step on a batch [N, C, H, W] = [4, 1, 3, 3] (four 5x5
 * images through a 3x3 convolution), all 36 values of its channel, the sum, mean, biased and unbiased
 * variance, x_hat and y, and the running statistics after the step under PyTorch's and Keras'
 * conventions side by side, every number with enough digits to check by calculator. Live, the same rows
 * for the probed unit of a layer of the network with BN, and, when a snapshot is exactly one step after
 * the one before (paused, single steps), the running-statistics update written out and checked against
 * the engine. The view sends nothing.
 * <p>
 * Lesson options ({@link Configurable}); those not given keep their values:
 * <ul>
 * <li>{@code gamma}, {@code beta} (numbers, default 1 and 0): gamma and beta of the by-hand step;</li>
 * <li>{@code convention} ("PYTORCH" or "KERAS", default PYTORCH): whose eps the by-hand step uses
 *     (1e-5 or 1e-3); both conventions' running statistics are always shown;</li>
 * <li>{@code undo} (boolean): gamma = sqrt(var + eps) and beta = mu, so y equals x again (by hand and live);</li>
 * <li>{@code live} (boolean): show the network's probed unit instead of the lesson's batch;</li>
 * <li>{@code layer} (number, from 1): the hidden layer shown live (the probed unit is the engine's
 *     probe unit, setting PROBE_UNIT);</li>
 * <li>{@code backward} (boolean): the backward pass through BN: by hand for L = the sum of y over image 1,
 *     checked by central differences; live, from the engine's dL/dy, checked against the engine's dL/dx,
 *     dL/dgamma and dL/dbeta;</li>
 * <li>{@code focus} ("values", "statistics", "statisticsEnd", "running", "backward"): what the view scrolls to
 *     (statisticsEnd: the statistics' last lines, y's mean and spread, in sight);
 *     {@code showRunning} (boolean): false ends the by-hand running statistics in "= ?".</li>
 * </ul>
 */
public class BnTableView implements SnapshotView, Configurable {
    private final BnTableModel model = new BnTableModel();
    private final BnTablePane pane = new BnTablePane(model);

    public BnTableView() {
    }

    @Override
    public Node node() {
        return pane.root();
    }

    /** While training plays, the live table is typeset anew at most this often (paused: every step). */
    static final long PLAYING_REDRAW_NANOS = 250_000_000L;
    private long drawnStep = -2;
    private long drawnAt;

    @Override
    public void show(Snapshot snapshot) {
        // the by-hand table does not change with the training; the live one shows each new step
        if (!model.accept(snapshot) || !model.live()) {
            return;
        }
        long step = snapshot.normalized().probeStep();
        long now = System.nanoTime();
        boolean changed = step != drawnStep || !snapshot.playing();
        if (changed && (!snapshot.playing() || now - drawnAt >= PLAYING_REDRAW_NANOS)) {
            drawnStep = step;
            drawnAt = now;
            pane.refresh();
        }
    }

    /**
     * Options with a "focus" scroll the table to it (a lesson's step entering); without one (a step's button: gamma 2,
     * Keras) the table keeps where the class scrolled to, as lesson 3's image 3 was scrolled back out of view.
     */
    @Override
    public void configure(Map<String, Object> options) {
        model.configure(options);
        if (options.containsKey("focus")) {
            pane.show();
        } else {
            pane.refresh();
        }
    }

    BnTableModel model() {
        return model;
    }

    BnTablePane pane() {
        return pane;
    }
}
