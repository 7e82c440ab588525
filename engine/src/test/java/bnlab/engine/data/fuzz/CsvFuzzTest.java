package bnlab.engine.data.fuzz;

import bnlab.engine.api.Dataset;
import bnlab.engine.data.CsvLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Fuzzes {@link CsvLoader} from valid files (a header and name labels, a scikit-learn header, plain
 * numbers with the label first, CRLF with quotes and a byte-order mark): random mutations with fixed
 * seeds, every truncation, odd numbers in every kind of cell, plain and gzipped. Every load must
 * end in a sane data set or a named problem (see {@link Harness}).
 */
class CsvFuzzTest {

    private static final long SEED = 0xC5F_2024L;
    /** Random mutants of the plain text, per seed file. */
    static final int PLAIN_MUTANTS = 1000;
    /** Random mutants of gzipped files (text mutated then gzipped, or the gzip bytes mutated), per seed file. */
    static final int GZIP_MUTANTS = 250;
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);

    /** A valid file and the label column it is loaded with. */
    record Seed(String name, String text, int labelColumn) {
        byte[] bytes() {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    static final List<Seed> SEEDS = List.of(
            new Seed("header", "sepal length,sepal width,petal length,species\n"
                    + "5.1,3.5,1.4,setosa\n4.9,3.0,1.4,setosa\n7.0,3.2,4.7,versicolor\n"
                    + "6.4,3.2,4.5,versicolor\n6.3,3.3,6.0,virginica\n5.8,2.7,5.1,virginica\n", -1),
            new Seed("sklearn", "6,3,class_0,class_1,class_2\n"
                    + "14.23,1.71,2.43,0\n13.2,1.78,2.14,0\n12.37,0.94,1.36,1\n"
                    + "12.33,1.1,2.28,1\n12.86,1.35,2.32,2\n12.88,2.99,2.4,2\n", -1),
            new Seed("label-first", "1,0.5,-2e-3,7\n2,1.25,3e2,-7.5\n3,0,0,0\n1,-1,1e-5,42\n2,8,9,10\n", 0),
            new Seed("crlf-quoted-bom", "\uFEFF\"x\",\"y\",\"label\"\r\n\"1.5\",\"2\",\"a\"\r\n\"-3\",\"4e1\",\"b\"\r\n"
                    + "\"0\",\"0.0\",\"a\"\r\n", -1));

    private Harness h;
    private Path work;

    @BeforeEach
    void setUp(TestInfo test) throws IOException {
        h = new Harness("csv-" + test.getTestMethod().orElseThrow().getName());
        work = Harness.workDir("csv");
    }

    /** Loads the bytes as a file; {@code text} is the plain text when known (for the row count check). */
    private void load(String what, String file, byte[] bytes, byte[] text, int labelColumn) throws IOException {
        Path p = Files.write(work.resolve(file), bytes);
        h.check(what, List.of(file, p.toString()), List.of(p), () -> CsvLoader.load(p, labelColumn),
                d -> problemWith(d, file, text));
    }

    /** A clean load: a sane data set of every data line, with or without one header line. */
    static String problemWith(Dataset d, String file, byte[] text) {
        String p = Harness.datasetProblem(d);
        if (p != null) {
            return p;
        }
        if (!d.name().equals(file)) {
            return "named " + d.name();
        }
        if (text != null) {
            int lines = nonBlankLines(text);
            if (d.size() != lines && d.size() != lines - 1) {
                return d.size() + " rows from " + lines + " non-blank lines: rows lost or made up";
            }
        }
        return null;
    }

    /** Lines as the loader splits them (\n, \r, \r\n; a BOM before the first), not blank. */
    static int nonBlankLines(byte[] text) {
        String s = new String(text, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        int n = 0;
        for (String line : s.split("\r\n|\r|\n", -1)) {
            if (!line.isBlank()) {
                n++;
            }
        }
        return n;
    }

    @Test
    void randomMutationsOfPlainFiles() {
        for (int s = 0; s < SEEDS.size(); s++) {
            Seed seed = SEEDS.get(s);
            int si = s;
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
                for (int i = 0; i < PLAIN_MUTANTS; i++) {
                    Mutator m = new Mutator(SEED + 1_000_003L * si + i);
                    byte[] b = m.mutate(seed.bytes(), Mutator.Kind.TEXT);
                    int lc = m.random().nextInt(10) == 0 ? m.random().nextInt(5) - 1 : seed.labelColumn();
                    load("csv " + seed.name() + " #" + i + " lc=" + lc + " " + m.ops(), "m.csv", b, b, lc);
                }
            }, () -> "csv " + seed.name() + ": a batch of " + PLAIN_MUTANTS + " loads did not end in time");
        }
        h.assertNoFailures();
    }

    @Test
    void randomMutationsOfGzippedFiles() {
        for (int s = 0; s < SEEDS.size(); s++) {
            Seed seed = SEEDS.get(s);
            int si = s;
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
                byte[] gz = Mutator.gzip(seed.bytes());
                for (int i = 0; i < GZIP_MUTANTS; i++) {
                    Mutator m = new Mutator(SEED + 7_000_003L * si + i + 500_000);
                    if (m.random().nextBoolean()) {
                        byte[] text = m.mutate(seed.bytes(), Mutator.Kind.TEXT);
                        load("csv.gz(mutated text) " + seed.name() + " #" + i + " " + m.ops(), "m.csv.gz",
                                Mutator.gzip(text), text, seed.labelColumn());
                    } else {
                        byte[] b = m.mutate(gz, Mutator.Kind.BINARY);
                        load("mutated csv.gz " + seed.name() + " #" + i + " " + m.ops(), "m.csv.gz", b, null,
                                seed.labelColumn());
                    }
                }
            }, () -> "csv.gz " + seed.name() + ": a batch did not end in time");
        }
        h.assertNoFailures();
    }

    /** Every prefix of every seed, plain and gzipped: a cut at every kind of point. */
    @Test
    void everyTruncation() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (Seed seed : SEEDS) {
                byte[] b = seed.bytes();
                for (int n = 0; n <= b.length; n++) {
                    byte[] cut = java.util.Arrays.copyOf(b, n);
                    load("csv " + seed.name() + " cut at " + n, "cut.csv", cut, cut, seed.labelColumn());
                }
                byte[] gz = Mutator.gzip(b);
                for (int n = 0; n < gz.length; n++) {
                    load("csv.gz " + seed.name() + " cut at " + n, "cut.csv.gz", java.util.Arrays.copyOf(gz, n), null,
                            seed.labelColumn());
                }
            }
        });
        h.assertNoFailures();
    }

    /** CsvLoader.MAX_LINE_CHARS (package-private there; the refusal's value checks that it is the same). */
    static final int MAX_LINE_CHARS = 1 << 24;

    /**
     * Lines at and just over the bound on line length, of one-byte and two-byte characters, plain and
     * gzipped (16 kB of gzip for 16 M characters): refused as too long, at a cost of at most 4 bytes
     * per character of the bound (the line is kept until it is too long) plus the usual 64 MB.
     */
    @Test
    void veryLongLines() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (String piece : new String[] {"7", "\u00e9", ",", "0,"}) {
                {
                    int chars = MAX_LINE_CHARS + 1;
                    String line = piece.repeat(chars / piece.length() + 1);
                    byte[] text = ("1,2,0\n" + line + ",0\n").getBytes(StandardCharsets.UTF_8);
                    long bound = 64L * 1048576 + 4L * chars;
                    for (boolean gz : new boolean[] {false, true}) {
                        String file = gz ? "long.csv.gz" : "long.csv";
                        Path p = Files.write(work.resolve(file), gz ? Mutator.gzip(text) : text);
                        h.check("csv line of " + chars + " x " + Mutator.printable(piece) + (gz ? " gz" : ""),
                                List.of(file), List.of(), () -> {
                                    try {
                                        return CsvLoader.load(p, -1);
                                    } catch (bnlab.engine.api.ProblemException e) {
                                        if (e.problem().code() != bnlab.engine.api.DataProblem.CSV_LINE_TOO_LONG
                                                || !e.problem().arg(2).equals(MAX_LINE_CHARS)) {
                                            throw new AssertionError("not refused as too long: " + e.problem());
                                        }
                                        throw e;
                                    }
                                }, d -> "loaded a line over the bound", bound);
                    }
                }
            }
        });
        h.assertNoFailures();
    }

    /** Each odd number or token in each kind of cell: header name, sklearn counts, feature, label. */
    @Test
    void oddValuesInEveryKindOfCell() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            int k = 0;
            for (Seed seed : SEEDS) {
                String[] lines = seed.text().split("\n", -1);
                // cells of the first line (header or data) and of the second (data)
                for (int line = 0; line < 2; line++) {
                    int cells = lines[line].split(",", -1).length;
                    for (int c = 0; c < cells; c++) {
                        List<String> values = new ArrayList<>(List.of(Mutator.NUMBERS));
                        values.addAll(List.of(Mutator.TOKENS));
                        for (String v : values) {
                            String[] parts = lines[line].split(",", -1);
                            parts[c] = v;
                            String[] copy = lines.clone();
                            copy[line] = String.join(",", parts);
                            byte[] b = String.join("\n", copy).getBytes(StandardCharsets.UTF_8);
                            load("csv " + seed.name() + " line " + (line + 1) + " cell " + (c + 1) + " = "
                                    + Mutator.printable(v), "odd.csv", b, b, seed.labelColumn());
                            k++;
                        }
                    }
                }
            }
            System.out.println("csv odd values: " + k + " loads");
        });
        h.assertNoFailures();
    }
}
