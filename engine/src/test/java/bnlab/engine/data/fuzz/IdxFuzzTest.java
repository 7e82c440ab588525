package bnlab.engine.data.fuzz;

import bnlab.engine.api.Dataset;
import bnlab.engine.data.IdxLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes {@link IdxLoader}: a valid pair of small IDX files (5 images of 3 x 4, 5 labels), plain and
 * gzipped, mutated at random with fixed seeds; every header field set to awkward values (counts of
 * 2^31 - 1, dimensions whose product overflows); every truncation; and whole MNIST folders with
 * mutated contents and names. Every load must end in a sane data set or a named problem.
 */
class IdxFuzzTest {

    private static final long SEED = 0x1D8_2024L;
    /** Random mutants of the images file, of the labels file and of both, each. */
    static final int MUTANTS = 2000;
    /** Random MNIST folders. */
    static final int FOLDERS = 600;
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

    static final int N = 5;
    static final int ROWS = 3;
    static final int COLS = 4;

    static byte[] idx(int magic, int[] dims, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * dims.length + data.length);
        b.putInt(magic);
        for (int d : dims) {
            b.putInt(d);
        }
        b.put(data);
        return b.array();
    }

    static byte[] images() {
        byte[] px = new byte[N * ROWS * COLS];
        for (int i = 0; i < px.length; i++) {
            px[i] = (byte) (i * 37 + (i % 3 == 0 ? 255 : 0));
        }
        return idx(0x803, new int[] {N, ROWS, COLS}, px);
    }

    static byte[] labels() {
        return idx(0x801, new int[] {N}, new byte[] {3, 1, 4, 1, 9});
    }

    private Harness h;
    private Path work;

    @BeforeEach
    void setUp(TestInfo test) throws IOException {
        h = new Harness("idx-" + test.getTestMethod().orElseThrow().getName());
        work = Harness.workDir("idx");
    }

    /**
     * Loads images and labels written as files. {@code rawImages}/{@code rawLabels} are the IDX bytes
     * before any gzip when known (for the header checks of a clean load), else null.
     */
    private void load(String what, byte[] img, byte[] lab, byte[] rawImages, byte[] rawLabels, int limit)
            throws IOException {
        Path i = Files.write(work.resolve("images-idx3-ubyte"), img);
        Path l = Files.write(work.resolve("labels-idx1-ubyte"), lab);
        h.check(what, List.of(i.getFileName().toString(), l.getFileName().toString(), i.toString(), l.toString()),
                List.of(i, l), () -> IdxLoader.load(i, l, limit),
                d -> problemWith(d, i.getFileName().toString(), rawImages, rawLabels, limit));
    }

    /** Sane, pixels in [0, 1], at least 10 classes, and the shape the headers announce. */
    static String problemWith(Dataset d, String imagesName, byte[] rawImages, byte[] rawLabels, int limit) {
        String p = Harness.datasetProblem(d);
        if (p != null) {
            return p;
        }
        if (!d.name().equals(imagesName)) {
            return "named " + d.name();
        }
        if (d.numClasses() < 10) {
            return d.numClasses() + " classes";
        }
        for (float v : d.features()) {
            if (!(v >= 0 && v <= 1)) {
                return "pixel " + v + " outside [0, 1]";
            }
        }
        byte[] img = rawImages;
        if (img != null && img.length >= 16) {
            ByteBuffer b = ByteBuffer.wrap(img);
            int n = b.getInt(4);
            long dim = (long) b.getInt(8) * b.getInt(12);
            if (d.dim() != dim) {
                return d.dim() + " features, the header announces " + dim;
            }
            if (d.size() != Math.min(n, limit)) {
                return d.size() + " images, the header announces " + n + " (limit " + limit + ")";
            }
        }
        if (rawLabels != null && rawLabels.length >= 8 && d.size() != Math.min(ByteBuffer.wrap(rawLabels).getInt(4),
                limit)) {
            return d.size() + " samples, the labels header announces " + ByteBuffer.wrap(rawLabels).getInt(4);
        }
        return null;
    }

    /** The decompressed bytes, or null if they are not gzip (or bad gzip). */
    static byte[] gunzipOrNull(byte[] gz) {
        if (gz == null) {
            return null;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            return null;
        }
    }

    /** One file, mutated as it is stored: plain; its IDX bytes mutated then gzipped; or its gzip bytes mutated. */
    private record Stored(byte[] bytes, byte[] raw) {
    }

    private static Stored variant(Mutator m, byte[] raw, boolean mutate) {
        int how = m.random().nextInt(3);
        if (!mutate) {
            return how == 0 ? new Stored(Mutator.gzip(raw), raw) : new Stored(raw, raw);
        }
        if (how == 0) {
            byte[] b = m.mutate(raw, Mutator.Kind.BINARY);
            return new Stored(b, b);
        }
        if (how == 1) {
            m.note("(then gzipped)");
            byte[] b = headerAware(m, raw);
            return new Stored(Mutator.gzip(b), b);
        }
        m.note("(of the gzip)");
        byte[] gz = m.mutate(Mutator.gzip(raw), Mutator.Kind.BINARY);
        return new Stored(gz, gunzipOrNull(gz));
    }

    /** A random mutation, or one of the header's fields set to an awkward value. */
    private static byte[] headerAware(Mutator m, byte[] raw) {
        Random r = m.random();
        if (r.nextInt(3) == 0) {
            int fields = raw[3] == 3 ? 4 : 2;
            return m.putInt(raw, 4 * r.nextInt(fields), Mutator.INTS[r.nextInt(Mutator.INTS.length)]);
        }
        return m.mutate(raw, Mutator.Kind.BINARY);
    }

    private void mutants(String which, long seed, boolean images, boolean labels) {
        byte[] img = images();
        byte[] lab = labels();
        for (int batch = 0; batch < MUTANTS; batch += 500) {
            int from = batch;
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
                for (int i = from; i < Math.min(MUTANTS, from + 500); i++) {
                    Mutator m = new Mutator(seed + i);
                    Stored si = variant(m, img, images);
                    Stored sl = variant(m, lab, labels);
                    int limit = m.random().nextInt(8) == 0 ? 1 + m.random().nextInt(N + 1) : Integer.MAX_VALUE;
                    load("idx " + which + " #" + i + " limit " + limit + " " + m.ops(), si.bytes(), sl.bytes(),
                            si.raw(), sl.raw(), limit);
                }
            }, () -> "idx " + which + ": a batch did not end in time");
        }
        h.assertNoFailures();
    }

    @Test
    void mutatedImages() {
        mutants("images", SEED, true, false);
    }

    @Test
    void mutatedLabels() {
        mutants("labels", SEED + 10_000_000L, false, true);
    }

    @Test
    void mutatedImagesAndLabels() {
        mutants("both", SEED + 20_000_000L, true, true);
    }

    /** Each header field of each file set to each awkward value; and counts and dimensions whose product overflows. */
    @Test
    void awkwardHeaderFields() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            Mutator m = new Mutator(SEED);
            for (boolean gz : new boolean[] {false, true}) {
                for (int v : Mutator.INTS) {
                    for (int field = 0; field < 4; field++) {
                        byte[] img = m.putInt(images(), 4 * field, v);
                        load("idx images field " + field + " = " + v + (gz ? " gz" : ""), gz ? Mutator.gzip(img) : img,
                                labels(), img, labels(), Integer.MAX_VALUE);
                    }
                    for (int field = 0; field < 2; field++) {
                        byte[] lab = m.putInt(labels(), 4 * field, v);
                        load("idx labels field " + field + " = " + v + (gz ? " gz" : ""), images(),
                                gz ? Mutator.gzip(lab) : lab, images(), lab, Integer.MAX_VALUE);
                    }
                }
                int[] sizes = {1, 2, N, 255, 46341, 65536, Integer.MAX_VALUE - 8, Integer.MAX_VALUE};
                for (int n : sizes) {
                    for (int rows : sizes) {
                        for (int cols : sizes) {
                            byte[] img = images();
                            ByteBuffer.wrap(img).putInt(4, n).putInt(8, rows).putInt(12, cols);
                            byte[] lab = labels();
                            ByteBuffer.wrap(lab).putInt(4, n);
                            load("idx " + n + " x " + rows + " x " + cols + (gz ? " gz" : ""),
                                    gz ? Mutator.gzip(img) : img, gz ? Mutator.gzip(lab) : lab, img, lab,
                                    Integer.MAX_VALUE);
                        }
                    }
                }
            }
        });
        h.assertNoFailures();
    }

    /**
     * A gzipped pair of 2 kB holding a million black 1 x 1 images loads at a cost that follows the
     * data: at most 32 bytes a sample (a double[] per image cost about 85, so a few kB ran a 1 GB
     * heap out of memory: see RegressionTest's small-heap cases).
     */
    @Test
    void highlyCompressedImagesCostMemoryInProportion() throws IOException {
        int n = 1_000_000;
        byte[] rawImages = idx(0x803, new int[] {n, 1, 1}, new byte[n]);
        byte[] rawLabels = idx(0x801, new int[] {n}, new byte[n]);
        Path i = Files.write(work.resolve("images-idx3-ubyte.gz"), Mutator.gzip(rawImages));
        Path l = Files.write(work.resolve("labels-idx1-ubyte.gz"), Mutator.gzip(rawLabels));
        h.check("idx a million 1 x 1 images, gzipped", List.of(i.getFileName().toString(), l.getFileName().toString()),
                List.of(i, l), () -> IdxLoader.load(i, l),
                d -> problemWith(d, i.getFileName().toString(), rawImages, rawLabels, Integer.MAX_VALUE), 32L * n);
        h.assertNoFailures();
    }

    /** Every prefix of each file, plain and gzipped, with the other file intact. */
    @Test
    void everyTruncation() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (boolean gz : new boolean[] {false, true}) {
                byte[] img = gz ? Mutator.gzip(images()) : images();
                byte[] lab = gz ? Mutator.gzip(labels()) : labels();
                for (int n = 0; n < img.length; n++) {
                    byte[] cut = Arrays.copyOf(img, n);
                    load("idx images cut at " + n + (gz ? " gz" : ""), cut, lab, gz ? null : cut, labels(),
                            Integer.MAX_VALUE);
                }
                for (int n = 0; n < lab.length; n++) {
                    byte[] cut = Arrays.copyOf(lab, n);
                    load("idx labels cut at " + n + (gz ? " gz" : ""), img, cut, images(), gz ? null : cut,
                            Integer.MAX_VALUE);
                }
            }
        });
        h.assertNoFailures();
    }

    /** File names an MNIST folder may hold, wanted or not. */
    private static final String[] NAMES = {"train-images-idx3-ubyte", "train-images-idx3-ubyte.gz",
        "train-images-idx3-ubyte.first100", "train-images-idx3-ubyte.", "train-labels-idx1-ubyte",
        "train-labels-idx1-ubyte.gz", "train-labels-idx1-ubyte.first100", "train-labels-idx1-ubyte.",
        "t10k-images-idx3-ubyte", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte", "t10k-labels-idx1-ubyte.gz",
        "train-images-idx3-ubyte.gz.part", "readme.txt", "Train-Images-Idx3-Ubyte"};

    /**
     * Folders of 0 to 5 files with names from {@link #NAMES} (sometimes a folder of such a name),
     * each holding images or labels, plain or gzipped, mutated or not.
     */
    @Test
    void mutatedMnistFolders() throws IOException {
        Path root = Harness.workDir("mnist");
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (int i = 0; i < FOLDERS; i++) {
                Mutator m = new Mutator(SEED + 30_000_000L + i);
                Random r = m.random();
                Path dir = root.resolve("f");
                clear(dir);
                Files.createDirectories(dir);
                int files = r.nextInt(6);
                List<String> made = new ArrayList<>();
                for (int f = 0; f < files; f++) {
                    String name = NAMES[r.nextInt(NAMES.length)];
                    Path p = dir.resolve(name);
                    if (Files.exists(p)) { // the same name drawn twice
                        continue;
                    }
                    if (r.nextInt(15) == 0) {
                        Files.createDirectories(p);
                        made.add(name + "/");
                        continue;
                    }
                    boolean wantsImages = name.toLowerCase().contains("images") != (r.nextInt(10) == 0);
                    Stored s = variant(m, wantsImages ? images() : labels(), r.nextInt(3) == 0);
                    Files.write(p, s.bytes());
                    made.add(name);
                }
                boolean train = r.nextInt(4) != 0;
                Path folder = r.nextInt(40) == 0 ? dir.resolve("missing") : dir;
                String what = "mnist folder #" + i + " " + made + (train ? " train " : " t10k ") + m.ops();
                List<String> names = new ArrayList<>(List.of(folder.toString()));
                for (String n : NAMES) {
                    names.add(n);
                    names.add(dir.resolve(n).toString());
                }
                h.check(what, names, List.of(dir), () -> IdxLoader.loadFolder(folder, train),
                        d -> problemWith(d, d.name(), null, null, Integer.MAX_VALUE));
            }
        });
        h.assertNoFailures();
    }

    static void clear(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
