package bnlab.engine.bench;

import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.RunPlan;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.nn.Nd4jSetup;

import java.nio.file.Path;

/**
 * Ioffe and Szegedy's Figure 1 run, headless through the engine facade: 784-100-100-100-10 sigmoid
 * twins, 50,000 steps of 60 MNIST training images each (all 60,000 images), test accuracy on all
 * 10,000 test images every 1,000 steps, the 15/50/85th percentiles of a last-layer unit's sigmoid input
 * over 1,000 test images every 100 steps. Prints the wall time; skips when the MNIST folder is absent.
 * Run alone: java ... bnlab.engine.bench.Figure1Benchmark [steps]
 */
public final class Figure1Benchmark {
    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        bnlab.engine.nn.Kernels.awaitWarm();
        run(args.length > 0 ? Integer.parseInt(args[0]) : 50_000);
    }

    static void run(int steps) throws Exception {
        Path mnist = BenchData.mnist();
        if (mnist == null) {
            System.out.println("Figure 1 run: skipped (no MNIST folder; -Dbnlab.mnist=DIR)");
            return;
        }
        long t0 = System.nanoTime();
        Dataset d = Engine.loadMnist(mnist, Engine.MNIST_ALL, Engine.MNIST_ALL);
        double load = (System.nanoTime() - t0) / 1e9;
        ExperimentSpec spec = ExperimentSpec.figure1(1);
        TrainSettings s = TrainSettings.defaults().withLearningRate(ExperimentSpec.FIGURE1_LEARNING_RATE).withBatchSize(60);
        RunPlan f1 = RunPlan.figure1(spec);
        RunPlan plan = new RunPlan(steps, f1.accuracyEvery(), f1.percentileEvery(), f1.percentileRows(), f1.layer(),
                f1.unit());
        long t1 = System.nanoTime();
        RunResult r = Engine.run(spec, s, d, plan, null);
        double run = (System.nanoTime() - t1) / 1e9;
        int last = r.accuracy().size() - 1;
        int lp = r.percentiles().size() - 1;
        System.out.printf("Figure 1 run (MNIST %d/%d images, 2 x %,d steps of 60, accuracy on %,d test images every %d"
                        + " steps, percentiles on %,d every %d): %.1f s wall (%.1f s loading MNIST + %.1f s run: %.1f s"
                        + " training, %.1f s measuring)%n", d.size(), d.testSet().size(), steps, r.testRows(),
                plan.accuracyEvery(), r.percentileRows(), plan.percentileEvery(), load + run, load, run, r.trainSeconds(),
                r.measureSeconds());
        System.out.printf("  final test accuracy: BN %.4f, plain %.4f; last-layer unit %d percentiles 15/50/85 at step"
                        + " %d: BN %.2f/%.2f/%.2f, plain %.2f/%.2f/%.2f (at step 0: BN %.2f/%.2f/%.2f, plain %.2f/%.2f/%.2f)%n",
                r.accuracy().y(0, last), r.accuracy().y(1, last), plan.unit(), (long) r.percentiles().x(lp),
                r.percentiles().y(0, lp), r.percentiles().y(1, lp), r.percentiles().y(2, lp), r.percentiles().y(3, lp),
                r.percentiles().y(4, lp), r.percentiles().y(5, lp), r.percentiles().y(0, 0), r.percentiles().y(1, 0),
                r.percentiles().y(2, 0), r.percentiles().y(3, 0), r.percentiles().y(4, 0), r.percentiles().y(5, 0));
    }
}
