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
 * MNIST (10,000 training images, the t10k test images, evaluated on the usual 1,000 + 2,000).
 */
public final class MeasureBenchmark {
    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        run();
    }

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
            double[] eval = new double[7];
            for (int i = 0; i < eval.length; i++) {
                long e0 = System.nanoTime();
                r.evaluateBoth();
                eval[i] = (System.nanoTime() - e0) / 1e6;
            }
            double[] probe = SnapshotCost.probeAndBuildMs(r, 60);
            double[] warmProbe = java.util.Arrays.copyOfRange(probe, 20, probe.length);
            System.out.printf("measuring (%s, %d + %d rows evaluated): a twin step %.3f ms; an evaluation of both twins"
                            + " %s ms (= %.0f twin steps; every 20 steps); probes and snapshot of a traced step %s ms"
                            + " (= %.1f twin steps)%n", d.name(), r.evalTrainSize(), r.evalTestSize(), stepMs,
                    BenchData.median(eval, "%.1f"), BenchData.medianOf(eval) / stepMs, BenchData.median(warmProbe, "%.2f"),
                    BenchData.medianOf(warmProbe) / stepMs);
            r.close();
        }
        double with = session(spec, s, d);
        double without = session(spec, s.withEvalEvery(1_000_000).withProbeEvery(10_000), d);
        double f = 1 - with / without;
        System.out.printf("session at full speed: %.0f twin steps/s measuring as set, %.0f measuring nothing: measuring"
                        + " takes %.0f %% of the engine's time, per published snapshot (~60 a second) %.2f ms = %.1f"
                        + " twin steps%n", with, without, 100 * f, 1000 * f / 60, f * without / 60);
    }

    // twin steps per second over 8 s of playing, after 3 s of warm-up
    private static double session(ExperimentSpec spec, TrainSettings s, Dataset d) throws Exception {
        try (SessionHandle h = Engine.start(spec, s, d)) {
            h.send(new Command.Play());
            Thread.sleep(3000);
            Snapshot a = h.latest();
            long t0 = System.nanoTime();
            Thread.sleep(8000);
            Snapshot b = h.latest();
            return (b.step() - a.step()) / ((System.nanoTime() - t0) / 1e9);
        }
    }
}
