package bnlab.app;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A test double for the engine: records commands and, like the engine, applies them to the next
 * snapshot: settings through each command's own {@link Command.Change#applyTo} and checked by the
 * settings' own rules (the very code the engine runs), so it refuses exactly what the engine refuses.
 */
public final class FakeSession implements SessionHandle {
    public final List<Command> sent = new CopyOnWriteArrayList<>();
    private volatile Snapshot latest = Snapshots.at(1, 0);
    private volatile boolean closed;

    @Override
    public void send(Command c) {
        sent.add(c);
        Snapshot s = latest;
        State state = c.accept(new Applier(s));
        Snapshot next = Snapshots.at(s.version() + 1, state.step, state.settings, state.spec, state.problem);
        latest = Snapshots.with(next, next.normalized(), next.plain(), state.playing);
    }

    private record State(TrainSettings settings, ExperimentSpec spec, long step, boolean playing, Problem problem) {
    }

    /** Every kind of command, as the engine's handler treats it (without networks). */
    private static final class Applier implements Command.Visitor<State> {
        private final Snapshot s;

        Applier(Snapshot s) {
            this.s = s;
        }

        private State same() {
            return new State(s.settings(), s.spec(), s.step(), s.playing(), null);
        }

        @Override
        public State change(Command.Change c) {
            TrainSettings next = c.applyTo(s.settings());
            Problem p = next.problemWith(s.spec());
            return new State(p == null ? next : s.settings(), s.spec(), s.step(), s.playing(), p);
        }

        @Override
        public State rebuild(Command.Rebuild c) {
            Problem p = c.spec().problem();
            return p != null ? new State(s.settings(), s.spec(), s.step(), s.playing(), p)
                    : new State(s.settings(), c.spec(), 0, s.playing(), null);
        }

        @Override
        public State open(Command.Open c) {
            Problem p = c.spec().problem();
            if (p == null) {
                p = c.settings().problemWith(c.spec());
            }
            return p != null ? new State(s.settings(), s.spec(), s.step(), s.playing(), p)
                    : new State(c.settings(), c.spec(), 0, s.playing(), null);
        }

        @Override
        public State reset(Command.Reset c) {
            return new State(s.settings(), s.spec(), 0, s.playing(), null);
        }

        @Override
        public State resetTwin(Command.ResetTwin c) {
            return same();
        }

        @Override
        public State play(Command.Play c) {
            return new State(s.settings(), s.spec(), s.step(), true, null);
        }

        @Override
        public State pause(Command.Pause c) {
            return new State(s.settings(), s.spec(), s.step(), false, null);
        }

        @Override
        public State step(Command.Step c) {
            return new State(s.settings(), s.spec(), s.step() + c.n(), s.playing(), null);
        }

        @Override
        public State stepTo(Command.StepTo c) {
            return new State(s.settings(), s.spec(), Math.max(s.step(), c.step()), s.playing(), null);
        }

        @Override
        public State computeLandscape(Command.ComputeLandscape c) {
            return same();
        }

        @Override
        public State cancelLandscape(Command.CancelLandscape c) {
            return same();
        }

        // refused as the engine refuses it: no such hidden layer, or a factor out of its range
        @Override
        public State scaleWeights(Command.ScaleWeights c) {
            int depth = s.spec().hidden().size();
            Problem p = c.layer() < 0 || c.layer() >= depth
                    ? Problem.of(bnlab.engine.api.SettingProblem.NO_SUCH_LAYER, c.layer() + 1, depth)
                    : bnlab.engine.api.Setting.WEIGHT_SCALE.check(c.factor());
            return new State(s.settings(), s.spec(), s.step(), s.playing(), p);
        }
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
