package bnlab.app.bench;

import bnlab.app.FrameStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The window's figures against a baseline measured in the same run: for each window size, in turns, an empty
 * JavaFX window ({@link BareWindow}: the toolkit's pulse timer and renderer alone) and BN Lab's window with both
 * twins training flat out ({@code --play --speed 0}), each in a JVM of its own, each writing a frame log. Prints
 * for each: launch to the first frame (the JVM's uptime then), the frame intervals after the first SKIP seconds
 * (p50, p95, p99, max, share over 33 ms), BN Lab's twin steps per second, and the ratios of BN Lab's p95 and p99
 * to the empty window's. In BN Lab's runs, from the SKIP-th second on, the pointer clicks the learning-rate slider
 * (where the frame log says it is) and the arrow keys move it 40 times, 0.6 s apart (java.awt.Robot, through the
 * X server's XTEST): printed is the time from each change leaving the slider to the first frame that shows it
 * applied (the frame log's change lines). Prints; asserts nothing. Needs a display (under Xvfb: {@code xvfb-run -a -s
 * "-screen 0 1920x1080x24"}). BN Lab runs from the packaged image when one is built (target/dist), else from
 * the class path (without the package's JVM options and class-data archive; said in the output).
 * Arguments: [SIZES comma-separated, 1600x1000,1280x720] [SECONDS per run, 62] [SKIP, 30] [ROUNDS, 1]
 * [MOVES of the slider, 40; 0: none].
 * Run: xvfb-run -a -s "-screen 0 1920x1080x24" ./mvnw -B -pl app -am -Ppackage,frame-bench verify -DskipTests
 * -Dinstaller.skip=true -Darchive.skip=true [-Dframes.args="1600x1000 62 30 2"]  (~5 minutes with the defaults)
 */
public final class FrameBenchmark {
    private static final Path OUT = Path.of("target", "bench");
    private static final Path PACKAGED = Path.of("target", "dist", "bnlab", "bin", "bnlab");
    /** This JDK's java, for the empty window and for BN Lab from the class path. */
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final Pattern FIRST = Pattern.compile("# first frame (\\d+) ms after the JVM started");
    private static final Pattern PLACE = Pattern.compile("# place #lr-slider at (\\d+) (\\d+) on the screen");
    private static final Pattern CHANGE = Pattern.compile("# change \\S+ shown after ([0-9.]+) ms");
    private static final Pattern UNSHOWN = Pattern.compile("(\\d+) not shown within 2 s");
    /** Slider changes a run makes by default: right and left in turns. */
    static final int MOVES = 40;

    /** One run's frame log, read back: launch time and the intervals after the skipped seconds. */
    record Run(long firstFrameMs, FrameStats intervals, double stepsPerSecond, FrameStats changes, int unshown) {
        String describe() {
            return String.format(Locale.ROOT, "first frame %5d ms  frames %4d  p50 %.2f  p95 %.2f  p99 %.2f  max %6.2f"
                            + "  >33 ms %.1f %%", firstFrameMs, intervals.count(), intervals.quantile(0.5),
                    intervals.quantile(0.95), intervals.quantile(0.99), intervals.max(),
                    intervals.count() == 0 ? 0.0 : 100.0 * intervals.slowerThan(FrameStats.SLOW_MS) / intervals.count());
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> sizes = List.of((args.length > 0 ? args[0] : "1600x1000,1280x720").split(","));
        double seconds;
        double skip;
        int rounds;
        int moves;
        try {
            seconds = args.length > 1 ? Double.parseDouble(args[1]) : 62;
            skip = args.length > 2 ? Double.parseDouble(args[2]) : 30;
            rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
            moves = args.length > 4 ? Integer.parseInt(args[4]) : MOVES;
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
            skip = rounds = moves = -1;
        }
        // sizes WxH; a run longer than the seconds left out (at most an hour); at least one round; moves >= 0
        if (!sizes.stream().allMatch(z -> z.matches("[1-9][0-9]{2,4}x[1-9][0-9]{2,4}"))
                || !(skip >= 0 && seconds > skip && seconds <= 3600) || rounds < 1 || moves < 0) {
            System.out.println("frame benchmark: arguments [SIZES like 1600x1000,1280x720] [SECONDS a run, more than"
                    + " SKIP, at most 3600] [SKIP >= 0] [ROUNDS >= 1] [SLIDER MOVES >= 0]; got " + String.join(" ", args));
            System.exit(2);
        }
        if (System.getenv("DISPLAY") == null) {
            System.out.println("frame benchmark: no display; run it under xvfb-run -a -s \"-screen 0 1920x1080x24\"");
            return;
        }
        Files.createDirectories(OUT);
        boolean packaged = Files.isExecutable(PACKAGED);
        System.out.printf(Locale.ROOT, "frame benchmark: %d cores, %s %s; BN Lab from %s; %.0f s runs, the first %.0f s"
                        + " left out; %d slider moves; load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"),
                packaged ? PACKAGED + " (the packaged image)" : "the class path (no package built: its JVM options and"
                        + " class-data archive are missing)", seconds, skip, moves, load());
        for (int r = 1; r <= rounds; r++) {
            for (String size : sizes) {
                Run bare = bare(size, seconds, skip);
                System.out.printf(Locale.ROOT, "%s  empty JavaFX window  %s   (load %.2f)%n", size, bare.describe(), load());
                Run app = app(size, seconds, skip, packaged, moves);
                System.out.printf(Locale.ROOT, "%s  BN Lab, twins flat out %s  %.0f twin steps/s   (load %.2f)%n", size,
                        app.describe(), app.stepsPerSecond(), load());
                FrameStats c = app.changes();
                System.out.printf(Locale.ROOT, "%s  BN Lab, slider to frame: %d changes  p50 %.1f  p95 %.1f  max %.1f ms"
                                + "  over 50 ms: %d; not shown within 2 s: %d%n", size, c.count(), c.quantile(0.5),
                        c.quantile(0.95), c.max(), c.slowerThan(50), app.unshown());
                System.out.printf(Locale.ROOT, "%s  BN Lab / empty window: p95 x%.3f, p99 x%.3f; first frame %+d ms%n",
                        size, app.intervals().quantile(0.95) / bare.intervals().quantile(0.95),
                        app.intervals().quantile(0.99) / bare.intervals().quantile(0.99),
                        app.firstFrameMs() - bare.firstFrameMs());
            }
        }
    }

    private static Run bare(String size, double seconds, double skip) throws IOException, InterruptedException {
        Path log = OUT.resolve("frames-empty-" + size + ".log");
        Files.deleteIfExists(log);
        run(List.of(JAVA, "-cp", System.getProperty("java.class.path"), BareWindow.class.getName(), size,
                Double.toString(seconds), log.toString()), null, "empty-" + size, seconds);
        return read(log, skip);
    }

    private static Run app(String size, double seconds, double skip, boolean packaged, int moves)
            throws IOException, InterruptedException {
        Path log = OUT.resolve("frames-bnlab-" + size + ".log");
        List<String> cmd = new ArrayList<>();
        if (packaged) {
            cmd.add(PACKAGED.toString());
        } else {
            cmd.addAll(List.of(JAVA, "--add-modules", "jdk.incubator.vector", "-Xmx1g",
                    "-cp", System.getProperty("java.class.path"), "bnlab.app.Main"));
        }
        // the screenshot ends the run (the app quits after taking it), so the frame log is closed whole
        cmd.addAll(List.of("--size", size, "--play", "--speed", "0", "--log-frames", log.toString(),
                "--screenshot", OUT.resolve("bnlab-" + size + ".png").toString(), "--after", Double.toString(seconds)));
        // a settings store of its own: the user's is neither read nor written
        String prefs = "-Djava.util.prefs.userRoot=" + OUT.resolve("prefs").toAbsolutePath();
        Files.deleteIfExists(log); // the last run's log must not be taken for this one's
        Process p = start(cmd, prefs, "bnlab-" + size);
        moveSlider(log, skip, p, moves);
        await(p, "bnlab-" + size, seconds);
        return read(log, skip);
    }

    /**
     * Once the window has shown the engine's state for about {@code skip} seconds (from when the frame log says
     * where the slider is, a second after the window opened): click the learning-rate slider and move
     * it by the arrow keys, {@code moves} times, 0.6 s apart.
     */
    private static void moveSlider(Path log, double skip, Process p, int moves) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        String text = "";
        while (p.isAlive() && System.nanoTime() < deadline && !text.contains("# place #lr-slider")) {
            Thread.sleep(100);
            text = Files.exists(log) ? Files.readString(log) : "";
        }
        Thread.sleep((long) (skip * 1000));
        text = Files.exists(log) ? Files.readString(log) : "";
        Matcher m = PLACE.matcher(text);
        if (moves == 0) {
            return;
        }
        if (!p.isAlive() || !m.find()) {
            System.out.println("the learning-rate slider is not on the screen (or the window ended): not moved"
                    );
            return;
        }
        java.awt.Robot robot;
        try {
            robot = new java.awt.Robot();
        } catch (java.awt.AWTException | RuntimeException e) {
            System.out.println("no pointer to move here (" + e + "): the slider was not moved");
            return;
        }
        robot.mouseMove(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        Thread.sleep(1000);
        for (int i = 0; i < moves; i++) {
            int key = i % 2 == 0 ? java.awt.event.KeyEvent.VK_RIGHT : java.awt.event.KeyEvent.VK_LEFT;
            robot.keyPress(key);
            robot.keyRelease(key);
            Thread.sleep(600);
        }
    }

    private static void run(List<String> cmd, String toolOptions, String name, double seconds)
            throws IOException, InterruptedException {
        await(start(cmd, toolOptions, name), name, seconds);
    }

    private static Process start(List<String> cmd, String toolOptions, String name) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(OUT.resolve(name + ".out").toFile());
        if (toolOptions != null) {
            pb.environment().put("JAVA_TOOL_OPTIONS", toolOptions);
        }
        return pb.start();
    }

    private static void await(Process p, String name, double seconds) throws InterruptedException {
        if (!p.waitFor((long) seconds + 60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println(name + ": did not end within " + ((long) seconds + 60) + " s; see " + OUT.resolve(name + ".out"));
        }
    }

    /** The frame log's launch line and its frames after the first {@code skip} seconds (by their intervals). */
    static Run read(Path log, double skip) throws IOException {
        long first = -1;
        if (!Files.exists(log)) {
            System.out.println("no frame log " + log + ": the window did not start; see the .out file beside it");
            return new Run(-1, new FrameStats(), 0, new FrameStats(), 0);
        }
        FrameStats kept = new FrameStats();
        double t = 0;
        double t0 = -1;
        double t1 = -1;
        long s0 = -1;
        long s1 = -1;
        FrameStats changes = new FrameStats();
        int unshown = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = FIRST.matcher(line);
            if (m.find()) {
                first = Long.parseLong(m.group(1));
            }
            Matcher c = CHANGE.matcher(line);
            if (c.find()) {
                changes.add(Double.parseDouble(c.group(1)));
            }
            Matcher u = UNSHOWN.matcher(line);
            if (line.startsWith("# summary change-to-frame") && u.find()) {
                unshown = Integer.parseInt(u.group(1));
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.trim().split("\\s+");
            double interval = Double.parseDouble(f[1]);
            t += interval / 1000;
            if (t >= skip) {
                kept.add(interval);
                long step = Long.parseLong(f[3]);
                if (t0 < 0) {
                    t0 = t;
                    s0 = step;
                }
                t1 = t;
                s1 = step;
            }
        }
        return new Run(first, kept, t1 > t0 ? (s1 - s0) / (t1 - t0) : 0, changes, unshown);
    }

    private static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
