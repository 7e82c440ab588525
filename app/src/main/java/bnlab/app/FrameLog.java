package bnlab.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes one line per frame, "frame interval_ms work_ms step" (interval: time since the previous frame;
 * work: time spent updating the views; step: the training step the engine had reached, so that a run's
 * steps per second can be followed frame by frame, as while the JIT warms up); a "# first frame" line with the
 * launch time (the first frame that shows the engine's state, and the window's first frame if earlier); a
 * "# change" line for each setting change, with its time to the frame that shows it; "# place" lines saying where
 * a control is on the screen (the launch and place lines written through at once, for a harness that waits for
 * them); and at close "# summary" lines.
 */
public final class FrameLog implements AutoCloseable {
    private final BufferedWriter out;
    private final FrameStats intervals = new FrameStats();
    private final FrameStats work = new FrameStats();
    private long previous = -1;
    private boolean closed;
    private long firstStep = -1;
    /** The JVM's uptime at the window's first frame, shown or not (-1: none yet), in ms. */
    private long firstPulseUptime = -1;
    private long firstStepNanos;
    private long lastStep = -1;
    private long lastStepNanos;
    /** Setting changes sent and not yet shown, oldest first. */
    private final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
    private final FrameStats changes = new FrameStats();
    private int unshown;
    /** A change not shown within this long was refused (its range), or lost: counted apart. */
    static final long UNSHOWN_NANOS = 2_000_000_000L;

    private record Pending(bnlab.engine.api.Command.Change change, long sentNanos) {
    }

    public FrameLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file);
        out.write("# frame interval_ms work_ms step\n");
    }

    /**
     * Record a frame that began at {@code nowNanos} (AnimationTimer time) and took workNanos of view updates,
     * when the engine had reached {@code step} (-1: no snapshot yet).
     */
    public void frame(long nowNanos, long workNanos, long step) {
        if (firstPulseUptime < 0) {
            firstPulseUptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        }
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
                                + " CPU so far: %d ms on this (the FX) thread, %d ms in all; the window's first frame"
                                + " (before the engine's state, if earlier) %d ms after the JVM started%n",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime(),
                        System.currentTimeMillis(), fxCpu / 1_000_000, cpu / 1_000_000, firstPulseUptime));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            double interval = (nowNanos - previous) / 1e6;
            double w = workNanos / 1e6;
            intervals.add(interval);
            work.add(w);
            try {
                out.write(String.format(Locale.ROOT, "%d %.3f %.3f %d%n", intervals.count(), interval, w, lastStep));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        previous = nowNanos;
    }

    /**
     * Where a node's centre is on the screen, as a line "# place #ID at X Y on the screen" (or "# place #ID not
     * shown"): a benchmark that moves a control with the pointer finds it there (FrameBenchmark). FX thread.
     */
    public void place(String id, javafx.scene.Node node) {
        javafx.geometry.Bounds b = node == null || node.getScene() == null || node.getScene().getWindow() == null
                ? null : node.localToScreen(node.getBoundsInLocal());
        if (b != null) {
            // scrolled out of the window: not where a pointer can reach it
            javafx.stage.Window w = node.getScene().getWindow();
            if (!new javafx.geometry.BoundingBox(w.getX(), w.getY(), w.getWidth(), w.getHeight())
                    .contains(b.getCenterX(), b.getCenterY())) {
                b = null;
            }
        }
        write(b == null ? "# place #" + id + " not shown\n" : String.format(Locale.ROOT,
                "# place #%s at %.0f %.0f on the screen%n", id, b.getCenterX(), b.getCenterY()));
        // at once, for whoever waits for it (the frame lines fill the buffer only every few seconds)
        flush();
    }

    /** A setting change left the window (a slider, a field) at this System.nanoTime. FX thread. */
    public void changeSent(bnlab.engine.api.Command.Change change, long nanos) {
        pending.add(new Pending(change, nanos));
    }

    /**
     * The views were just shown this snapshot (at System.nanoTime {@code nanos}, their updates done): each
     * pending change it shows applied is measured, from its sending to now. A change shows applied when
     * applying it again to the snapshot's settings changes nothing. FX thread.
     */
    public void shown(bnlab.engine.api.Snapshot s, long nanos) {
        java.util.List<Pending> all = new java.util.ArrayList<>(pending);
        pending.clear();
        for (int i = 0; i < all.size(); i++) {
            Pending p = all.get(i);
            if (p.change().applyTo(s.settings()).equals(s.settings())) {
                double ms = (nanos - p.sentNanos()) / 1e6;
                changes.add(ms);
                write(String.format(Locale.ROOT, "# change %s shown after %.3f ms%n",
                        p.change().getClass().getSimpleName(), ms));
                // the same slider's earlier values, overtaken by this one (a drag), were never on screen
                for (int j = 0; j < i; j++) {
                    if (all.get(j).change().getClass() == p.change().getClass()) {
                        pending.remove(all.get(j));
                    }
                }
            } else if (nanos - p.sentNanos() > UNSHOWN_NANOS) {
                unshown++;
            } else {
                pending.add(p);
            }
        }
    }

    private void flush() {
        if (closed) {
            return;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String line) {
        if (closed) {
            return;
        }
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** From a setting change's sending to the end of the frame that shows it applied, in ms. */
    public FrameStats changes() {
        return changes;
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
                + "\n# summary training " + training
                + "\n# summary change-to-frame " + (changes.count() > 0 ? changes.summary() : "no changes")
                + (unshown > 0 ? "; " + unshown + " not shown within 2 s" : "") + "\n";
        out.write(summary);
        out.close();
        System.out.print(summary.replace("# summary ", "frame "));
    }
}
