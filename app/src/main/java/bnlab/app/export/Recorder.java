package bnlab.app.export;

import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.ProblemException;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.Node;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Records a view while it trains: at the chosen frame rate the FX thread takes the view as it is
 * ({@link Capture#take}: a snapshot and copies of the charts, about 15 ms for a 960-wide frame). While
 * it records, the frames are only kept (drawing the charts into a frame and encoding a GIF frame cost
 * 30 ms and 400 ms of a core: on a 2-core machine that would slow the window down); once it stops, one
 * background thread draws and encodes them, and {@code done} is told on the FX thread. Past a memory
 * budget the background thread starts encoding during the recording; past twice the budget frames
 * are skipped (a GIF frame then stays up longer: the animation keeps real time).
 */
public final class Recorder {
    /** Memory the kept frames may take before encoding starts during the recording, in bytes. */
    static final long BUDGET = Math.min(1L << 30, Runtime.getRuntime().maxMemory() / 4);

    /**
     * How a recording ended: the file or folder written, how many frames, how many were skipped because
     * the encoder was behind, the mean time a frame took on the FX thread, or why it failed.
     */
    public record Result(Path target, int frames, int skipped, double fxMillisPerFrame, ProblemException problem) {
    }

    private final Node view;
    private final RecordingSpec spec;
    private final Path target;
    private final ThemeSwitch themes;
    private final Consumer<Result> done;
    /** A frame taken, waiting to be drawn and encoded. */
    private record Frame(Capture capture, int index, long atMillis) {
    }

    private final java.util.concurrent.LinkedBlockingQueue<Frame> frames = new java.util.concurrent.LinkedBlockingQueue<>();
    private final Thread encoder = new Thread(this::encodeAll, "bnlab-recording-encoder");
    private int budgetFrames = Integer.MAX_VALUE;
    private final ReadOnlyDoubleWrapper elapsed = new ReadOnlyDoubleWrapper(0);
    private final GifWriter gif;
    private final AnimationTimer timer;
    private long startNanos = -1;
    private long nextNanos;
    private int taken;
    private int skipped;
    private long fxNanos;
    private volatile ProblemException failure;
    private volatile boolean stopped;
    private volatile Result result;
    private final javafx.beans.property.ReadOnlyBooleanWrapper saving = new javafx.beans.property.ReadOnlyBooleanWrapper();

    /**
     * @param target the GIF file, or the folder for PNG frames (made if missing)
     * @param done   told on the FX thread once everything is written (or failed)
     */
    public Recorder(Node view, RecordingSpec spec, Path target, ThemeSwitch themes, Consumer<Result> done) {
        this.view = view;
        this.spec = spec;
        this.target = target;
        this.themes = themes;
        this.done = done;
        this.gif = spec.format() == ExportFormat.GIF ? new GifWriter(spec.fps()) : null;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                tick(now);
            }
        };
    }

    /** Start taking frames. FX thread. */
    public void start() throws ProblemException {
        if (spec.format() == ExportFormat.FRAMES) {
            try {
                Files.createDirectories(target);
            } catch (java.io.IOException e) {
                throw new ProblemException(bnlab.engine.api.Problem.of(bnlab.engine.api.FileProblem.UNWRITABLE,
                        bnlab.app.i18n.IoReasons.of(e)), String.valueOf(target.getFileName()), e);
            }
        }
        encoder.setDaemon(true);
        encoder.start();
        timer.start();
    }

    /** True from the stop until the file is written (for the indicator). */
    public javafx.beans.property.ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Seconds recorded so far (for the indicator). */
    public ReadOnlyDoubleProperty elapsedProperty() {
        return elapsed.getReadOnlyProperty();
    }

    public RecordingSpec spec() {
        return spec;
    }

    public Node view() {
        return view;
    }

    public Path target() {
        return target;
    }

    /** Frames taken and frames skipped because the encoder was behind (for the report). */
    public int[] counts() {
        return new int[] {taken, skipped};
    }

    private void tick(long now) {
        if (stopped) {
            return;
        }
        if (startNanos < 0) {
            startNanos = now;
            nextNanos = now;
        }
        double seconds = (now - startNanos) / 1e9;
        elapsed.set(seconds);
        if (seconds >= spec.seconds() || taken >= spec.maxFrames() || failure != null) {
            stop();
            return;
        }
        if (now < nextNanos) {
            return;
        }
        nextNanos += (long) (1e9 / spec.fps());
        if (nextNanos < now) {
            nextNanos = now; // a long pause (the window was busy): no burst of frames after it
        }
        if (frames.size() >= 2L * budgetFrames) {
            skipped++;
            return;
        }
        long t0 = System.nanoTime();
        Capture c = Exporter.frame(view, ExportSize.wide(spec.width()), spec.look(), themes);
        fxNanos += System.nanoTime() - t0;
        if (budgetFrames == Integer.MAX_VALUE) {
            budgetFrames = (int) Math.max(8, BUDGET / (4L * c.width() * c.height()));
        }
        frames.add(new Frame(c, ++taken, (now - startNanos) / 1_000_000));
    }

    // the background thread: waits while the recording runs (unless the frames outgrow the budget),
    // then draws and encodes them all and writes the file
    private void encodeAll() {
        try {
            while (true) {
                Frame f = stopped || frames.size() > budgetFrames ? frames.poll(50, java.util.concurrent.TimeUnit.MILLISECONDS)
                        : null;
                if (f != null) {
                    encode(f.capture(), f.index(), f.atMillis());
                } else if (stopped && frames.isEmpty()) {
                    break;
                } else if (!stopped) {
                    Thread.sleep(50);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        finish();
    }

    private void encode(Capture c, int index, long atMillis) {
        if (failure != null) {
            return;
        }
        try {
            java.awt.image.BufferedImage frame = c.compose();
            if (gif != null) {
                gif.add(frame, atMillis);
            } else {
                Path file = target.resolve(String.format(java.util.Locale.ROOT, "frame-%05d.png", index));
                AtomicFiles.write(file, out -> ImageIO.write(frame, "png", out));
            }
        } catch (ProblemException e) {
            failure = e;
        }
    }

    /** Stop taking frames; the file is finished in the background and {@code done} told. FX thread. */
    public void stop() {
        if (stopped) {
            return;
        }
        timer.stop();
        saving.set(true);
        stopped = true;
    }

    private void finish() {
        ProblemException problem = failure;
        int n = gif != null ? gif.frames() : taken;
        if (problem == null && gif != null) {
            try {
                AtomicFiles.write(target, gif.finish());
            } catch (ProblemException e) {
                problem = e;
            }
        }
        Result r = new Result(target, n, skipped, taken == 0 ? 0 : fxNanos / 1e6 / taken, problem);
        result = r;
        try {
            javafx.application.Platform.runLater(() -> {
                saving.set(false);
                done.accept(r);
            });
        } catch (IllegalStateException toolkitGone) {
            // the app has closed: whoever waited in awaitWritten has the result
        }
    }

    /**
     * After {@link #stop}: wait up to {@code millis} until the file is written; how it ended, or null while it is
     * still being written. Any thread (the app's close waits here, so that closing does not lose the recording).
     */
    public Result awaitWritten(long millis) throws InterruptedException {
        encoder.join(millis);
        return encoder.isAlive() ? null : result;
    }

    public boolean stopped() {
        return stopped;
    }

    /** The command that joins PNG frames into an MP4 a slide program plays (even sizes for H.264). */
    public static String ffmpegCommand(Path folder, double fps) {
        String in = folder.resolve("frame-%05d.png").toString();
        String out = folder.resolveSibling(folder.getFileName() + ".mp4").toString();
        return String.format(java.util.Locale.ROOT, "ffmpeg -framerate %s -i \"%s\" -c:v libx264 -pix_fmt yuv420p "
                + "-vf \"pad=ceil(iw/2)*2:ceil(ih/2)*2\" \"%s\"", trim(fps), in, out);
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
