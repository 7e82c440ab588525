package bnlab.app.headless;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 'bnlab figure1' through the engine's headless run, on a few steps of a small MNIST-shaped folder (made
 * here: 28 x 28 images whose class is where a bright square sits): it writes all three panels, the
 * figure and the two CSV tables, and refuses what it cannot do by the bundles' words. The full run is a
 * benchmark (README), not a test.
 */
class Figure1CommandTest {
    @BeforeAll
    static void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void aShortRunWritesAllThreePanelsAndTheirNumbers() throws Exception {
        Path dir = folder("figure1");
        Path out = dir.resolve("out");
        // 42 is no multiple of 10 or 5: the last step is measured as well
        HeadlessProcess.Run r = onTinyMnist(dir, "--steps", "42", "--eval-every", "10", "--probe-every", "5");
        assertEquals(0, r.exit(), r.err());
        for (String panel : List.of("a", "b", "c")) {
            for (String ext : List.of("png", "svg", "pdf")) {
                assertTrue(Files.size(out.resolve("figure1-" + panel + "." + ext)) > 1000, panel + "." + ext);
            }
            BufferedImage png = ImageIO.read(out.resolve("figure1-" + panel + ".png").toFile());
            assertEquals(2 * 600, png.getWidth());
            assertEquals(2 * 450, png.getHeight());
        }
        BufferedImage all = ImageIO.read(out.resolve("figure1.png").toFile());
        assertEquals(2 * 3 * 600, all.getWidth());

        List<String> acc = Files.readAllLines(out.resolve("figure1-accuracy.csv"));
        assertEquals("step,accuracy_bn,accuracy_plain", acc.get(0));
        assertEquals(List.of("0", "10", "20", "30", "40", "42"), column(acc, 0));
        for (String row : acc.subList(1, acc.size())) {
            String[] cells = row.split(",");
            assertEquals(3, cells.length, row);
            for (int c = 1; c < 3; c++) {
                double a = Double.parseDouble(cells[c]);
                assertTrue(a >= 0 && a <= 1, row);
            }
        }
        List<String> pct = Files.readAllLines(out.resolve("figure1-percentiles.csv"));
        assertEquals("step,bn_p15,bn_p50,bn_p85,plain_p15,plain_p50,plain_p85", pct.get(0));
        assertEquals(List.of("0", "5", "10", "15", "20", "25", "30", "35", "40", "42"), column(pct, 0));
        for (String row : pct.subList(1, pct.size())) {
            String[] cells = row.split(",");
            assertEquals(7, cells.length, row);
            for (int twin = 0; twin < 2; twin++) {
                double p15 = Double.parseDouble(cells[1 + 3 * twin]);
                double p50 = Double.parseDouble(cells[2 + 3 * twin]);
                double p85 = Double.parseDouble(cells[3 + 3 * twin]);
                assertTrue(p15 <= p50 && p50 <= p85, row);
            }
        }
        assertTrue(r.out().contains(I18n.get("figure1.data", 600, 200)), r.out());
        String last = acc.get(acc.size() - 1);
        String[] a = last.split(",");
        assertTrue(r.out().contains(I18n.get("figure1.accuracyAt", 42, Figure1Command.fixed(Double.parseDouble(a[1]), 4),
                Figure1Command.fixed(Double.parseDouble(a[2]), 4))), r.out());
        String done = I18n.get("figure1.done", 42, "A", "B", 200, "T", "S", "R", "M");
        assertTrue(r.out().contains(done.substring(0, done.indexOf("A"))), r.out());
        for (String f : List.of("figure1.svg", "figure1-c.pdf", "figure1-accuracy.csv", "figure1-percentiles.csv")) {
            assertTrue(r.out().contains(I18n.get("headless.wrote", out.resolve(f).toString())), f + "\n" + r.out());
        }
    }

    @Test
    void csvAloneNeedsNoPanels() throws Exception {
        Path dir = folder("figure1-csv");
        Path out = dir.resolve("out");
        HeadlessProcess.Run r = onTinyMnist(dir, "--steps", "10", "--eval-every", "5", "--probe-every", "5",
                "--formats", "csv");
        assertEquals(0, r.exit(), r.err());
        try (var files = Files.list(out)) {
            assertEquals(List.of("figure1-accuracy.csv", "figure1-percentiles.csv"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFolderWithoutMnistSaysSo() throws Exception {
        Path dir = folder("figure1-missing");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", empty.toString(), "--steps", "5",
                "--out", dir.resolve("out").toString());
        assertEquals(Cli.FAILED, r.exit(), r.err());
        String said = I18n.get("headless.dataFailed", empty.toString(), "");
        assertTrue(r.err().contains(I18n.get("headless.failed", said)), r.err());
    }

    /** A seed of -5 was said as "the data in ... cannot be read" (a robustness review): it is the seed's range. */
    @Test
    void aSeedOutOfRangeIsSaidBeforeTheDataAreRead() throws Exception {
        Path dir = folder("figure1-seed");
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", dir.toString(),
                "--seed", "-5", "--out", dir.resolve("out").toString());
        assertEquals(Cli.USAGE, r.exit(), r.err());
        String said = I18n.problem(bnlab.engine.api.Setting.SEED.check(-5));
        assertTrue(r.err().contains(I18n.get("cli.error", said)), said + "\n" + r.err());
        // and a file given as --mnist is said to be a file, not a folder that does not exist
        Path file = Files.writeString(dir.resolve("digits.csv"), "1,2,0\n");
        HeadlessProcess.Run f = HeadlessProcess.run(dir, "figure1", "--mnist", file.toString(), "--out",
                dir.resolve("out").toString());
        assertEquals(Cli.USAGE, f.exit(), f.err());
        assertTrue(f.err().contains(I18n.get("cli.notFolder", "--mnist", file.toString())), f.err());
    }

    /** picocli's "'abc' is not an int" and its whole usage screen, in English under --lang zh: one worded line. */
    @Test
    void aNumberOptionGivenTextIsOneWordedLineInTheLanguageAsked() throws Exception {
        Path dir = folder("figure1-notanumber");
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", dir.toString(), "--steps", "abc",
                "--lang", "zh");
        assertEquals(Cli.USAGE, r.exit(), r.err());
        java.util.Locale before = I18n.locale();
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            assertEquals(I18n.get("cli.error", I18n.get("cli.notWhole", "--steps", "abc")), r.err().strip());
        } finally {
            I18n.setLocale(before);
        }
    }

    @Test
    void optionsOutOfRangeAreRefusedBeforeTraining() throws Exception {
        Path dir = folder("figure1-refused");
        Path out = dir.resolve("out");
        String[][] cases = {
            {"--eval-every", "0"}, {"--learning-rate", "20"}, {"--steps", "0"}, {"--formats", "png,gif"}};
        String[] said = {I18n.get("figure1.every", 0, 50), I18n.get("figure1.learningRateRange", 20.0),
            I18n.get("headless.steps", 0), I18n.get("headless.unknownFormat", "png,gif", "png, svg, pdf, csv")};
        for (int i = 0; i < cases.length; i++) {
            HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", dir.toString(), "--out",
                    out.toString(), cases[i][0], cases[i][1]);
            assertEquals(Cli.USAGE, r.exit(), r.err());
            assertTrue(r.err().contains(I18n.get("cli.error", said[i])), said[i] + "\n" + r.err());
        }
    }

    @Test
    void aTwinThatDivergedIsReportedAndHasNoFinalAccuracy() {
        DecimatingBuffer acc = new DecimatingBuffer(4, 2);
        acc.add(0, 0.1, 0.1);
        acc.add(10, 0.8, 0.5);
        acc.add(20, 0.9, Double.NaN);
        Problem nan = Problem.of(RunProblem.LOSS_NAN, 14, 10.0);
        RunResult r = new RunResult(acc.view(), new DecimatingBuffer(4, 6).view(), 200, 100, null, nan, 1, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Figure1Command c = new Figure1Command(out, out);
        c.steps = 20;
        c.evalEvery = 10;
        c.report(r, "BatchNorm", 3);
        String said = bytes.toString(StandardCharsets.UTF_8);
        String none = I18n.get("figure1.noAccuracy");
        assertTrue(said.contains(I18n.get("figure1.diverged", I18n.get("twin.plain.named"), I18n.problem(nan))), said);
        assertTrue(said.contains(I18n.get("figure1.accuracyAt", 20, "0.9000", none)), said);
        assertTrue(said.contains(I18n.get("figure1.done", 20, "0.9000", none, 200, "1.0", "3.0", "20", "1.0")), said);
    }

    /** A folder of one test's own under target/headless-test. */
    private static Path folder(String name) throws Exception {
        return Files.createDirectories(Path.of("target", "headless-test", name).toAbsolutePath());
    }

    /** figure1 on a tiny MNIST folder made in dir, writing into dir/out, with the options given. */
    private static HeadlessProcess.Run onTinyMnist(Path dir, String... options) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("figure1", "--mnist", mnist(dir).toString(),
                "--out", dir.resolve("out").toString()));
        args.addAll(List.of(options));
        return HeadlessProcess.run(dir, args.toArray(String[]::new));
    }

    private static Path mnist(Path dir) throws Exception {
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        write(mnist, "train", 600, 1);
        write(mnist, "t10k", 200, 2);
        return mnist;
    }

    private static List<String> column(List<String> csv, int c) {
        return csv.subList(1, csv.size()).stream().map(l -> l.split(",", -1)[c]).toList();
    }

    // IDX files: images (magic 2051, n, 28, 28) and labels (magic 2049, n); class k: a square at row 2k
    static void write(Path dir, String prefix, int n, long seed) throws Exception {
        Random rnd = new Random(seed);
        byte[] labels = new byte[n];
        byte[] pixels = new byte[n * 784];
        for (int i = 0; i < n; i++) {
            int k = rnd.nextInt(10);
            labels[i] = (byte) k;
            for (int p = 0; p < 784; p++) {
                pixels[i * 784 + p] = (byte) rnd.nextInt(40);
            }
            for (int y = 2 * k + 2; y < 2 * k + 6; y++) {
                for (int x = 10; x < 18; x++) {
                    pixels[i * 784 + y * 28 + x] = (byte) 230;
                }
            }
        }
        try (OutputStream f = Files.newOutputStream(dir.resolve(prefix + "-images-idx3-ubyte"));
             DataOutputStream d = new DataOutputStream(f)) {
            d.writeInt(2051);
            d.writeInt(n);
            d.writeInt(28);
            d.writeInt(28);
            d.write(pixels);
        }
        try (OutputStream f = Files.newOutputStream(dir.resolve(prefix + "-labels-idx1-ubyte"));
             DataOutputStream d = new DataOutputStream(f)) {
            d.writeInt(2049);
            d.writeInt(n);
            d.write(labels);
        }
    }
}
