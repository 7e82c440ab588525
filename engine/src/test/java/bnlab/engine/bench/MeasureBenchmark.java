package bnlab.engine.bench;

import bnlab.engine.Engine;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.session.SnapshotCost;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * What measuring costs against training: an evaluation of both twins, the probes and snapshot of a
 * published step, and a whole session at full speed with the default settings (probes before every
 * published snapshot, an evaluation every 20 steps) against the same session measuring nothing.
 * MNIST (10,000 training images, the t10k test images, evaluated on the usual 1,000 + 2,000); the sessions
 * also on the bundled digits.
 */
public final class MeasureBenchmark {
    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        bnlab.engine.nn.Kernels.awaitWarm();
        run();
    }

    private static double[] evalMs;
    private static double[] probeMs;

    static void run() throws Exception {
        Dataset d = BenchData.dataset(10_000, 10_000);
        ExperimentSpec spec = ExperimentSpec.defaults();
        TrainSettings s = TrainSettings.defaults();
        double stepMs;
        try (TwinThreads threads = TwinThreads.parallel()) {
            TwinRunner r = new TwinRunner(spec, d, s, DataType.FLOAT, threads);
            for (int i = 0; i < 500; i++) {
                r.step(false);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                r.step(false);
            }
            stepMs = (System.nanoTime() - t0) / 1e6 / 1000;
            stepMsRef[0] = stepMs;
            double[] eval = new double[7];
            for (int i = 0; i < eval.length; i++) {
                long e0 = System.nanoTime();
                r.evaluateBoth();
                eval[i] = (System.nanoTime() - e0) / 1e6;
            }
            // the gradient path, part of each evaluation: both twins one after the other (an evaluation runs them on
            // its two threads)
            org.nd4j.linalg.api.ndarray.INDArray[] xt = r.trainingRows(s.batchSize());
            bnlab.engine.nn.Mat px = bnlab.engine.nn.Mat.wrap(xt[0]);
            bnlab.engine.nn.Mat pt = bnlab.engine.nn.Mat.wrap(xt[1]);
            double[] path = new double[7];
            bnlab.engine.train.GradientPath bnPath = new bnlab.engine.train.GradientPath(r.normalized().net());
            bnlab.engine.train.GradientPath plainPath = new bnlab.engine.train.GradientPath(r.plain().net());
            for (int i = 0; i < path.length; i++) {
                long p0 = System.nanoTime();
                bnPath.measure(px, pt, bnlab.engine.train.GradientPath.steps(s.learningRate()));
                plainPath.measure(px, pt, bnlab.engine.train.GradientPath.steps(s.learningRate()));
                path[i] = (System.nanoTime() - p0) / 1e6;
            }
            System.out.printf("the gradient path (%d passes of %d rows a twin), both twins one after the other: %s ms"
                            + " (= %.1f twin steps)%n", bnlab.engine.train.GradientPath.STEPS.length + 1, s.batchSize(),
                    BenchData.median(path, "%.2f"), BenchData.medianOf(path) / stepMs);
            double[] probe = SnapshotCost.probeAndBuildMs(r, 60);
            double[] warmProbe = java.util.Arrays.copyOfRange(probe, 20, probe.length);
            evalMs = eval;
            probeMs = warmProbe;
            System.out.printf("measuring (%s, %d + %d rows evaluated): a twin step %.3f ms; an evaluation of both twins"
                            + " %s ms (= %.0f twin steps; every 20 steps); probes and snapshot of a traced step %s ms"
                            + " (= %.1f twin steps)%n", d.name(), r.evalTrainSize(), r.evalTestSize(), stepMs,
                    BenchData.median(eval, "%.1f"), BenchData.medianOf(eval) / stepMs, BenchData.median(warmProbe, "%.2f"),
                    BenchData.medianOf(warmProbe) / stepMs);
            r.close();
        }
        // a session at full speed, measuring as set and measuring nothing, three times each, interleaved
        double[] with = new double[3];
        double[] without = new double[3];
        double[][] counts = new double[3][];
        for (int k = 0; k < 3; k++) {
            counts[k] = session(spec, s, d);
            with[k] = counts[k][0];
            without[k] = session(spec, s.withEvalEvery(1_000_000).withProbeEvery(10_000), d)[0];
        }
        double snaps = BenchData.medianOf(java.util.Arrays.stream(counts).mapToDouble(c -> c[1]).toArray());
        double evals = BenchData.medianOf(java.util.Arrays.stream(counts).mapToDouble(c -> c[2]).toArray());
        double share = (evals * BenchData.medianOf(evalMs) + snaps * BenchData.medianOf(probeMs)) / 1000;
        System.out.printf("session at full speed: %s twin steps/s measuring as set (%.0f snapshots/s, %.1f"
                        + " evaluations/s), %s measuring nothing; measuring takes ~%.0f %% of the engine's time"
                        + " (evaluations x their cost + snapshots x theirs): per published snapshot %.2f ms = %.1f twin"
                        + " steps%n", BenchData.median(with, "%.0f"), snaps, evals, BenchData.median(without, "%.0f"),
                100 * share, 1000 * share / snaps, share / snaps / stepMsRef[0] * 1000);
        // the same on the bundled digits, the window's data set when it opens
        Dataset digits = bnlab.engine.Engine.load(bnlab.engine.api.DatasetId.DIGITS, null);
        for (int k = 0; k < 3; k++) {
            with[k] = session(spec, s, digits)[0];
            without[k] = session(spec, s.withEvalEvery(1_000_000).withProbeEvery(10_000), digits)[0];
        }
        System.out.printf("session at full speed on the digits: %s twin steps/s measuring as set, %s measuring nothing%n",
                BenchData.median(with, "%.0f"), BenchData.median(without, "%.0f"));
    }

    private static final double[] stepMsRef = new double[1];

    // {twin steps, snapshots, evaluations} per second over 8 s of playing, after 3 s of warm-up
    private static double[] session(ExperimentSpec spec, TrainSettings s, Dataset d) throws Exception {
        try (SessionHandle h = Engine.start(spec, s, d)) {
            h.send(new Command.Play());
            Thread.sleep(3000);
            Snapshot a = h.latest();
            long t0 = System.nanoTime();
            long snapshots = 0;
            long seen = a.version();
            while (System.nanoTime() - t0 < 8_000_000_000L) {
                Thread.sleep(2);
                long v = h.latest().version();
                snapshots += v - seen;
                seen = v;
            }
            Snapshot b = h.latest();
            double sec = (System.nanoTime() - t0) / 1e9;
            double evals = b.normalized().history().accuracy().size() - a.normalized().history().accuracy().size();
            return new double[]{(b.step() - a.step()) / sec, snapshots / sec, evals / sec};
        }
    }
}
