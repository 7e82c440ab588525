package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import bnlab.engine.api.Dataset;
import bnlab.engine.train.TwinRunner;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.concurrent.atomic.AtomicReference;

/** The engine thread's state machine: owns the runner, applies commands, paces steps. */
final class CommandHandler {
    private final DataType type;
    private final SnapshotBuilder builder = new SnapshotBuilder();
    private TwinRunner runner;
    private ExperimentSpec spec;
    private Dataset data;
    private boolean playing;
    private int pendingSteps;
    private boolean dirty = true;
    private String message;
    private long version;
    private long stepsDone;
    private long rateStart = System.nanoTime();
    private long rateSteps;
    private double stepsPerSec;
    private long nextStepAt;
    private final AtomicReference<LandscapeState> landscapeOut;
    private LandscapeJob landscapeJob;
    private long landscapeRequests;

    CommandHandler(DataType type, AtomicReference<LandscapeState> landscapeOut) {
        this.type = type;
        this.landscapeOut = landscapeOut;
    }

    void build(ExperimentSpec s, TrainSettings settings, Dataset d) {
        TwinRunner r = new TwinRunner(s, d, settings, type);
        runner = r;
        spec = s;
        data = d;
        builder.forget();
        pendingSteps = 0;
        dirty = true;
    }

    boolean idle() {
        return !playing && pendingSteps == 0 && landscapeJob == null;
    }

    boolean playing() {
        return playing;
    }

    /** Probes are taken every k steps while playing. */
    boolean probeDue() {
        return runner.stepCount() % Math.max(1, runner.settings().probeEvery()) == 0;
    }

    boolean dirty() {
        return dirty;
    }

    void apply(Command c) {
        try {
            message = null;
            dispatch(c);
        } catch (IllegalArgumentException | IllegalStateException e) {
            message = e.getMessage();
        }
        dirty = true;
    }

    private void dispatch(Command c) {
        TrainSettings s = runner.settings();
        if (landscapeJob != null && changesTheNetworks(c)) {
            cancelLandscape("Landscape cancelled: the networks changed while it was computed");
        }
        if (c instanceof Command.ComputeLandscape v) {
            startLandscape(v);
        } else if (c instanceof Command.CancelLandscape) {
            cancelLandscape("Landscape cancelled");
        } else if (c instanceof Command.SetLearningRate v) {
            runner.apply(s.withLearningRate(v.value()));
        } else if (c instanceof Command.SetOptimizerMomentum v) {
            runner.apply(s.withOptimizerMomentum(v.value()));
        } else if (c instanceof Command.SetBnMomentum v) {
            runner.apply(s.withBn(v.value(), s.convention(), s.eps()));
        } else if (c instanceof Command.SetConvention v) {
            // keep the weight alpha of the new batch: PyTorch m = alpha, Keras m = 1 - alpha
            double alpha = s.convention().newBatchWeight(s.bnMomentum());
            runner.apply(s.withBn(v.convention().momentumForNewBatchWeight(alpha), v.convention(), s.eps()));
        } else if (c instanceof Command.SetEps v) {
            runner.apply(s.withBn(s.bnMomentum(), s.convention(), v.value()));
        } else if (c instanceof Command.SetBatchSize v) {
            runner.apply(s.withBatchSize(v.value()));
        } else if (c instanceof Command.PinGamma v) {
            runner.apply(s.withPins(v.value(), s.pinnedBeta(), v.layer()));
        } else if (c instanceof Command.PinBeta v) {
            runner.apply(s.withPins(s.pinnedGamma(), v.value(), v.layer()));
        } else if (c instanceof Command.SetSpeed v) {
            runner.apply(s.withSpeed(v.stepsPerSecond()));
        } else if (c instanceof Command.SetProbes v) {
            runner.apply(s.withProbes(v.probeEvery(), v.histBins(), v.probeUnit(), v.saturationThreshold(),
                    v.evalEvery()));
        } else if (c instanceof Command.Apply v) {
            runner.apply(v.settings());
        } else if (c instanceof Command.Rebuild v) {
            build(v.spec(), s, v.data());
        } else if (c instanceof Command.Reset) {
            build(spec, s, data);
        } else if (c instanceof Command.Play) {
            playing = true;
        } else if (c instanceof Command.Pause) {
            playing = false;
            pendingSteps = 0;
        } else if (c instanceof Command.Step v) {
            if (!playing) {
                pendingSteps += Math.max(0, v.n());
            }
        } else if (c instanceof Command.ResetTwin v) {
            runner.resetTwin(v.normalizedTwin());
        }
    }

    private static boolean changesTheNetworks(Command c) {
        return c instanceof Command.Rebuild || c instanceof Command.Reset || c instanceof Command.ResetTwin
                || c instanceof Command.PinGamma || c instanceof Command.PinBeta || c instanceof Command.SetEps
                || c instanceof Command.Apply;
    }

    // Landscape: a new request replaces a running one; an invalid one only publishes its message.
    private void startLandscape(Command.ComputeLandscape v) {
        long id = ++landscapeRequests;
        landscapeJob = null;
        try {
            landscapeJob = new LandscapeJob(id, v, runner);
            landscapeOut.set(landscapeJob.running());
        } catch (IllegalArgumentException e) {
            landscapeOut.set(new LandscapeState(id, false, 0, e.getMessage(), null));
        }
    }

    private void cancelLandscape(String why) {
        if (landscapeJob != null) {
            landscapeOut.set(landscapeJob.cancelled(why));
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
            }
        } catch (RuntimeException e) {
            landscapeJob = null;
            landscapeOut.set(job.cancelled("Landscape failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
        }
    }

    /** Honour the speed limit, then run one step of both twins. */
    void paceAndStep() throws InterruptedException {
        if (landscapeJob != null) {
            landscapeRow();
            return;
        }
        double speed = runner.settings().stepsPerSecond();
        if (playing && speed > 0) {
            // a fixed schedule, t_k = t_0 + k / speed: a step that came late is caught up at once, so the
            // rate holds; more than 250 ms behind (a pause, a landscape job), the schedule restarts instead
            long interval = (long) (1e9 / speed);
            long now = System.nanoTime();
            if (now - nextStepAt > 250_000_000L) {
                nextStepAt = now;
            }
            if (now < nextStepAt) {
                long waitNanos = Math.min(nextStepAt - now, 20_000_000L);
                Thread.sleep(waitNanos / 1_000_000L, (int) (waitNanos % 1_000_000L));
                return;
            }
            nextStepAt += interval;
        }
        runner.step();
        builder.evaluateIfDue(runner);
        if (pendingSteps > 0) {
            pendingSteps--;
        }
        stepsDone++;
        rateSteps++;
        dirty = true;
        if (runner.normalized().diverged() && runner.plain().diverged()) {
            playing = false;
            pendingSteps = 0;
        }
        long now = System.nanoTime();
        if (now - rateStart > 500_000_000L) {
            // smoothed over half-second windows: s = (s + steps / window) / 2
            double window = rateSteps * 1e9 / (now - rateStart);
            stepsPerSec = stepsPerSec == 0 ? window : 0.5 * (stepsPerSec + window);
            rateStart = now;
            rateSteps = 0;
        }
    }

    void fail(RuntimeException e) {
        playing = false;
        pendingSteps = 0;
        message = "Training stopped: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        dirty = true;
    }

    Snapshot snapshot() {
        builder.evaluateIfDue(runner);
        dirty = false;
        return builder.build(++version, runner, playing, message, playing ? stepsPerSec : 0);
    }
}
