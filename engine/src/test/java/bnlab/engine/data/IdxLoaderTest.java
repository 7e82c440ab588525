package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ProblemException;

import static bnlab.engine.data.Loading.assertCheapProblem;
import static bnlab.engine.data.Loading.assertProblem;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @TempDir(factory = UnderTarget.class)
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

    /** Loading all samples fails with exactly this code and these values. */
    private static void assertFails(Path img, Path lab, DataProblem code, Object... args) {
        assertProblem(() -> IdxLoader.load(img, lab), code, args);
    }

    private static final int MAX = Integer.MAX_VALUE;

    @Test
    void roundTripRawAndGzipped() throws Exception {
        Dataset raw = IdxLoader.load(goodImages("img"), goodLabels("lab"));
        Dataset gz = IdxLoader.load(images("img.gz", gzip(idx(0x803, new int[] {3, 2, 2}, PIXELS))),
                images("lab.bin", gzip(idx(0x801, new int[] {3}, LABELS))));
        for (Dataset d : new Dataset[] {raw, gz}) {
            assertEquals(3, d.size());
            assertEquals(4, d.dim());
            assertEquals(10, d.numClasses());
            assertArrayEquals(LABELS, d.labels());
            // pixels / 255, kept as float32
            assertArrayEquals(new double[] {0, (float) 0.2, (float) 0.4, 1.0}, d.row(0));
            assertArrayEquals(new double[] {(float) (10 / 255.0), (float) (20 / 255.0), (float) (30 / 255.0),
                (float) (40 / 255.0)}, d.row(2));
            assertEquals("px(1,0)", d.featureNames().get(2));
        }
    }

    @Test
    void limitReadsOnlyTheFirstSamples() throws Exception {
        Dataset d = IdxLoader.load(goodImages("img"), goodLabels("lab"), 2);
        assertEquals(2, d.size());
        assertArrayEquals(new int[] {7, 0}, d.labels());
        assertThrows(IllegalArgumentException.class, () -> IdxLoader.load(dir.resolve("img"), dir.resolve("lab"), 0));
    }

    @Test
    void labelsAboveNineWidenTheClasses() throws Exception {
        Path lab = images("lab", idx(0x801, new int[] {3}, new int[] {1, 12, 3}));
        assertEquals(13, IdxLoader.load(goodImages("img"), lab).numClasses());
    }

    @Test
    void limitLeavesTheRestUnchecked() throws Exception {
        // both files announce 1000 samples; 3 images and 4 labels are there: reading the first 2 is fine
        Path img = images("img", idx(0x803, new int[] {1000, 2, 2}, PIXELS));
        Path lab = images("lab", idx(0x801, new int[] {1000}, new int[] {7, 0, 3, 1}));
        Dataset d = IdxLoader.load(img, lab, 2);
        assertArrayEquals(new int[] {7, 0}, d.labels());
        assertFails(img, lab, DataProblem.IDX_TRUNCATED_LABELS, "lab", 1000, 4L);
        assertProblem(() -> IdxLoader.load(img, lab, 4), DataProblem.IDX_TRUNCATED_IMAGES, "img", 1000, 2, 2, 12L, 4000L);
    }

    @Test
    void wrongMagic() throws IOException {
        Path bad = images("train-images-idx3-ubyte", idx(0x802, new int[] {3, 2, 2}, PIXELS));
        assertFails(bad, goodLabels("lab"), DataProblem.IDX_WRONG_MAGIC, "train-images-idx3-ubyte", 0x802, 0x803);
        // images and labels swapped: the labels file is read first
        assertFails(goodLabels("l2"), goodImages("i2"), DataProblem.IDX_IMAGES_INSTEAD_OF_LABELS, "i2", 0x803, 0x801);
        assertFails(goodLabels("l3"), goodLabels("lab"), DataProblem.IDX_LABELS_INSTEAD_OF_IMAGES, "l3", 0x801, 0x803);
        Path le = images("le", idx(Integer.reverseBytes(0x803), new int[] {3, 2, 2}, PIXELS));
        assertFails(le, goodLabels("lab"), DataProblem.IDX_MAGIC_BYTE_SWAPPED, "le", 0x03080000, 0x803);
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] full = idx(0x803, new int[] {3, 2, 2}, PIXELS);
        assertFails(images("h10", Arrays.copyOf(full, 10)), goodLabels("lab"), DataProblem.IDX_TRUNCATED_HEADER,
                "h10", 16, 10, 3);
        assertFails(images("h2", Arrays.copyOf(full, 2)), goodLabels("lab"), DataProblem.IDX_TRUNCATED_MAGIC, "h2", 2);
        assertFails(images("h2.gz", gzip(Arrays.copyOf(full, 6))), goodLabels("lab"), DataProblem.IDX_TRUNCATED_HEADER,
                "h2.gz", 16, 6, 3);
        assertFails(images("empty", new byte[0]), goodLabels("lab"), DataProblem.EMPTY_FILE, "empty");
    }

    @Test
    void dimensionBelowOne() throws IOException {
        assertFails(images("zero", idx(0x803, new int[] {0, 2, 2}, new int[0])), goodLabels("lab"),
                DataProblem.IDX_DIMENSION_BELOW_ONE, "zero", 0, 0);
        assertFails(images("neg", idx(0x803, new int[] {3, -1, 2}, PIXELS)), goodLabels("lab"),
                DataProblem.IDX_DIMENSION_BELOW_ONE, "neg", 1, -1);
    }

    @Test
    void truncatedPixelsAndLabels() throws IOException {
        byte[] full = idx(0x803, new int[] {3, 2, 2}, PIXELS);
        assertFails(images("p", Arrays.copyOf(full, full.length - 3)), goodLabels("lab"),
                DataProblem.IDX_TRUNCATED_IMAGES, "p", 3, 2, 2, 9L, 12L);
        assertFails(images("p.gz", gzip(Arrays.copyOf(full, full.length - 3))), goodLabels("lab"),
                DataProblem.IDX_TRUNCATED_IMAGES, "p.gz", 3, 2, 2, 9L, 12L);
        byte[] lab = idx(0x801, new int[] {3}, LABELS);
        assertFails(goodImages("img"), images("lab-short", Arrays.copyOf(lab, lab.length - 1)),
                DataProblem.IDX_TRUNCATED_LABELS, "lab-short", 3, 2L);
        assertFails(goodImages("img"), images("lab-short.gz", gzip(Arrays.copyOf(lab, lab.length - 1))),
                DataProblem.IDX_TRUNCATED_LABELS, "lab-short.gz", 3, 2L);
    }

    @Test
    void extraDataAfterTheSamples() throws IOException {
        int[] more = Arrays.copyOf(PIXELS, PIXELS.length + 5);
        assertFails(images("long", idx(0x803, new int[] {3, 2, 2}, more)), goodLabels("lab"),
                DataProblem.IDX_EXTRA_AFTER_IMAGES, "long", 5L, 3);
        assertFails(images("long.gz", gzip(idx(0x803, new int[] {3, 2, 2}, more))), goodLabels("lab"),
                DataProblem.IDX_EXTRA_AFTER_IMAGES, "long.gz", 5L, 3);
        assertFails(goodImages("img"), images("lab-long", idx(0x801, new int[] {3}, new int[] {1, 2, 3, 4, 5})),
                DataProblem.IDX_EXTRA_AFTER_LABELS, "lab-long", 2L, 3);
    }

    @Test
    void countMismatch() throws IOException {
        Path lab = images("lab4", idx(0x801, new int[] {4}, new int[] {1, 2, 3, 4}));
        assertFails(goodImages("img"), lab, DataProblem.IDX_COUNT_MISMATCH, "img", 3, "lab4", 4);
    }

    @Test
    void corruptGzipIsNamed() throws IOException {
        byte[] gz = gzip(idx(0x803, new int[] {3, 2, 2}, PIXELS));
        gz[gz.length / 2] ^= 0x55;
        gz[gz.length / 2 + 1] ^= 0x55;
        Path bad = images("bad.gz", gz);
        ProblemException e = assertThrows(ProblemException.class, () -> IdxLoader.load(bad, goodLabels("lab")));
        assertEquals(DataProblem.CORRUPT_GZIP, e.problem().code(), e.problem().toString());
        assertEquals("bad.gz", e.problem().arg(0));
        assertInstanceOf(String.class, e.problem().arg(1), "the system's reason");
    }

    @Test
    void missingAndUnreadableFiles() throws IOException {
        Path nowhere = dir.resolve("nowhere");
        assertFails(nowhere, goodLabels("lab"), DataProblem.FILE_NOT_FOUND, nowhere.toString());
        Path folder = Files.createDirectory(dir.resolve("a-folder"));
        ProblemException e = assertThrows(ProblemException.class, () -> IdxLoader.load(goodImages("img"), folder));
        assertEquals(DataProblem.UNREADABLE_FILE, e.problem().code(), e.problem().toString());
        assertEquals("a-folder", e.problem().arg(0));
        assertInstanceOf(String.class, e.problem().arg(1));
    }

    // ---- forged headers: refused from the header and the bytes really there, never by allocating ----

    /** Far below what any forged header below announces (gigabytes), far above the loader's buffers. */
    private static final long CHEAP = 32L << 20;

    @Test
    void twoToThe31MinusOneImagesInATinyFile() throws IOException {
        Path one = images("forged1", idx(0x803, new int[] {MAX, 1, 1}, new int[] {1, 2, 3}));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(one, goodLabels("lab")), DataProblem.IDX_TOO_MANY_VALUES,
                "forged1", MAX, 1, 1, IdxLoader.MAX_VALUES);
        Path mnist = images("forged28", idx(0x803, new int[] {MAX, 28, 28}, PIXELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(mnist, goodLabels("lab")), DataProblem.IDX_TOO_MANY_VALUES,
                "forged28", MAX, 28, 28, IdxLoader.MAX_VALUES);
    }

    @Test
    void twoToThe31MinusOneOrManyLabelsInATinyFile() throws IOException {
        Path all = images("lab-max", idx(0x801, new int[] {MAX}, LABELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(goodImages("img"), all), DataProblem.IDX_TOO_MANY_LABELS,
                "lab-max", MAX, IdxLoader.MAX_VALUES);
        Path raw = images("lab-1e9", idx(0x801, new int[] {1_000_000_000}, LABELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(goodImages("img"), raw), DataProblem.IDX_TRUNCATED_LABELS,
                "lab-1e9", 1_000_000_000, 3L);
        Path gz = images("lab-1e9.gz", gzip(idx(0x801, new int[] {1_000_000_000}, LABELS)));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(goodImages("img"), gz), DataProblem.IDX_TRUNCATED_LABELS,
                "lab-1e9.gz", 1_000_000_000, 3L);
    }

    @Test
    void dimensionsWhoseProductOverflows() throws IOException {
        // 65536 * 65536 = 2^32 overflows an int; 2^31-1 cubed overflows a long
        Path intOverflow = images("wide", idx(0x803, new int[] {2, 65536, 65536}, PIXELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(intOverflow, goodLabels("lab")), DataProblem.IDX_TOO_MANY_VALUES,
                "wide", 2, 65536, 65536, IdxLoader.MAX_VALUES);
        Path longOverflow = images("cube", idx(0x803, new int[] {MAX, MAX, MAX}, PIXELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(longOverflow, goodLabels("lab")), DataProblem.IDX_TOO_MANY_VALUES,
                "cube", MAX, MAX, MAX, IdxLoader.MAX_VALUES);
    }

    @Test
    void aHugeImageInATinyFile() throws IOException {
        // one 40000 x 40000 image (1.6e9 pixels, within the bound) announced, 12 bytes there
        Path lab = images("lab1", idx(0x801, new int[] {1}, new int[] {4}));
        Path raw = images("huge", idx(0x803, new int[] {1, 40000, 40000}, PIXELS));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(raw, lab), DataProblem.IDX_TRUNCATED_IMAGES,
                "huge", 1, 40000, 40000, 12L, 1_600_000_000L);
        Path gz = images("huge.gz", gzip(idx(0x803, new int[] {1, 40000, 40000}, PIXELS)));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(gz, lab), DataProblem.IDX_TRUNCATED_IMAGES,
                "huge.gz", 1, 40000, 40000, 12L, 1_600_000_000L);
    }

    @Test
    void gzipAnnouncingMoreImagesThanItHolds() throws IOException {
        // a million 28 x 28 images (6 GB as doubles) announced, 12 bytes of pixels there
        int n = 1_000_000;
        Path lab = images("lab-1e6.gz", gzip(idx(0x801, new int[] {n}, new int[n])));
        Path img = images("img-1e6.gz", gzip(idx(0x803, new int[] {n, 28, 28}, PIXELS)));
        assertCheapProblem(CHEAP, () -> IdxLoader.load(img, lab), DataProblem.IDX_TRUNCATED_IMAGES,
                "img-1e6.gz", n, 28, 28, 12L, 784_000_000L);
    }
}
