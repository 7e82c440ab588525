package bnlab.engine.bench;

import bnlab.engine.Engine;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import org.bytedeco.javacpp.Pointer;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Memory over a long run, through the engine facade as the app drives it. Samples the resident set
 * (VmRSS of /proc/self/status), the Java heap in use, and JavaCPP's count of native bytes and its own
 * reading of the resident set; prints each sample and, after the warm-up, the range and the
 * least-squares slope of each. Not a unit test: run it with the soak profile (a JVM of its own, the
 * default heap of a quarter of RAM, as a user's launch has):
 * <pre>
 * ./mvnw -B -o -pl engine -am -Psoak verify -DskipTests -Dsoak.args="session 1000000"
 *   session N    the app's default experiment (digits, 3 x 100 sigmoid, BN) at full speed for N twin steps,
 *                a burst of learning-rate changes every second (a slider dragged: 20 values in 0.2 s)
 *   landscape K  K network loss surfaces in a row (25 x 25, 512 samples) on MNIST (10,000 images) or digits
 *   rebuild K    K experiment rebuilds in a row on MNIST (10,000 images) or digits
 * </pre>
 */
public final class SoakBenchmark {
    private record Sample(double x, double rss, double heap, double committed, double javacppBytes, double rssAfterGc,
                          double nonHeap) {
    }

    private static final List<Sample> SAMPLES = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        bnlab.engine.nn.Nd4jSetup.limits(); // what the app's first call into the engine does
        String mode = args.length > 0 ? args[0] : "session";
        long n = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        System.out.printf("soak %s %d: %d cores, max heap %d MB, JavaCPP maxBytes %d MB, maxPhysicalBytes %d MB,"
                        + " load average %.2f%n", mode, n, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, Pointer.maxBytes() >> 20, Pointer.maxPhysicalBytes() >> 20,
                BenchData.load());
        switch (mode) {
            case "session" -> session(n);
            case "landscape" -> landscapes((int) n);
            case "rebuild" -> rebuilds((int) n);
            default -> throw new IllegalArgumentException("mode: session, landscape or rebuild");
        }
        System.out.printf("load average at the end %.2f%n", BenchData.load());
        System.exit(0);
    }

    private static void session(long steps) throws Exception {
        Dataset digits = Engine.load(DatasetId.DIGITS, null);
        long t0 = System.nanoTime();
        try (SessionHandle h = Engine.start(ExperimentSpec.defaults(), TrainSettings.defaults(), digits)) {
            h.send(new Command.Play());
            long nextBurst = System.nanoTime();
            long nextSample = System.nanoTime();
            int burst = 0;
            while (h.latest().step() < steps) {
                long now = System.nanoTime();
                if (now >= nextBurst) {
                    // a slider dragged from 0.05 to 0.2 and back, 20 values over 0.2 s
                    for (int i = 0; i < 20; i++) {
                        double f = (burst % 2 == 0 ? i : 19 - i) / 19.0;
                        h.send(new Command.SetLearningRate(0.05 + 0.15 * f));
                        Thread.sleep(10);
                    }
                    burst++;
                    nextBurst += 1_000_000_000L;
                }
                if (now >= nextSample) {
                    Snapshot s = h.latest();
                    sample(s.step(), String.format("step %,9d  %6.0f steps/s  lr %.3f", s.step(), s.stepsPerSec(),
                            s.settings().learningRate()), false);
                    nextSample += 10_000_000_000L;
                }
                Thread.sleep(20);
            }
            sample(h.latest().step(), "end", false);
        }
        System.out.printf("%,d twin steps in %.0f s%n", steps, (System.nanoTime() - t0) / 1e9);
        report("steps", Math.min(100_000, steps / 10), 100_000, "100k steps");
    }

    private static Dataset bigData() throws Exception {
        Path mnist = BenchData.mnist();
        return mnist != null ? Engine.loadMnist(mnist, 10_000, 10_000) : Engine.load(DatasetId.DIGITS, null);
    }

    private static void landscapes(int k) throws Exception {
        Dataset d = bigData();
        try (SessionHandle h = Engine.start(ExperimentSpec.defaults(), TrainSettings.defaults(), d)) {
            h.send(new Command.Step(200));
            await(h, () -> h.latest().step() == 200);
            for (int i = 1; i <= k; i++) {
                h.send(new Command.ComputeLandscape(25, 1.0, 512, i));
                long id = i;
                await(h, () -> {
                    LandscapeState s = h.latestLandscape();
                    return s != null && s.requestId() == id && !s.running();
                });
                if (h.latestLandscape().result() == null) {
                    throw new IllegalStateException("landscape " + i + ": " + h.latestLandscape().problem());
                }
                sample(i, String.format("landscape %3d  %.2f s", i, h.latestLandscape().seconds()), true);
            }
        }
        report("landscapes (" + d.name() + ")", Math.min(10, k / 5), 100, "100 landscapes");
    }

    private static void rebuilds(int k) throws Exception {
        Dataset d = bigData();
        try (SessionHandle h = Engine.start(ExperimentSpec.defaults(), TrainSettings.defaults(), d)) {
            for (int i = 1; i <= k; i++) {
                long version = h.latest().version();
                h.send(new Command.Rebuild(ExperimentSpec.defaults().withSeed(i), d));
                h.send(new Command.Step(20));
                long seed = i;
                await(h, () -> h.latest().version() > version && h.latest().spec().seed() == seed
                        && h.latest().step() == 20);
                sample(i, String.format("rebuild %3d", i), true);
            }
        }
        report("rebuilds (" + d.name() + ")", Math.min(10, k / 5), 100, "100 rebuilds");
    }

    private static void await(SessionHandle h, java.util.function.BooleanSupplier done) throws InterruptedException {
        long until = System.nanoTime() + 600_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("no progress in 10 minutes");
            }
            Thread.sleep(5);
        }
    }

    /** gc: also the resident set after a full collection (what is retained), for the rebuild and landscape modes. */
    private static void sample(double x, String what, boolean gc) throws Exception {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double rss = rssMb();
        double afterGc = Double.NaN;
        if (gc) {
            System.gc();
            Thread.sleep(200);
            afterGc = rssMb();
        }
        // metaspace, class space and the JIT's code cache: what grows while new code paths are first run
        var nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage();
        Sample s = new Sample(x, rss, heap.getUsed() / 1048576.0, heap.getCommitted() / 1048576.0,
                Pointer.totalBytes() / 1048576.0, afterGc, nonHeap.getCommitted() / 1048576.0);
        SAMPLES.add(s);
        System.out.printf("%-40s RSS %7.1f MB%s  heap used %7.1f of %7.1f MB committed  non-heap %6.1f MB"
                        + "  JavaCPP %6.2f MB%n", what, s.rss(),
                gc ? String.format(" (%7.1f after a collection)", afterGc) : "", s.heap(), s.committed(), s.nonHeap(),
                s.javacppBytes());
    }

    private static double rssMb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    // after the warm-up (x >= warm): range and least-squares slope per `per` units of x
    private static void report(String what, double warm, double per, String perName) {
        List<Sample> after = SAMPLES.stream().filter(s -> s.x() >= warm).toList();
        if (after.size() < 2) {
            System.out.println("too few samples after the warm-up");
            return;
        }
        System.out.printf("after the warm-up (%s from %,.0f on, %d samples):%n", what, warm, after.size());
        line("RSS", after, Sample::rss, per, perName);
        if (!Double.isNaN(after.get(0).rssAfterGc())) {
            line("RSS after GC", after, Sample::rssAfterGc, per, perName);
        }
        line("heap used", after, Sample::heap, per, perName);
        line("heap committed", after, Sample::committed, per, perName);
        line("non-heap", after, Sample::nonHeap, per, perName);
        // what the JVM's own accounts do not cover: native libraries' allocations (OpenBLAS, malloc arenas)
        line("RSS - heap - non-heap", after, v -> v.rss() - v.committed() - v.nonHeap(), per, perName);
        line("JavaCPP bytes", after, Sample::javacppBytes, per, perName);
    }

    private static void line(String name, List<Sample> s, java.util.function.ToDoubleFunction<Sample> f, double per,
                             String perName) {
        double n = s.size();
        double mx = s.stream().mapToDouble(Sample::x).average().orElse(0);
        double my = s.stream().mapToDouble(f).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (Sample v : s) {
            sxy += (v.x() - mx) * (f.applyAsDouble(v) - my);
            sxx += (v.x() - mx) * (v.x() - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx * per;
        double min = s.stream().mapToDouble(f).min().orElse(0);
        double max = s.stream().mapToDouble(f).max().orElse(0);
        System.out.printf("  %-14s %7.1f-%7.1f MB (range %6.1f MB), slope %+7.2f MB per %s (%d samples)%n", name, min,
                max, max - min, slope, perName, (int) n);
    }
}
