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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

    @TempDir(factory = UnderTarget.class)
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path writeGz(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    /** Loading (label in the last column) fails with exactly this code and these values. */
    private static void assertFails(Path file, DataProblem code, Object... args) {
        assertProblem(() -> CsvLoader.load(file, -1), code, args);
    }

    @Test
    void plainRowsWithoutHeaderKeepLabels0ToK() throws Exception {
        Dataset d = CsvLoader.load(write("p.csv", "1,2,0\n3.5,-4e1,1\n5,6,2\n\n\n"), -1);
        assertEquals("p.csv", d.name());
        assertEquals(3, d.size());
        assertEquals(2, d.dim());
        assertArrayEquals(new double[] {3.5, -40}, d.row(1));
        assertArrayEquals(new int[] {0, 1, 2}, d.labels());
        assertEquals(3, d.numClasses());
        assertEquals(List.of("f0", "f1"), d.featureNames());
    }

    @Test
    void headerGivesFeatureNamesAndLabelColumnCanBeFirst() throws Exception {
        Dataset d = CsvLoader.load(write("h.csv", "class,width,\"height\"\n1,2,3\r\n0,4,5\n"), 0);
        assertEquals(List.of("width", "height"), d.featureNames());
        assertArrayEquals(new double[] {2, 3}, d.row(0));
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void stringAndArbitraryIntegerLabelsMapToSortedIndices() throws Exception {
        Dataset s = CsvLoader.load(write("s.csv", "1,2,versicolor\n3,4,setosa\n5,6,virginica\n7,8,setosa\n"), -1);
        assertArrayEquals(new int[] {1, 0, 2, 0}, s.labels());
        assertEquals(3, s.numClasses());
        Dataset i = CsvLoader.load(write("i.csv", "1,10\n2,-1\n3,3\n4,10\n"), -1);
        assertArrayEquals(new int[] {2, 0, 1, 2}, i.labels());
        assertEquals(3, i.numClasses());
    }

    @Test
    void sklearnHeaderIsRecognised() throws Exception {
        Dataset d = CsvLoader.load(write("sk.csv", "3,2,a,b\n1,2,0\n3,4,1\n5,6,1\n"), -1);
        assertEquals(3, d.size());
        assertEquals(2, d.numClasses());
        assertArrayEquals(new double[] {1, 2}, d.row(0));
        // a header with as many cells as the rows (iris: 150,4,setosa,versicolor,virginica)
        Dataset iris = CsvLoader.load(write("iris-like.csv", "2,4,x,y,z\n1,2,3,4,2\n5,6,7,8,0\n"), -1);
        assertEquals(4, iris.dim());
        assertEquals(3, iris.numClasses(), "three class names in the header");
    }

    @Test
    void gzipIsDetectedByMagicBytesNotName() throws Exception {
        Dataset d = CsvLoader.load(writeGz("packed.data", "1,2,0\n3,4,1\n"), -1);
        assertEquals(2, d.size());
        assertArrayEquals(new double[] {3, 4}, d.row(1));
    }

    @Test
    void lineEndingsAndByteOrderMark() throws Exception {
        Dataset cr = CsvLoader.load(write("cr.csv", "1,2,0\r3,4,1\r"), -1);
        assertEquals(2, cr.size());
        assertArrayEquals(new double[] {3, 4}, cr.row(1));
        Dataset bom = CsvLoader.load(write("bom.csv", "\uFEFFa,b,label\r\n1,2,0\r\n3,4,1"), -1);
        assertEquals(List.of("a", "b"), bom.featureNames());
        assertEquals(2, bom.size(), "a last line without a line break is a row");
    }

    @Test
    void raggedRow() throws IOException {
        assertFails(write("wine.csv", "1,2,3,0\n1,2,3,1\n1,2,0\n"), DataProblem.CSV_WRONG_COLUMN_COUNT, "wine.csv", 3, 4, 3);
    }

    @Test
    void raggedRowInsideGzip() throws IOException {
        assertFails(writeGz("r.csv.gz", "1,2,0\n1,2,3,1\n"), DataProblem.CSV_WRONG_COLUMN_COUNT, "r.csv.gz", 2, 3, 4);
    }

    @Test
    void nonNumericCell() throws IOException {
        assertFails(write("n.csv", "1,2,3,0\n4,5,6,1\n7,8,9,1\n1,2,3,0\n1,abc,3,0\n"),
                DataProblem.CSV_NOT_A_NUMBER, "n.csv", 5, 2, "abc");
    }

    @Test
    void nonFiniteAndEmptyCells() throws IOException {
        assertFails(write("nan.csv", "1,2,0\nNaN,2,1\n"), DataProblem.CSV_NOT_FINITE, "nan.csv", 2, 1, "NaN");
        assertFails(write("inf.csv", "1,Infinity,0\n"), DataProblem.CSV_NOT_FINITE, "inf.csv", 1, 2, "Infinity");
        assertFails(write("e.csv", "1,2,0\n1,,1\n"), DataProblem.CSV_EMPTY_CELL, "e.csv", 2, 2);
        assertFails(write("el.csv", "1,2,\n3,4,1\n"), DataProblem.CSV_EMPTY_LABEL, "el.csv", 1, 3);
    }

    @Test
    void nonIntegerAndMixedLabels() throws IOException {
        assertFails(write("l.csv", "1,2,0\n1,2,3.5\n"), DataProblem.CSV_LABEL_NOT_INTEGER, "l.csv", 2, 3, "3.5");
        assertFails(write("big.csv", "1,2,0\n1,2,1e12\n"), DataProblem.CSV_LABEL_NOT_INTEGER, "big.csv", 2, 3, "1e12");
        assertFails(write("m.csv", "1,2,0\n1,2,cat\n"), DataProblem.CSV_LABEL_NOT_A_NUMBER, "m.csv", 2, 3, "cat", 1, "0");
        assertFails(write("m2.csv", "1.5,2,cat\n1,2,0\n"), DataProblem.CSV_LABEL_IS_A_NUMBER, "m2.csv", 2, 3, "0", 1, "cat");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertFails(write("empty.csv", ""), DataProblem.EMPTY_FILE, "empty.csv");
        assertFails(write("blank.csv", "\n  \n"), DataProblem.CSV_ONLY_BLANK_LINES, "blank.csv");
        assertFails(writeGz("empty.csv.gz", ""), DataProblem.EMPTY_FILE, "empty.csv.gz");
    }

    @Test
    void headerWithoutRows() throws IOException {
        assertFails(write("ho.csv", "a,b,label\n\n"), DataProblem.CSV_HEADER_WITHOUT_ROWS, "ho.csv", 1);
        assertFails(write("sk-only.csv", "178,13,class_0,class_1,class_2\n"), DataProblem.CSV_HEADER_WITHOUT_ROWS,
                "sk-only.csv", 1);
    }

    @Test
    void sklearnHeaderCountMismatch() throws IOException {
        assertFails(write("rows.csv", "3,2,a,b\n1,2,0\n3,4,1\n"), DataProblem.CSV_SAMPLE_COUNT_MISMATCH, "rows.csv", 1, 3, 2);
        assertFails(write("feats.csv", "2,3,a,b\n1,2,0\n3,4,1\n"), DataProblem.CSV_WRONG_COLUMN_COUNT_FOR_HEADER,
                "feats.csv", 2, 4, 3, 1, 3);
        assertFails(write("cls.csv", "2,2,a,b\n1,2,0\n3,4,2\n"), DataProblem.CSV_LABEL_OUTSIDE_HEADER_CLASSES,
                "cls.csv", 3, 3, "2", 2, 1);
        assertFails(write("names.csv", "2,2,a,b\n1,2,x\n3,4,y\n"), DataProblem.CSV_LABEL_NOT_CLASS_INDEX,
                "names.csv", 2, 3, "x", 2, 1);
    }

    @Test
    void blankLineInsideDataIsAnError() throws IOException {
        assertFails(write("gap.csv", "1,2,0\n\n3,4,1\n"), DataProblem.CSV_BLANK_LINE_INSIDE, "gap.csv", 2, 3);
    }

    @Test
    void labelColumnOutOfRangeAndSingleColumn() throws IOException {
        Path f = write("c.csv", "1,2,0\n");
        assertProblem(() -> CsvLoader.load(f, 3), DataProblem.CSV_NO_SUCH_LABEL_COLUMN, "c.csv", 4, 3);
        assertFails(write("one.csv", "1\n2\n"), DataProblem.CSV_TOO_FEW_COLUMNS, "one.csv", 1, 1);
        assertThrows(IllegalArgumentException.class, () -> CsvLoader.load(f, -2));
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nowhere.csv");
        assertFails(f, DataProblem.FILE_NOT_FOUND, f.toString());
    }

    @Test
    void unreadableFileKeepsTheSystemsReason() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("a-folder.csv"));
        ProblemException e = assertThrows(ProblemException.class, () -> CsvLoader.load(folder, -1));
        assertEquals(DataProblem.UNREADABLE_FILE, e.problem().code(), e.problem().toString());
        assertEquals(2, e.problem().args().size());
        assertEquals("a-folder.csv", e.problem().arg(0));
        assertInstanceOf(String.class, e.problem().arg(1));
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] ok = Files.readAllBytes(writeGz("ok.gz", "1,2,0\n".repeat(200)));
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(ok, ok.length / 2));
        ProblemException e = assertThrows(ProblemException.class, () -> CsvLoader.load(cut, -1));
        assertEquals(DataProblem.CORRUPT_GZIP, e.problem().code(), e.problem().toString());
        assertEquals("cut.csv.gz", e.problem().arg(0));
        assertInstanceOf(String.class, e.problem().arg(1), "the system's reason");
    }

    // ---- absurd inputs: refused (or loaded) without an uncaught exception or a huge allocation ----

    @Test
    void sklearnHeaderAnnouncingAHugeFeatureCountAllocatesNothingForIt() throws IOException {
        Path f = write("huge.csv", "3,999999999,a,b\n1,2,0\n");
        assertCheapProblem(1 << 24, () -> CsvLoader.load(f, -1), DataProblem.CSV_WRONG_COLUMN_COUNT_FOR_HEADER,
                "huge.csv", 2, 1000000000, 3, 1, 999999999);
    }

    @Test
    void sklearnHeaderAnnouncingAHugeSampleCount() throws IOException {
        Path f = write("many.csv", "999999999,2,a,b\n1,2,0\n");
        assertCheapProblem(1 << 24, () -> CsvLoader.load(f, -1), DataProblem.CSV_SAMPLE_COUNT_MISMATCH,
                "many.csv", 1, 999999999, 1);
    }

    @Test
    void aMillionColumnsLoad() throws Exception {
        String row = "0.5,".repeat(1_000_000);
        Dataset d = CsvLoader.load(write("wide.csv", row + "0\n" + row + "1\n"), -1);
        assertEquals(1_000_000, d.dim());
        assertEquals(2, d.numClasses());
        assertEquals(0.5, d.x(1, 999_999));
    }

    @Test
    void aLineLongerThanTheBoundIsRefused() throws IOException {
        Path f = write("long.csv", "1,2,0\n" + "7".repeat(CsvLoader.MAX_LINE_CHARS + 1) + ",0\n");
        assertFails(f, DataProblem.CSV_LINE_TOO_LONG, "long.csv", 2, CsvLoader.MAX_LINE_CHARS);
    }
}
