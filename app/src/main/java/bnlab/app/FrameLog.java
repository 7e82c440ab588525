package bnlab.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one line per frame, "frame interval_ms work_ms" (interval: time since the previous frame;
 * work: time spent updating the views), a "# first frame" line with the launch time (the first frame that
 * shows the engine's state), and at close a
 * "# summary" line of the intervals.
 */
public final class FrameLog implements AutoCloseable {
    private final BufferedWriter out;
    private final FrameStats intervals = new FrameStats();
    private final FrameStats work = new FrameStats();
    private long previous = -1;
    private boolean closed;
    private long firstStep = -1;
    private long firstStepNanos;
    private long lastStep = -1;
    private long lastStepNanos;

    public FrameLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write("# frame interval_ms work_ms\n");
    }

    /**
     * Record a frame that began at {@code nowNanos} (AnimationTimer time) and took workNanos of view updates,
     * when the engine had reached {@code step} (-1: no snapshot yet).
     */
    public void frame(long nowNanos, long workNanos, long step) {
        if (step >= 0) {
            if (firstStep < 0) {
                firstStep = step;
                firstStepNanos = nowNanos;
            }
            lastStep = step;
            lastStepNanos = nowNanos;
        }
        if (closed || previous < 0 && step < 0) {
            // frames before the engine's first snapshot (the twins still building) show no state: not counted
            return;
        }
        if (previous < 0) {
            // launch time: the JVM's uptime at the first frame that shows the engine's state, and the wall clock (for a harness that
            // noted when it started the process)
            try {
                long fxCpu = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                long cpu = java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
                out.write(String.format(Locale.ROOT, "# first frame %d ms after the JVM started, at %d ms since the epoch;"
                                + " CPU so far: %d ms on this (the FX) thread, %d ms in all%n",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                        System.currentTimeMillis(), fxCpu / 1_000_000, cpu / 1_000_000));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            double interval = (nowNanos - previous) / 1e6;
            double w = workNanos / 1e6;
            intervals.add(interval);
            work.add(w);
            try {
                out.write(String.format(Locale.ROOT, "%d %.3f %.3f%n", intervals.count(), interval, w));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        previous = nowNanos;
    }

    public FrameStats intervals() {
        return intervals;
    }

    public FrameStats work() {
        return work;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        double seconds = (lastStepNanos - firstStepNanos) / 1e9;
        String training = seconds > 0 ? String.format(Locale.ROOT, "%d steps in %.1f s: %.1f steps/s",
                lastStep - firstStep, seconds, (lastStep - firstStep) / seconds) : "no steps";
        String summary = "# summary interval " + intervals.summary() + "\n# summary work " + work.summary()
                + "\n# summary training " + training + "\n";
        out.write(summary);
        out.close();
        System.out.print(summary.replace("# summary ", "frame "));
    }
}
