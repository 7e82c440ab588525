package bnlab.engine.train;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunPlan;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.probe.Stats;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.function.LongConsumer;

/**
 * A {@link RunPlan} on the calling thread and one worker: the twins step as fast as they go (on two
 * threads), and are measured on the plan's schedule, each twin on its own thread. Nothing is probed or
 * published between steps; the caller gets the curves at the end.
 */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    /**
     * @param progress told the number of steps done now and then (every accuracy measurement), or null
     * @throws IllegalArgumentException naming the problem when the spec, settings or plan are unusable
     */
    public static RunResult run(ExperimentSpec spec, TrainSettings settings, Dataset data, RunPlan plan,
                                LongConsumer progress) {
        Problem p = spec.problemWith(data);
        if (p == null) {
            p = settings.problemWith(spec);
        }
        if (p == null) {
            p = plan.problemWith(spec);
        }
        if (p != null) {
            throw new IllegalArgumentException(p.toString());
        }
        try (TwinThreads threads = TwinThreads.parallel()) {
            TwinRunner r = new TwinRunner(spec, data, settings, DataType.FLOAT, threads, 0, Integer.MAX_VALUE);
            try {
                return run(r, plan, progress);
            } finally {
                r.close();
            }
        }
    }

    private static RunResult run(TwinRunner r, RunPlan plan, LongConsumer progress) {
        int rows = Math.min(plan.percentileRows(), r.evalTestSize());
        DecimatingBuffer accuracy = new DecimatingBuffer(cap(plan.steps() / plan.accuracyEvery()), 2);
        DecimatingBuffer percentiles = new DecimatingBuffer(cap(plan.steps() / plan.percentileEvery()), 6);
        double[][] pct = new double[2][3];
        long train = 0;
        long measure = 0;
        // the twins step in chunks between two measurements (fewer hand-overs, see TwinRunner.steps)
        int step = 0;
        while (true) {
            long t1 = System.nanoTime();
            boolean last = step == plan.steps();
            if (step % plan.accuracyEvery() == 0 || last) {
                double[] acc = r.testAccuracyBoth();
                accuracy.add(step, acc[0], acc[1]);
                if (progress != null) {
                    progress.accept(step);
                }
            }
            if (step % plan.percentileEvery() == 0 || last) {
                r.forBoth(() -> percentiles(r.normalized(), r, plan, rows, pct[0]),
                        () -> percentiles(r.plain(), r, plan, rows, pct[1]));
                percentiles.add(step, pct[0][0], pct[0][1], pct[0][2], pct[1][0], pct[1][1], pct[1][2]);
            }
            long t2 = System.nanoTime();
            measure += t2 - t1;
            if (last) {
                break;
            }
            int k = Math.min(TwinRunner.MAX_CHUNK, nextMeasured(step, plan) - step);
            r.steps(k, false);
            step += k;
            train += System.nanoTime() - t2;
        }
        return new RunResult(accuracy.view(), percentiles.view(), r.evalTestSize(), rows, r.normalized().divergence(),
                r.plain().divergence(), train / 1e9, measure / 1e9);
    }

    // the first step after this one that is measured: a multiple of either period, or the last
    private static int nextMeasured(int step, RunPlan plan) {
        int a = (step / plan.accuracyEvery() + 1) * plan.accuracyEvery();
        int p = (step / plan.percentileEvery() + 1) * plan.percentileEvery();
        return Math.min(plan.steps(), Math.min(a, p));
    }

    // room for every row (no decimation): an even number >= 4, at least the multiples, step 0 and the last step
    private static int cap(int measurements) {
        int c = Math.max(4, measurements + 2);
        return c % 2 == 0 ? c : c + 1;
    }

    // p15, p50, p85 of the unit's activation input over the first rows test samples, in eval mode
    private static void percentiles(Twin twin, TwinRunner r, RunPlan plan, int rows, double[] out) {
        if (twin.diverged()) {
            java.util.Arrays.fill(out, Double.NaN);
            return;
        }
        double[] values = r.activationInputs(twin.net(), plan.layer(), plan.unit(), rows);
        out[0] = Stats.percentile(values, 15);
        out[1] = Stats.percentile(values, 50);
        out[2] = Stats.percentile(values, 85);
    }
}
