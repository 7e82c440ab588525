package bnlab.engine.session;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.probe.History;
import bnlab.engine.probe.LayerProber;
import bnlab.engine.probe.Population;
import bnlab.engine.probe.Trace;
import bnlab.engine.train.Evaluation;
import bnlab.engine.train.Twin;
import bnlab.engine.train.TwinRunner;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps each twin's history and latest probes and evaluation, and turns them into immutable
 * snapshots. After every step it records the losses; after a traced step it probes the twins'
 * traces (taken after backward, before the update); when due it evaluates. Engine thread only.
 */
final class SnapshotBuilder {
    private final Side normalized = new Side();
    private final Side plain = new Side();
    private long evalStep = -1;
    /**
     * While playing, evaluations take at most this share of the engine's time: a due evaluation is left
     * out when the last one ended less than (1 - share) / share of its own duration ago (at full speed on
     * MNIST an evaluation of both twins costs ~20 twin steps; every 20 steps it would halve the speed).
     * Paused steps and a speed limit that leaves the engine time evaluate at every due step.
     */
    static final double EVAL_SHARE = 0.1;
    /**
     * The first evaluations after a build or a reset are made at every due step, even while playing: the
     * start of the curves is where the twins differ most (how many steps each takes to 90 %), and those
     * evaluations run before the JIT has compiled them, 10-100 times slower than later ones, so the share
     * measured on them would leave out the first hundreds of steps.
     */
    static final int FREE_EVALUATIONS = 10;
    private int evaluations;
    private long lastEvalEnd;
    private long lastEvalNanos;
    private final java.util.function.LongSupplier clock;

    SnapshotBuilder() {
        this(System::nanoTime);
    }

    /** @param clock nanoseconds (tests pass their own) */
    SnapshotBuilder(java.util.function.LongSupplier clock) {
        this.clock = clock;
    }

    /** Per twin: its history, its last evaluation, and its probes with the settings they were made with. */
    private static final class Side {
        final History history = new History();
        final StallWatch stall = new StallWatch();
        Evaluation.Result eval;
        List<LayerProbe> probes = List.of();
        long probeStep;
        LayerProber.Settings probedWith;

        void forget() {
            history.clear();
            stall.forget();
            eval = null;
            probes = List.of();
            probeStep = -1;
            probedWith = null;
        }
    }

    /** A rebuild: every series starts over. */
    void forget() {
        normalized.forget();
        plain.forget();
        evalStep = -1;
        evaluations = 0;
    }

    /** A twin was reset alone: its series start over, the other's go on. */
    void forget(boolean normalizedTwin) {
        (normalizedTwin ? normalized : plain).forget();
        evaluations = 0;
    }

    /** After a step: the losses into the histories, an evaluation if due, probes of a traced step. */
    void afterStep(TwinRunner runner) {
        afterStep(runner, false);
    }

    /** The same while playing (then evaluations keep to {@link #EVAL_SHARE} of the time). */
    void afterStep(TwinRunner runner, boolean playing) {
        int k = runner.lastSteps();
        long first = runner.stepCount() - k + 1;
        for (int j = 0; j < k; j++) {
            normalized.history.loss(first + j, runner.normalized().stepLoss(j));
            plain.history.loss(first + j, runner.plain().stepLoss(j));
        }
        evaluateIfDue(runner, playing);
        if (probeDue(normalized, runner.normalized(), runner.settings())
                || probeDue(plain, runner.plain(), runner.settings())) {
            probeBoth(runner);
        }
    }

    /** After the twins looked at the data before their first step: probes of step 0. */
    void afterLook(TwinRunner runner) {
        evaluateIfDue(runner);
        probeBoth(runner);
    }

    // each twin's probes on its own thread (they share nothing but immutable settings)
    private void probeBoth(TwinRunner runner) {
        TrainSettings s = runner.settings();
        runner.forBoth(() -> probe(normalized, runner.normalized(), s, true), () -> probe(plain, runner.plain(), s, true));
    }

    /** Evaluate both twins when due (every evalEvery steps, and at step 0). */
    void evaluateIfDue(TwinRunner runner) {
        evaluateIfDue(runner, false);
    }

    private void evaluateIfDue(TwinRunner runner, boolean playing) {
        long step = runner.stepCount();
        int every = Math.max(1, runner.settings().evalEvery());
        if (evalStep < 0 || step < evalStep || (step != evalStep && step % every == 0)) {
            long start = clock.getAsLong();
            if (playing && evaluations >= FREE_EVALUATIONS && evalStep >= 0 && step > evalStep
                    && start - lastEvalEnd < lastEvalNanos * (1 - EVAL_SHARE) / EVAL_SHARE) {
                return;
            }
            Evaluation.Result[] both = runner.evaluateBoth();
            evaluated(normalized, both[0], step);
            evaluated(plain, both[1], step);
            evalStep = step;
            evaluations++;
            lastEvalEnd = clock.getAsLong();
            lastEvalNanos = lastEvalEnd - start;
        }
    }

    private static void evaluated(Side side, Evaluation.Result result, long step) {
        side.eval = result;
        if (side.eval != null) {
            side.history.evaluation(step, side.eval.testAcc(), side.eval.trainAccTrainMode(),
                    side.eval.trainAccEvalMode(), side.eval.unitInput(), side.eval.path().columns());
            side.stall.evaluated(step, side.eval.testAcc());
        }
    }

    // whether probe would change anything: probes to drop, a new trace, or the same one with other settings
    // (most steps are not traced: their probes' hand-over to the twins' threads is left out)
    private static boolean probeDue(Side side, Twin twin, TrainSettings s) {
        Trace t = twin.trace();
        if (twin.diverged() || !t.valid()) {
            return !side.probes.isEmpty();
        }
        return t.step() != side.probeStep || !probeSettings(s).equals(side.probedWith);
    }

    private static LayerProber.Settings probeSettings(TrainSettings s) {
        return new LayerProber.Settings(s.histBins(), s.probeUnit(), s.saturationThreshold());
    }

    // probes of the twin's trace: new ones go into the history; same trace, other settings: only re-probed
    private static void probe(Side side, Twin twin, TrainSettings s, boolean record) {
        if (!probeDue(side, twin, s)) {
            return;
        }
        Trace t = twin.trace();
        if (twin.diverged() || !t.valid()) {
            side.probes = List.of();
            return;
        }
        LayerProber.Settings ps = probeSettings(s);
        boolean newTrace = t.step() != side.probeStep;
        List<LayerProbe> layers = new ArrayList<>();
        List<HiddenBlock> blocks = twin.net().blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Population pop = side.eval == null ? null : side.eval.population().get(i);
            layers.add(LayerProber.probe(i, t.blocks().get(i), ps, pop));
        }
        side.probes = List.copyOf(layers);
        side.probedWith = ps;
        side.probeStep = t.step();
        if (newTrace && record) {
            side.history.probes(t.step(), layers);
        }
    }

    Snapshot build(long version, TwinRunner runner, boolean playing, Problem problem, double stepsPerSec) {
        return build(version, runner, playing, problem, stepsPerSec, 1);
    }

    /** @param run the twins' build count ({@link Snapshot#run}) */
    Snapshot build(long version, TwinRunner runner, boolean playing, Problem problem, double stepsPerSec, long run) {
        evaluateIfDue(runner, playing);
        probeBoth(runner);
        return new Snapshot(version, runner.stepCount(), runner.epoch(), playing, runner.settings(), runner.spec(),
                runner.datasetName(), runner.trainSize(), runner.testSize(),
                twin(normalized, runner.normalized(), runner), twin(plain, runner.plain(), runner), problem, stepsPerSec,
                runner.dataInfo(), run);
    }

    private TwinState twin(Side side, Twin twin, TwinRunner runner) {
        Evaluation.Result e = side.eval;
        double nan = Double.NaN;
        HiddenBlock first = twin.net().blocks().get(0);
        bnlab.engine.api.TwinHistory history = side.history.view();
        return new TwinState(first.normalized(), first.normalized() ? first.norm().kind() : bnlab.engine.api.NormKind.NONE,
                twin.divergence(), twin.lastLoss(), e == null ? nan : e.trainAccTrainMode(),
                e == null ? nan : e.trainAccEvalMode(), e == null ? nan : e.testAcc(), e == null ? -1 : evalStep,
                side.probes.isEmpty() ? 0 : side.probeStep, side.probes, history,
                twin.diverged() ? null : side.stall.stall(runner.chanceAccuracy(), side.probes,
                        twin.sgd().learningRate(), StallWatch.recentLoss(history.loss()), Math.log(runner.numClasses())));
    }
}
