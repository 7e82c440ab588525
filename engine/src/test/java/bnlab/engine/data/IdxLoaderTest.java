package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxLoaderTest {

    @TempDir
    Path dir;

    /** IDX bytes: big-endian magic, dimensions, then the data as unsigned bytes. */
    static byte[] idx(int magic, int[] dims, int[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (int v : data) {
            out.writeByte(v);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    // 3 images of 2x2: pixel values 0, 51, 255 ...; labels 7, 0, 3
    private static final int[] PIXELS = {0, 51, 102, 255, 255, 0, 1, 2, 10, 20, 30, 40};
    private static final int[] LABELS = {7, 0, 3};

    private Path images(String name, byte[] b) throws IOException {
        return Files.write(dir.resolve(name), b);
    }

    private Path goodImages(String name) throws IOException {
        return images(name, idx(0x803, new int[] {3, 2, 2}, PIXELS));
    }

    private Path goodLabels(String name) throws IOException {
        return images(name, idx(0x801, new int[] {3}, LABELS));
    }

    private void assertFails(Path img, Path lab, String named, String... fragments) {
        DataLoadException e = assertThrows(DataLoadException.class, () -> IdxLoader.load(img, lab));
        assertTrue(e.getMessage().contains(named), "file not named: " + e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing in: " + e.getMessage());
        }
    }

    @Test
    void roundTripRawAndGzipped() throws IOException {
        Dataset raw = IdxLoader.load(goodImages("img"), goodLabels("lab"));
        Dataset gz = IdxLoader.load(images("img.gz", gzip(idx(0x803, new int[] {3, 2, 2}, PIXELS))),
                images("lab.bin", gzip(idx(0x801, new int[] {3}, LABELS))));
        for (Dataset d : new Dataset[] {raw, gz}) {
            assertEquals(3, d.size());
            assertEquals(4, d.dim());
            assertEquals(10, d.numClasses());
            assertArrayEquals(LABELS, d.labels());
            assertArrayEquals(new double[] {0, 0.2, 0.4, 1.0}, d.row(0), 1e-12);
            assertArrayEquals(new double[] {10 / 255.0, 20 / 255.0, 30 / 255.0, 40 / 255.0}, d.row(2), 1e-12);
            assertEquals("px(1,0)", d.featureNames().get(2));
        }
    }

    @Test
    void limitReadsOnlyTheFirstSamples() throws IOException {
        Dataset d = IdxLoader.load(goodImages("img"), goodLabels("lab"), 2);
        assertEquals(2, d.size());
        assertArrayEquals(new int[] {7, 0}, d.labels());
        assertThrows(IllegalArgumentException.class, () -> IdxLoader.load(dir.resolve("img"), dir.resolve("lab"), 0));
    }

    @Test
    void labelsAboveNineWidenTheClasses() throws IOException {
        Path lab = images("lab", idx(0x801, new int[] {3}, new int[] {1, 12, 3}));
        assertEquals(13, IdxLoader.load(goodImages("img"), lab).numClasses());
    }

    @Test
    void wrongMagic() throws IOException {
        Path bad = images("train-images-idx3-ubyte", idx(0x802, new int[] {3, 2, 2}, PIXELS));
        assertFails(bad, goodLabels("lab"), "train-images-idx3-ubyte",
                "wrong magic number 0x00000802, expected 0x00000803 (IDX uint8 images)");
        // images and labels swapped
        assertFails(goodLabels("l2"), goodImages("i2"), "i2", "0x00000803 (IDX uint8 images), expected 0x00000801");
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] full = idx(0x803, new int[] {3, 2, 2}, PIXELS);
        assertFails(images("h10", Arrays.copyOf(full, 10)), goodLabels("lab"), "h10",
                "truncated header", "expected 16 bytes", "found 10");
        assertFails(images("h2", Arrays.copyOf(full, 2)), goodLabels("lab"), "h2", "truncated header");
        assertFails(images("h2.gz", gzip(Arrays.copyOf(full, 6))), goodLabels("lab"), "h2.gz", "truncated header");
        assertFails(images("empty", new byte[0]), goodLabels("lab"), "empty", "empty file");
    }

    @Test
    void truncatedPixelsAndLabels() throws IOException {
        byte[] full = idx(0x803, new int[] {3, 2, 2}, PIXELS);
        assertFails(images("p", Arrays.copyOf(full, full.length - 3)), goodLabels("lab"), "p",
                "truncated: header says 3 images of 2x2 but file holds 9 bytes of pixel data (expected 12)");
        assertFails(images("p.gz", gzip(Arrays.copyOf(full, full.length - 3))), goodLabels("lab"), "p.gz",
                "holds 9 bytes of pixel data");
        byte[] lab = idx(0x801, new int[] {3}, LABELS);
        assertFails(goodImages("img"), images("lab-short", Arrays.copyOf(lab, lab.length - 1)), "lab-short",
                "header says 3 labels but file holds 2 bytes");
    }

    @Test
    void extraDataAfterTheSamples() throws IOException {
        int[] more = Arrays.copyOf(PIXELS, PIXELS.length + 5);
        assertFails(images("long", idx(0x803, new int[] {3, 2, 2}, more)), goodLabels("lab"), "long",
                "5 bytes of unexpected data");
    }

    @Test
    void countMismatch() throws IOException {
        Path lab = images("lab4", idx(0x801, new int[] {4}, new int[] {1, 2, 3, 4}));
        assertFails(goodImages("img"), lab, "img", "holds 3 images but lab4 holds 4 labels");
    }

    @Test
    void corruptGzipIsNamed() throws IOException {
        byte[] gz = gzip(idx(0x803, new int[] {3, 2, 2}, PIXELS));
        gz[gz.length / 2] ^= 0x55;
        gz[gz.length / 2 + 1] ^= 0x55;
        DataLoadException e = assertThrows(DataLoadException.class,
                () -> IdxLoader.load(images("bad.gz", gz), goodLabels("lab")));
        assertTrue(e.getMessage().contains("bad.gz"), e.getMessage());
    }
}
