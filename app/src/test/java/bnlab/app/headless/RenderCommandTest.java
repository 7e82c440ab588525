package bnlab.app.headless;

import bnlab.app.export.Gifs;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 'bnlab render' in its own JVM, with no display and CI=true, writes every format. */
class RenderCommandTest {
    /** What a render wrote: its folder, and the process (its output). */
    private record Rendered(Path out, HeadlessProcess.Run run) {
    }

    /** 'bnlab render' with these arguments into target/headless-test/NAME/out; it must end without error. */
    private static Rendered render(String name, String... args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "headless-test", name).toAbsolutePath());
        Path out = dir.resolve("out");
        List<String> all = new java.util.ArrayList<>(List.of("render"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        HeadlessProcess.Run r = HeadlessProcess.run(dir, all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return new Rendered(out, r);
    }

    @Test
    void writesEveryFormatWithoutADisplay() throws Exception {
        Rendered r = render("render", "--steps", "30", "--views", "curves,saturation",
                "--formats", "png,svg,pdf,gif,csv", "--frames", "3", "--size", "900x600", "--scale", "2",
                "--gif-width", "450");
        Path out = r.out();
        for (String view : List.of("curves", "saturation")) {
            BufferedImage png = ImageIO.read(out.resolve(view + ".png").toFile());
            assertEquals(1800, png.getWidth(), view);
            assertEquals(1200, png.getHeight(), view);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            assertEquals("svg", f.newDocumentBuilder().parse(out.resolve(view + ".svg").toFile())
                    .getDocumentElement().getTagName());
            assertTrue(new String(Files.readAllBytes(out.resolve(view + ".pdf")), 0, 5).startsWith("%PDF-"));
            Path gif = out.resolve(view + ".gif");
            assertEquals(3, Gifs.frames(gif), view);
            assertTrue(Gifs.loopsForever(gif));
            assertEquals(450, ImageIO.read(gif.toFile()).getWidth());
            List<String> csv = Files.readAllLines(out.resolve(view + ".csv"));
            assertEquals("chart,series,x,y,y_low,y_high,z", csv.get(0));
            assertTrue(csv.size() > 10, view + " has data");
            assertTrue(r.run().out().contains(out.resolve(view + ".png").toString()), "says what it wrote");
        }
    }

    /**
     * The twins' loss surface is computed around the weights reached: 25 x 25 losses for each twin, centre 0; a view
     * with nothing to write (an MLP's feature maps) gets no CSV, the BN table its table of numbers.
     */
    @Test
    void theSurfaceIsComputedNotLeftEmpty() throws Exception {
        Rendered r = render("surface", "--steps", "20", "--views", "surface,featureMaps,bnTable",
                "--formats", "csv");
        Path out = r.out();
        // an MLP has no feature maps, so nothing to write: no header-only file, and a line that says so
        assertTrue(!Files.exists(out.resolve("featureMaps.csv")), "no empty CSV");
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        assertTrue(r.run().err().contains(bnlab.app.i18n.I18n.get("headless.noSeries", "featureMaps")), r.run().err());
        // the BN table gives its numbers: the 36 values of the by-hand batch, which add up to 180
        List<String> table = Files.readAllLines(out.resolve("bnTable.csv"));
        assertEquals("i,image,row,column,x,x_hat,y", table.get(0));
        assertEquals(37, table.size());
        assertEquals(180, table.stream().skip(1).mapToDouble(l -> Double.parseDouble(l.split(",")[4])).sum(), 0);
        List<String> rows = Files.readAllLines(out.resolve("surface.csv"));
        List<String[]> grid = rows.stream().skip(1).map(l -> l.split(",", -1)).filter(c -> !c[6].isEmpty()).toList();
        assertEquals(2 * 25 * 25, grid.size(), "both twins' grids");
        assertTrue(grid.stream().allMatch(c -> Double.parseDouble(c[6]) > 0), "losses");
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        assertTrue(grid.stream().allMatch(c -> c[1].equals(bnlab.app.i18n.I18n.get("surface.lossAxis"))),
                "named as the loss, not series 0");
        assertEquals(2, grid.stream().filter(c -> Double.parseDouble(c[2]) == 0 && Double.parseDouble(c[3]) == 0).count(),
                "each grid has the weights reached at its centre");
    }

    /** The repeat over seeds runs to its end for a picture, as its button would: a dot per seed, not an empty chart. */
    @Test
    void theRepeatOverSeedsRunsNotLeftEmpty() throws Exception {
        Rendered r = render("seeds", "--lesson", "repeat-seeds", "--lesson-step", "1",
                "--formats", "csv", "--steps", "0");
        Path out = r.out();
        List<String> rows = Files.readAllLines(out.resolve("seeds.csv"));
        assertEquals("seed,batch_size,steps,test_samples,test_accuracy_bn,test_accuracy_plain,diverged,samples_ahead_bn",
                rows.get(0));
        assertEquals(21, rows.size(), "seeds 1 to 20");
        assertEquals(List.of("1", "16", "2000", "1438"), List.of(rows.get(1).split(",")).subList(0, 4));
        // lesson 15's claim: ahead in 19 of the 20 seeds, 333 test images in all
        assertEquals(19, rows.stream().skip(1).filter(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1)) > 0)
                .count());
        assertEquals(333, rows.stream().skip(1).mapToInt(l -> Integer.parseInt(l.substring(l.lastIndexOf(',') + 1)))
                .sum());
    }

    /** A GIF of the repeat shows its dots arriving: frames while it runs and as it ends, after the training's. */
    @Test
    void theRepeatsGifShowsTheDotsArriving() throws Exception {
        Rendered r = render("seeds-gif", "--lesson", "repeat-seeds", "--lesson-step", "1",
                "--formats", "gif", "--frames", "4", "--steps", "0");
        Path out = r.out();
        int frames = Gifs.frames(out.resolve("seeds.gif"));
        // the training's 4, then one each time 5 of the 20 runs are in, and the end
        assertTrue(frames >= 4 + 4, "frames: " + frames);
    }

    /** A lesson step that keeps its result back from the class still renders it for a talk. */
    @Test
    void aLessonStepRendersWhatItKeepsBackFromTheClass() throws Exception {
        Rendered r = render("lesson-results", "--lesson", "canyon-bowl", "--lesson-step", "1",
                "--views", "landscape", "--formats", "svg", "--steps", "0");
        Path out = r.out();
        String svg = Files.readString(out.resolve("landscape.svg"));
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        assertTrue(svg.contains(">" + bnlab.app.i18n.I18n.get("landscape.steps", 2741) + "<"), "the canyon's step count");
        assertTrue(!svg.contains(">" + bnlab.app.i18n.I18n.get("landscape.steps.withheld") + "<"), "nothing withheld");
    }

    /**
     * A lesson step that trains on entering (lesson 7's fourth: reset, then 60 steps) is rendered after those steps:
     * the render paused the set-up and so cancelled them, and the still showed the twins untrained at step 0.
     */
    @Test
    void aLessonStepsOwnTrainingRunsBeforeTheStills() throws Exception {
        Rendered r = render("lesson-steps", "--lesson", "learning-rate", "--lesson-step", "4",
                "--views", "curves", "--formats", "csv", "--steps", "0");
        Path out = r.out();
        double last = Files.readAllLines(out.resolve("curves.csv")).stream().skip(1)
                .filter(l -> l.startsWith("Training loss,")).mapToDouble(l -> Double.parseDouble(l.split(",")[2]))
                .max().orElse(-1);
        assertEquals(60, last, 0, "the loss curve reaches the step the lesson trained to");
    }

    /**
     * A lesson step whose entries load another data set (lesson 11's sixth: the digits, after the moons of its first
     * steps) renders that experiment with the step's view options: the entries that arrived once the data had loaded
     * found the views laid out on their own, out of their cells, and threw (a NullPointerException on the FX thread),
     * and the CSV had no gradient path.
     */
    @Test
    void aLessonStepThatLoadsAnotherDataSetRendersItsOwnExperiment() throws Exception {
        Rendered r = render("lesson-data", "--lesson", "smooth-landscape", "--lesson-step", "6",
                "--views", "curves", "--formats", "csv", "--steps", "10");
        assertTrue(!r.run().err().contains("Exception") && !r.run().out().contains("Exception"), r.run().err());
        List<String> rows = Files.readAllLines(r.out().resolve("curves.csv"));
        String path = bnlab.app.i18n.I18n.get("curves.path.plain");
        assertEquals(3, rows.stream().filter(l -> l.startsWith(path + ",")).count(),
                "the plain twin's path at steps 0, 5 and 10 (every 5 steps, the step's settings): " + rows);
    }

    /**
     * A saved CNN on moons, which the engine refuses, rendered the default digits experiment and exited 0 (a
     * robustness review): the pictures were of another experiment. Now the refusal, worded, and no pictures.
     */
    @Test
    void anExperimentTheEngineRefusesIsSaidNotRenderedAsAnother() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "headless-test", "refused").toAbsolutePath());
        Path file = dir.resolve("cnn-moons.json");
        Files.writeString(file, """
                {"format": 1, "dataset": "MOONS", "spec": {"hidden": [8, 16], "activation": "SIGMOID", "init": "HE",
                 "sigma": 0.1, "norm": "BATCH", "placement": "BEFORE_ACTIVATION", "loss": "SOFTMAX_CROSS_ENTROPY",
                 "seed": 7, "testFraction": 0.2, "standardize": true, "arch": "CNN", "groups": 2},
                 "settings": {"learningRate": 0.1, "optimizerMomentum": 0.0, "bnMomentum": 0.1, "convention": "PYTORCH",
                 "eps": 1e-05, "batchSize": 32, "pinLayer": -1, "stepsPerSecond": 0, "probeEvery": 1, "histBins": 40,
                 "probeUnit": -1, "saturationThreshold": 0.05, "evalEvery": 20}}
                """);
        Path out = dir.resolve("out");
        Files.deleteIfExists(out.resolve("curves.csv")); // an earlier run's
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "render", "--experiment", file.toString(), "--views",
                "curves", "--formats", "csv", "--steps", "5", "--out", out.toString(), "--lang", "en");
        assertTrue(r.exit() != 0, "refused: " + r.err());
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        String said = bnlab.app.i18n.I18n.problem(bnlab.engine.api.Problem.of(
                bnlab.engine.api.SettingProblem.CNN_NEEDS_IMAGES, "moons"));
        assertTrue(r.err().contains(said.substring(0, 40)), r.err());
        assertTrue(!Files.exists(out.resolve("curves.csv")), "no curves of another experiment");
    }

    @Test
    void aMistakeIsOneLineAndExitCode2() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "headless-test", "mistake").toAbsolutePath());
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "render", "--views", "nosuchview", "--out",
                dir.resolve("out").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("nosuchview"), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> l.contains("nosuchview")).count(), r.err());
        // a step without its lesson was ignored: the live views rendered, no lesson at all
        Path out = dir.resolve("alone");
        if (Files.exists(out)) { // a run before
            try (var old = Files.walk(out)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        HeadlessProcess.Run alone = HeadlessProcess.run(dir, "render", "--lesson-step", "3", "--out", out.toString());
        assertEquals(2, alone.exit(), alone.err());
        java.util.Locale was = bnlab.app.i18n.I18n.locale();
        try {
            bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH); // render's --lang
            assertTrue(alone.err().contains(bnlab.app.i18n.I18n.get("cli.needs", "--lesson-step", "--lesson")),
                    alone.err());
        } finally {
            bnlab.app.i18n.I18n.setLocale(was);
        }
        assertTrue(!Files.exists(out), "nothing rendered");
        // no view at all was rendered as nothing, exit code 0
        Path none = dir.resolve("none");
        HeadlessProcess.Run empty = HeadlessProcess.run(dir, "render", "--views", ",", "--out", none.toString());
        assertEquals(2, empty.exit(), empty.err());
        try {
            bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
            assertTrue(empty.err().contains(bnlab.app.i18n.I18n.get("render.noViews",
                    String.join(", ", bnlab.app.MainWindow.viewNames()))), empty.err());
        } finally {
            bnlab.app.i18n.I18n.setLocale(was);
        }
    }
}
