package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine thread's state machine: owns the runner, applies commands (every kind, through the
 * exhaustive {@link Command.Visitor}), paces and traces steps. A command that would not work publishes
 * its {@link Problem} and changes nothing.
 */
final class CommandHandler implements Command.Visitor<Problem> {
    private final DataType type;
    /** The plain twin's worker during steps and evaluations; the engine thread owns both twins otherwise. */
    private final TwinThreads threads = TwinThreads.parallel();
    private final SnapshotBuilder builder = new SnapshotBuilder();
    private final Pacer pacer = new Pacer();
    private final Chunks chunks = new Chunks();
    private final AtomicReference<LandscapeState> landscapeOut;
    private TwinRunner runner;
    private ExperimentSpec spec;
    private Dataset data;
    private boolean playing;
    private int pendingSteps;
    private boolean dirty = true;
    private Problem problem;
    private long version;
    /** Builds of the twins so far ({@link Snapshot#run}). */
    private long builds;
    private LandscapeJob landscapeJob;
    /**
     * A landscape asked for while steps were still to run (paused): computed once they have run, so its result is
     * the weights at the step asked for. Lesson 11 steps to 300, then its button computes: pressed before the 300
     * steps were done, the surface was of whatever step the twins had reached, and its centre loss changed from
     * one launch to the next (0.4233 to 0.475; a teacher's review).
     */
    private Command.ComputeLandscape waitingLandscape;
    private long waitingId;
    private long landscapeRequests;

    private final bnlab.engine.api.EvalRows evalRows;
    /** The experiment and settings the twins last took a step with (they fitted in memory), or null before one. */
    private Fitted fitted;
    /** The experiment being built, until it is (the one a failure to allocate names), or null. */
    private Fitted building;

    private record Fitted(ExperimentSpec spec, TrainSettings settings, Dataset data) {
    }

    CommandHandler(DataType type, AtomicReference<LandscapeState> landscapeOut) {
        this(type, landscapeOut, bnlab.engine.api.EvalRows.DEFAULT);
    }

    CommandHandler(DataType type, AtomicReference<LandscapeState> landscapeOut, bnlab.engine.api.EvalRows evalRows) {
        this.type = type;
        this.landscapeOut = landscapeOut;
        this.evalRows = evalRows;
    }

    /** Build the twins; an unusable spec or settings is an IllegalArgumentException naming its problem. */
    void build(ExperimentSpec s, TrainSettings settings, Dataset d) {
        Problem p = s.problemWith(d);
        if (p == null) {
            p = settings.problemWith(s);
        }
        if (p != null) {
            throw new IllegalArgumentException(p.toString());
        }
        TwinRunner old = runner;
        building = new Fitted(s, settings, d);
        runner = new TwinRunner(s, d, settings, type, threads, evalRows);
        builds++;
        if (old != null) {
            old.close(); // its data and buffers now, not when a collection finds them
        }
        spec = s;
        data = d;
        builder.forget();
        // the views show the networks as they start, before any step
        runner.look();
        builder.afterLook(runner);
        building = null;
        pendingSteps = 0;
        dirty = true;
    }

    boolean idle() {
        return !playing && pendingSteps == 0 && landscapeJob == null && waitingLandscape == null;
    }

    boolean playing() {
        return playing;
    }

    boolean dirty() {
        return dirty;
    }

    void apply(Command c) {
        if ((landscapeJob != null || waitingLandscape != null) && changesTheNetworks(c)) {
            cancelLandscape(Problem.of(RunProblem.LANDSCAPE_NETWORKS_CHANGED));
        }
        problem = c.accept(this);
        dirty = true;
    }

    private static boolean changesTheNetworks(Command c) {
        return c instanceof Command.Change ch ? ch.changesTheNetworks()
                : c instanceof Command.Rebuild || c instanceof Command.Open || c instanceof Command.Reset
                || c instanceof Command.ResetTwin || c instanceof Command.ScaleWeights;
    }

    // ---- the commands: each returns the problem that refused it, or null ----

    @Override
    public Problem change(Command.Change c) {
        TrainSettings next = c.applyTo(runner.settings());
        Problem p = next.problemWith(spec);
        if (p == null) {
            runner.apply(next);
        }
        return p;
    }

    @Override
    public Problem rebuild(Command.Rebuild c) {
        return rebuildWith(c.spec(), runner.settings(), c.data());
    }

    @Override
    public Problem open(Command.Open c) {
        return rebuildWith(c.spec(), c.settings(), c.data());
    }

    private Problem rebuildWith(ExperimentSpec s, TrainSettings settings, Dataset d) {
        Problem p = s.problemWith(d);
        if (p == null) {
            p = settings.problemWith(s);
        }
        if (p == null) {
            build(s, settings, d);
        }
        return p;
    }

    @Override
    public Problem reset(Command.Reset c) {
        build(spec, runner.settings(), data);
        return null;
    }

    @Override
    public Problem resetTwin(Command.ResetTwin c) {
        runner.resetTwin(c.normalizedTwin());
        builder.forget(c.normalizedTwin());
        return null;
    }

    @Override
    public Problem play(Command.Play c) {
        playing = true;
        return null;
    }

    @Override
    public Problem pause(Command.Pause c) {
        playing = false;
        pendingSteps = 0;
        return null;
    }

    @Override
    public Problem step(Command.Step c) {
        if (!playing) {
            pendingSteps += Math.max(0, c.n());
        }
        return null;
    }

    // the step count once the pending steps are run is stepCount + pendingSteps: raise it to c.step()
    @Override
    public Problem stepTo(Command.StepTo c) {
        if (!playing) {
            long missing = c.step() - runner.stepCount();
            pendingSteps = (int) Math.max(pendingSteps, Math.min(Integer.MAX_VALUE, missing));
        }
        return null;
    }

    // a new request replaces a running one; an invalid one only publishes its problem
    @Override
    public Problem computeLandscape(Command.ComputeLandscape c) {
        long id = ++landscapeRequests;
        if (landscapeJob != null) {
            landscapeJob.close();
        }
        landscapeJob = null;
        waitingLandscape = null;
        Problem p = LandscapeJob.problem(c);
        if (p != null) {
            landscapeOut.set(noGrid(id, false, p));
        } else if (!playing && pendingSteps > 0) {
            waitingLandscape = c;
            waitingId = id;
            landscapeOut.set(noGrid(id, true, null));
        } else {
            startLandscape(id, c);
        }
        return null;
    }

    // a request's state before any row of its grid: refused, waiting for its steps, or cancelled while it waited
    private static LandscapeState noGrid(long id, boolean running, Problem p) {
        return new LandscapeState(id, running, 0, p, List.of(), 0, null);
    }

    private void startLandscape(long id, Command.ComputeLandscape c) {
        try {
            landscapeJob = new LandscapeJob(id, c, runner);
        } catch (OutOfMemoryError e) {
            landscapeJob = null;
            landscapeOut.set(noGrid(id, false, Problem.of(RunProblem.LANDSCAPE_OUT_OF_MEMORY, heapMiB())));
            return;
        }
        landscapeOut.set(landscapeJob.running());
    }

    @Override
    public Problem cancelLandscape(Command.CancelLandscape c) {
        cancelLandscape(Problem.of(RunProblem.LANDSCAPE_CANCELLED));
        return null;
    }

    // the hidden layer must exist (the problem counts layers from 1, as the views do) and the factor be in range
    @Override
    public Problem scaleWeights(Command.ScaleWeights c) {
        int depth = spec.hidden().size();
        if (c.layer() < 0 || c.layer() >= depth) {
            return Problem.of(SettingProblem.NO_SUCH_LAYER, c.layer() + 1, depth);
        }
        Problem p = Setting.WEIGHT_SCALE.check(c.factor());
        if (p == null) {
            runner.scaleWeights(c.layer(), c.factor());
        }
        return p;
    }

    private void cancelLandscape(Problem why) {
        if (waitingLandscape != null) {
            landscapeOut.set(noGrid(waitingId, false, why));
            waitingLandscape = null;
        }
        if (landscapeJob != null) {
            landscapeOut.set(landscapeJob.cancelled(why));
            landscapeJob.close();
            landscapeJob = null;
        }
    }

    /** One grid row of one twin; training waits (playing and pending steps are kept) until the grid is done. */
    private void landscapeRow() {
        LandscapeJob job = landscapeJob;
        try {
            if (!job.done()) {
                job.step();
            }
            landscapeOut.set(job.done() ? job.finished() : job.running());
            if (job.done()) {
                landscapeJob = null;
                job.close();
            }
        } catch (RuntimeException e) {
            landscapeJob = null;
            job.close();
            landscapeOut.set(job.cancelled(Problem.of(RunProblem.LANDSCAPE_FAILED, describe(e))));
        } catch (OutOfMemoryError e) {
            // the grid's passes over its samples did not fit beside the networks: the landscape stops, training stays
            landscapeJob = null;
            job.close();
            landscapeOut.set(job.cancelled(Problem.of(RunProblem.LANDSCAPE_OUT_OF_MEMORY, heapMiB())));
        }
    }

    /**
     * Honour the speed limit, then run one step of both twins; the step records its trace when
     * {@code traceWanted} (a snapshot will be published after it), and while paused when it is a probed
     * step or the last of a Step command (Step(50) with probes every 10 steps records 5 traces, as
     * playing does, not 50).
     */
    boolean paceAndStep(boolean publishDue) throws InterruptedException {
        if (waitingLandscape != null && (pendingSteps == 0 || playing)) {
            Command.ComputeLandscape c = waitingLandscape;
            waitingLandscape = null;
            startLandscape(waitingId, c);
        }
        if (landscapeJob != null) {
            landscapeRow();
            return false;
        }
        double speed = runner.settings().stepsPerSecond();
        if (playing && !pacer.due(speed)) {
            return false;
        }
        int k = 1;
        boolean traced;
        if (!playing) {
            // stepping traces what playing would (every probeEvery steps) and the last step asked for
            traced = pendingSteps <= 1 || nextStepProbed();
        } else if (speed > 0) {
            traced = publishDue && nextStepProbed();
        } else {
            // flat out: a chunk of steps, ending traced at a probed step when a snapshot is due
            k = chunks.next(runner.stepCount(), runner.settings().evalEvery());
            int toProbe = stepsToProbe();
            traced = publishDue && toProbe <= k;
            if (traced) {
                k = toProbe;
            }
        }
        long start = System.nanoTime();
        runner.steps(k, traced);
        if (fitted == null || fitted.spec() != spec || fitted.settings() != runner.settings() || fitted.data() != data) {
            fitted = new Fitted(spec, runner.settings(), data);
        }
        if (!traced) {
            chunks.took(k, System.nanoTime() - start);
        }
        builder.afterStep(runner, playing);
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        pacer.stepped(k);
        dirty = true;
        if (runner.normalized().diverged() && runner.plain().diverged()) {
            playing = false;
            pendingSteps = 0;
        }
        return traced;
    }

    // steps until the next one that probes are taken at: 1 when the next step is
    private int stepsToProbe() {
        int every = Math.max(1, runner.settings().probeEvery());
        return (int) (every - runner.stepCount() % every);
    }

    /** Whether the next step is one that probes are taken at (every probeEvery steps). */
    boolean nextStepProbed() {
        return stepsToProbe() == 1;
    }

    /** The engine thread stops: the worker too, and the networks' data is released. */
    void close() {
        waitingLandscape = null;
        if (landscapeJob != null) {
            landscapeJob.close();
            landscapeJob = null;
        }
        threads.close();
        if (runner != null) {
            runner.close();
        }
    }

    void fail(RuntimeException e) {
        playing = false;
        pendingSteps = 0;
        problem = Problem.of(RunProblem.TRAINING_FAILED, describe(e));
        dirty = true;
    }

    /**
     * An allocation failed: the networks, their batch and the traces of a step (several copies of every layer's
     * batch of values) need more memory than the engine has. Training stops; the twins that did not fit are let go
     * and built anew as they last took a step (the experiment before, or the settings before a larger batch), else
     * as the default experiment on the same data; the problem says why. A failure to build even those is left to
     * the caller (the session cannot go on).
     */
    void outOfMemory() {
        playing = false;
        pendingSteps = 0;
        cancelLandscape(Problem.of(RunProblem.LANDSCAPE_NETWORKS_CHANGED));
        // what did not fit: the experiment being built (its runner, or its first look, failed), else the one stepping
        Fitted big = building != null ? building : new Fitted(spec, runner.settings(), data);
        building = null;
        if (runner != null) {
            runner.close();
            runner = null;
        }
        Fitted back = fitted != null ? fitted
                : new Fitted(ExperimentSpec.defaults(), TrainSettings.defaults(), data);
        build(back.spec(), back.settings(), back.data());
        problem = Problem.of(RunProblem.OUT_OF_MEMORY, widths(big.spec()), big.settings().batchSize(), heapMiB(),
                fitted != null);
        dirty = true;
    }

    // the memory the engine's Java heap may take, in MiB
    private static long heapMiB() {
        return Runtime.getRuntime().maxMemory() / (1024 * 1024);
    }

    // the hidden layers' widths as the problem names them: "8 x 1024" when all are equal, else "64, 128, 256"
    private static String widths(ExperimentSpec s) {
        java.util.List<Integer> h = s == null ? java.util.List.of() : s.hidden();
        if (!h.isEmpty() && h.stream().allMatch(w -> w.equals(h.get(0)))) {
            return h.size() + " x " + h.get(0);
        }
        return String.join(", ", h.stream().map(String::valueOf).toList());
    }

    static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    Snapshot snapshot() {
        dirty = false;
        return builder.build(++version, runner, playing, problem, playing ? pacer.stepsPerSecond() : 0, builds);
    }
}
