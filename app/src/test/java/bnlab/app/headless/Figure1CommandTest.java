package bnlab.app.headless;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.DataOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 'bnlab figure1' on a few steps of a small MNIST-shaped folder (made here: 28 x 28 images whose class
 * is where a bright square sits) writes all three panels, the figure and the CSV; the full run is a
 * benchmark (README), not a test.
 */
class Figure1CommandTest {
    @Test
    void aShortRunWritesAllThreePanels() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "headless-test", "figure1").toAbsolutePath());
        Path mnist = Files.createDirectories(dir.resolve("mnist"));
        write(mnist, "train", 600, 1);
        write(mnist, "t10k", 200, 2);
        Path out = dir.resolve("out");
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", mnist.toString(), "--steps", "40",
                "--eval-every", "10", "--probe-every", "5", "--out", out.toString());
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
        List<String> csv = Files.readAllLines(out.resolve("figure1.csv"));
        // (a) the two twins' test accuracy at steps 0, 10, ..., 40; (b), (c) a band each
        long accuracyRows = csv.stream().filter(l -> l.startsWith("(a)")).count();
        assertEquals(2 * 5, accuracyRows, String.join("\n", csv.subList(0, Math.min(20, csv.size()))));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("\"(b)") || l.startsWith("(b)")));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("\"(c)") || l.startsWith("(c)")));
        assertTrue(r.out().contains("40"), r.out());
    }

    @Test
    void aFolderWithoutMnistSaysSo() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "headless-test", "figure1-missing").toAbsolutePath());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        HeadlessProcess.Run r = HeadlessProcess.run(dir, "figure1", "--mnist", empty.toString(), "--steps", "5",
                "--out", dir.resolve("out").toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains(empty.toString()), r.err());
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
