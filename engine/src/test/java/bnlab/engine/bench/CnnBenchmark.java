package bnlab.engine.bench;

import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.probe.LayerProber;
import bnlab.engine.probe.Trace;
import bnlab.engine.train.Twin;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * Steps per second of the CNN twins (ExperimentSpec.cnnDefaults: conv 3x3 8 -> BN -> ReLU -> pool ->
 * conv 3x3 16 -> BN -> ReLU -> pool -> dense -> softmax, batch 60) on the bundled 8x8 digits and on
 * MNIST 28x28 (skipped when the MNIST folder is absent), on two threads: untraced steps, steps traced
 * every time (each twin copies its blocks and one sample's feature maps), and the cost of turning one
 * traced step into probes (histograms, unit statistics, the feature maps and every layer's BatchBlock).
 * Prints figures; asserts nothing. Run alone: ./mvnw -B -o -pl engine -am -Pbench verify -DskipTests
 * -Dbench.main=bnlab.engine.bench.CnnBenchmark
 */
public final class CnnBenchmark {
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Nd4jSetup.singleThreaded();
        run();
    }

    static void run() throws Exception {
        twins("digits 8x8", Bundled.digits(), 300, 1000);
        if (BenchData.mnist() == null) {
            System.out.println("CNN twins, MNIST 28x28: skipped (no MNIST folder; -Dbnlab.mnist=DIR)");
        } else {
            twins("MNIST 28x28", bnlab.engine.Engine.loadMnist(BenchData.mnist(), 6000, 1000), 50, 200);
        }
    }

    private static void twins(String name, Dataset d, int warm, int steps) {
        ExperimentSpec spec = ExperimentSpec.cnnDefaults();
        TrainSettings s = TrainSettings.defaults();
        double[] plain = new double[RUNS];
        double[] traced = new double[RUNS];
        double[] probeUs = new double[RUNS];
        double[] blockUs = new double[RUNS];
        long blockBytes = 0;
        try (TwinThreads threads = TwinThreads.parallel()) {
            TwinRunner r = new TwinRunner(spec, d, s, DataType.FLOAT, threads);
            for (int k = 0; k < RUNS; k++) {
                plain[k] = rate(r, k == 0 ? warm : warm / 5, steps, false);
                traced[k] = rate(r, warm / 5, steps / 2, true);
                // probes of one traced step, both twins, as the session makes them (one snapshot's worth)
                // the default probe unit: -1, every histogram pools all channels (the most values)
                LayerProber.Settings ps = new LayerProber.Settings(s.histBins(), s.probeUnit(), s.saturationThreshold());
                int reps = Math.max(5, steps / 10);
                long t0 = System.nanoTime();
                long blocks = 0;
                for (int i = 0; i < reps; i++) {
                    for (Twin t : List.of(r.normalized(), r.plain())) {
                        Trace tr = t.trace();
                        for (int l = 0; l < tr.blocks().size(); l++) {
                            LayerProbe p = LayerProber.probe(l, tr.blocks().get(l), ps, null);
                            blocks += 4L * p.block().samples() * p.block().channels() * p.block().positions();
                        }
                    }
                }
                probeUs[k] = (System.nanoTime() - t0) / 1e3 / reps;
                blockBytes = blocks / reps;
                // the BatchBlocks alone: each copies its layer's normalization input into the record
                java.util.List<BatchBlock> made = new java.util.ArrayList<>();
                for (Twin t : List.of(r.normalized(), r.plain())) {
                    for (int l = 0; l < t.trace().blocks().size(); l++) {
                        made.add(LayerProber.probe(l, t.trace().blocks().get(l), ps, null).block());
                    }
                }
                java.util.List<float[]> arrays = made.stream().map(BatchBlock::x).toList();
                long t1 = System.nanoTime();
                long sink = 0;
                for (int i = 0; i < reps; i++) {
                    for (int j = 0; j < made.size(); j++) {
                        BatchBlock m = made.get(j);
                        sink += new BatchBlock(m.layer(), m.samples(), m.channels(), m.height(), m.width(),
                                arrays.get(j)).samples();
                    }
                }
                blockUs[k] = (System.nanoTime() - t1) / 1e3 / reps;
                if (sink < 0) {
                    System.out.println(sink);
                }
            }
            r.close();
        }
        System.out.printf("CNN twins, %s (conv 8 -> BN -> ReLU -> pool -> conv 16 -> BN -> ReLU -> pool -> dense, batch %d,"
                        + " two threads): %s steps/s untraced, %s steps/s traced at every step%n", name, s.batchSize(),
                BenchData.median(plain, "%.0f"), BenchData.median(traced, "%.0f"));
        System.out.printf("  probes of one traced step (both twins, all layers, all channels pooled): %s us, of which the"
                        + " BatchBlocks %s us"
                        + " (%,d bytes copied into the snapshot per probe)%n", BenchData.median(probeUs, "%.0f"),
                BenchData.median(blockUs, "%.0f"), blockBytes);
    }

    private static double rate(TwinRunner r, int warm, int steps, boolean traced) {
        for (int i = 0; i < warm; i++) {
            r.step(traced);
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            r.step(traced);
        }
        return steps / ((System.nanoTime() - t0) / 1e9);
    }
}
