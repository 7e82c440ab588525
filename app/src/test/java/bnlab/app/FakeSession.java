package bnlab.app;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test double for the engine: records commands and, like the engine, applies the settings ones to
 * the next snapshot. It refuses a batch size of 1 with a message, and clamps nothing else.
 */
public final class FakeSession implements SessionHandle {
    public final List<Command> sent = new CopyOnWriteArrayList<>();
    private volatile Snapshot latest = Snapshots.at(1, 0);
    private volatile boolean closed;

    @Override
    public void send(Command c) {
        sent.add(c);
        Snapshot s = latest;
        TrainSettings t = s.settings();
        ExperimentSpec spec = s.spec();
        String message = null;
        long step = s.step();
        boolean playing = s.playing();
        if (c instanceof Command.SetLearningRate r) {
            t = t.withLearningRate(r.value());
        } else if (c instanceof Command.SetOptimizerMomentum r) {
            t = t.withOptimizerMomentum(r.value());
        } else if (c instanceof Command.SetBnMomentum r) {
            t = t.withBn(r.value(), t.convention(), t.eps());
        } else if (c instanceof Command.SetConvention r) {
            t = t.withBn(r.convention().momentumForNewBatchWeight(t.convention().newBatchWeight(t.bnMomentum())),
                    r.convention(), t.eps());
        } else if (c instanceof Command.SetEps r) {
            t = t.withBn(t.bnMomentum(), t.convention(), r.value());
        } else if (c instanceof Command.SetBatchSize r) {
            if (r.value() < 2) {
                message = "batch size 1 refused: BN needs at least 2 samples per batch";
            } else {
                t = t.withBatchSize(r.value());
            }
        } else if (c instanceof Command.PinGamma r) {
            t = t.withPins(r.value(), t.pinnedBeta(), r.layer());
        } else if (c instanceof Command.PinBeta r) {
            t = t.withPins(t.pinnedGamma(), r.value(), r.layer());
        } else if (c instanceof Command.SetSpeed r) {
            t = t.withSpeed(r.stepsPerSecond());
        } else if (c instanceof Command.Rebuild r) {
            spec = r.spec();
            step = 0;
        } else if (c instanceof Command.Reset) {
            step = 0;
        } else if (c instanceof Command.Play) {
            playing = true;
        } else if (c instanceof Command.Pause) {
            playing = false;
        } else if (c instanceof Command.Step r) {
            step += r.n();
        }
        Snapshot next = Snapshots.at(s.version() + 1, step, t, spec, message);
        latest = Snapshots.with(next, next.normalized(), next.plain(), playing);
    }

    /** Publish a snapshot as the engine thread would. */
    public void publish(Snapshot s) {
        latest = s;
    }

    @Override
    public Snapshot latest() {
        return latest;
    }

    @Override
    public void close() {
        closed = true;
    }

    public boolean closed() {
        return closed;
    }

    public <T extends Command> T last(Class<T> type) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (type.isInstance(sent.get(i))) {
                return type.cast(sent.get(i));
            }
        }
        return null;
    }
}
