package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @TempDir
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

    /** Loading fails, and the message names the file and contains each expected fragment. */
    private void assertFails(Path file, String... fragments) {
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvLoader.load(file, -1));
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        for (String f : fragments) {
            assertTrue(e.getMessage().contains(f), "'" + f + "' missing in: " + e.getMessage());
        }
    }

    @Test
    void plainRowsWithoutHeaderKeepLabels0ToK() throws IOException {
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
    void headerGivesFeatureNamesAndLabelColumnCanBeFirst() throws IOException {
        Dataset d = CsvLoader.load(write("h.csv", "class,width,\"height\"\n1,2,3\r\n0,4,5\n"), 0);
        assertEquals(List.of("width", "height"), d.featureNames());
        assertArrayEquals(new double[] {2, 3}, d.row(0));
        assertArrayEquals(new int[] {1, 0}, d.labels());
    }

    @Test
    void stringAndArbitraryIntegerLabelsMapToSortedIndices() throws IOException {
        Dataset s = CsvLoader.load(write("s.csv", "1,2,versicolor\n3,4,setosa\n5,6,virginica\n7,8,setosa\n"), -1);
        assertArrayEquals(new int[] {1, 0, 2, 0}, s.labels());
        assertEquals(3, s.numClasses());
        Dataset i = CsvLoader.load(write("i.csv", "1,10\n2,-1\n3,3\n4,10\n"), -1);
        assertArrayEquals(new int[] {2, 0, 1, 2}, i.labels());
        assertEquals(3, i.numClasses());
    }

    @Test
    void sklearnHeaderIsRecognised() throws IOException {
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
    void gzipIsDetectedByMagicBytesNotName() throws IOException {
        Dataset d = CsvLoader.load(writeGz("packed.data", "1,2,0\n3,4,1\n"), -1);
        assertEquals(2, d.size());
        assertArrayEquals(new double[] {3, 4}, d.row(1));
    }

    @Test
    void raggedRow() throws IOException {
        assertFails(write("wine.csv", "1,2,3,0\n1,2,3,1\n1,2,0\n"), "line 3", "expected 4 columns, found 3");
    }

    @Test
    void raggedRowInsideGzip() throws IOException {
        assertFails(writeGz("r.csv.gz", "1,2,0\n1,2,3,1\n"), "line 2", "expected 3 columns, found 4");
    }

    @Test
    void nonNumericCell() throws IOException {
        assertFails(write("n.csv", "1,2,3,0\n4,5,6,1\n7,8,9,1\n1,2,3,0\n1,abc,3,0\n"),
                "line 5, column 2", "'abc' is not a number");
    }

    @Test
    void nonFiniteAndEmptyCells() throws IOException {
        assertFails(write("nan.csv", "1,2,0\nNaN,2,1\n"), "line 2, column 1", "'NaN' is not a finite number");
        assertFails(write("inf.csv", "1,Infinity,0\n"), "line 1, column 2", "not a finite number");
        assertFails(write("e.csv", "1,2,0\n1,,1\n"), "line 2, column 2", "empty cell");
    }

    @Test
    void nonIntegerAndMixedLabels() throws IOException {
        assertFails(write("l.csv", "1,2,0\n1,2,3.5\n"), "line 2", "label 3.5 is not an integer class");
        assertFails(write("m.csv", "1,2,0\n1,2,cat\n"), "line 2", "'cat'", "all integers or all names");
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertFails(write("empty.csv", ""), "empty file");
        assertFails(write("blank.csv", "\n  \n"), "empty file");
        assertFails(writeGz("empty.csv.gz", ""), "empty file");
    }

    @Test
    void headerWithoutRows() throws IOException {
        assertFails(write("ho.csv", "a,b,label\n\n"), "header on line 1 but no data rows");
        assertFails(write("sk-only.csv", "178,13,class_0,class_1,class_2\n"), "no data rows");
    }

    @Test
    void sklearnHeaderCountMismatch() throws IOException {
        assertFails(write("rows.csv", "3,2,a,b\n1,2,0\n3,4,1\n"), "says 3 samples", "holds 2 data rows");
        assertFails(write("feats.csv", "2,3,a,b\n1,2,0\n3,4,1\n"), "line 2", "expected 4 columns, found 3",
                "says 3 features");
        assertFails(write("cls.csv", "2,2,a,b\n1,2,0\n3,4,2\n"), "line 3", "outside the header's 2 classes");
    }

    @Test
    void blankLineInsideDataIsAnError() throws IOException {
        assertFails(write("gap.csv", "1,2,0\n\n3,4,1\n"), "line 2", "blank line inside the data");
    }

    @Test
    void labelColumnOutOfRangeAndSingleColumn() throws IOException {
        Path f = write("c.csv", "1,2,0\n");
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvLoader.load(f, 3));
        assertTrue(e.getMessage().contains("c.csv") && e.getMessage().contains("label column 3"), e.getMessage());
        assertFails(write("one.csv", "1\n2\n"), "only 1 column");
        assertThrows(IllegalArgumentException.class, () -> CsvLoader.load(f, -2));
    }

    @Test
    void missingFileIsNamed() {
        Path f = dir.resolve("nowhere.csv");
        DataLoadException e = assertThrows(DataLoadException.class, () -> CsvLoader.load(f, -1));
        assertTrue(e.getMessage().contains("nowhere.csv") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void corruptGzip() throws IOException {
        byte[] ok = Files.readAllBytes(writeGz("ok.gz", "1,2,0\n".repeat(200)));
        Path cut = Files.write(dir.resolve("cut.csv.gz"), java.util.Arrays.copyOf(ok, ok.length / 2));
        assertFails(cut, "gzip");
    }
}
