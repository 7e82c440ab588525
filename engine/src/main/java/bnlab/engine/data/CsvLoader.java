package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads a labelled table from a comma-separated file, plain or gzipped (detected by the magic bytes
 * 1f 8b, not by the name).
 *
 * <p>Format: one sample per line, cells separated by commas (no quoted commas), one column holds the
 * class label (see {@link Labels} for how labels become 0..k-1). The first line may be
 * <ul>
 *   <li>a header: every feature cell is non-numeric; the feature names are taken from it;</li>
 *   <li>a scikit-learn header {@code n_samples,n_features,class names...} (wine_data.csv, iris.csv):
 *       the data must then hold exactly n_samples rows of n_features features plus the label;</li>
 *   <li>or already data (feature names f0, f1, ...).</li>
 * </ul>
 * Blank lines at the end are ignored. Anything else wrong (a ragged row, an empty or non-numeric or
 * non-finite feature, one beyond the float32 range the data set holds, a blank line inside the data,
 * a header without rows, an empty file, a line longer than {@link #MAX_LINE_CHARS}) fails the whole
 * load with a {@link ProblemException} whose {@link DataProblem} names the file and line. Memory
 * follows the text actually read, never a number a header announces; text that does not fit is
 * {@link DataProblem#TOO_LARGE_FOR_MEMORY}.
 */
public final class CsvLoader {

    /** The longest line accepted, in characters: a million columns fit, a file without line breaks does not. */
    static final int MAX_LINE_CHARS = 1 << 24;

    private CsvLoader() {
    }

    /** @param labelColumn 0-based column of the label, or -1 for the last column */
    public static Dataset load(Path file, int labelColumn) throws ProblemException {
        checkLabelColumn(labelColumn);
        String name = file.getFileName().toString();
        try (InputStream in = Streams.open(file)) {
            return load(in, name, labelColumn);
        } catch (IOException e) {
            throw Streams.failed(name, e); // closing failed
        }
    }

    /** @param name names the data in problems and becomes {@link Dataset#name()} */
    public static Dataset load(InputStream in, String name, int labelColumn) throws ProblemException {
        checkLabelColumn(labelColumn);
        try {
            return read(in, name, labelColumn);
        } catch (OutOfMemoryError e) { // text that is really there (a few kB of gzip can hold gigabytes)
            throw Streams.tooLarge(name, e);
        }
    }

    private static Dataset read(InputStream in, String name, int labelColumn) throws ProblemException {
        List<String> text = new ArrayList<>();
        List<Integer> nos = new ArrayList<>();
        readLines(in, name, text, nos);
        String[] first = split(text.get(0));
        String[] second = text.size() > 1 ? split(text.get(1)) : null;

        int start = 0;
        int sklearnN = -1;
        int sklearnK = -1;
        int ncols = first.length;
        List<String> header = null;
        if (isSklearnHeader(first, second)) {
            sklearnN = Integer.parseInt(first[0]);
            ncols = Integer.parseInt(first[1]) + 1; // at most 9 digits: no overflow
            sklearnK = first.length - 2;
            start = 1;
        }
        int lc = labelColumn == -1 ? ncols - 1 : labelColumn;
        if (ncols < 2) {
            throw Streams.problem(DataProblem.CSV_TOO_FEW_COLUMNS, name, nos.get(0), ncols);
        }
        if (lc >= ncols) {
            throw Streams.problem(DataProblem.CSV_NO_SUCH_LABEL_COLUMN, name, lc + 1, ncols);
        }
        if (start == 0 && isHeader(first, lc)) {
            header = new ArrayList<>();
            for (int j = 0; j < ncols; j++) {
                if (j != lc) {
                    header.add(first[j]);
                }
            }
            start = 1;
        }
        int rows = text.size() - start;
        if (rows == 0) {
            throw Streams.problem(DataProblem.CSV_HEADER_WITHOUT_ROWS, name, nos.get(0));
        }

        // x[i] = the numeric cells of data row i, label column left out; a row is allocated only
        // once its cells are there, so a header announcing a huge n_features costs nothing
        double[][] x = new double[rows][];
        List<String> labels = new ArrayList<>(rows);
        int[] lineNos = new int[rows];
        for (int i = 0; i < rows; i++) {
            int no = nos.get(start + i);
            String[] cells = split(text.get(start + i));
            if (cells.length != ncols) {
                throw sklearnK >= 0
                        ? Streams.problem(DataProblem.CSV_WRONG_COLUMN_COUNT_FOR_HEADER, name, no, ncols, cells.length,
                                nos.get(0), ncols - 1)
                        : Streams.problem(DataProblem.CSV_WRONG_COLUMN_COUNT, name, no, ncols, cells.length);
            }
            x[i] = new double[ncols - 1];
            for (int j = 0, f = 0; j < ncols; j++) {
                if (j != lc) {
                    x[i][f++] = parseFeature(cells[j], name, no, j + 1);
                }
            }
            String label = cells[lc];
            if (label.isEmpty()) {
                throw Streams.problem(DataProblem.CSV_EMPTY_LABEL, name, no, lc + 1);
            }
            labels.add(label);
            lineNos[i] = no;
        }
        if (sklearnN >= 0 && sklearnN != rows) {
            throw Streams.problem(DataProblem.CSV_SAMPLE_COUNT_MISMATCH, name, nos.get(0), sklearnN, rows);
        }
        Labels.Encoded enc = Labels.encode(labels, lineNos, name, lc + 1, sklearnK);
        List<String> names = header != null ? header : Dataset.defaultNames(ncols - 1);
        return new Dataset(name, x, enc.y(), enc.numClasses(), names);
    }

    private static void checkLabelColumn(int labelColumn) {
        if (labelColumn < -1) {
            throw new IllegalArgumentException("labelColumn must be -1 (last) or a column index >= 0, got "
                    + labelColumn);
        }
    }

    /** Non-blank lines and their 1-based numbers; blank lines are allowed only at the end. */
    private static void readLines(InputStream in, String name, List<String> text, List<Integer> nos)
            throws ProblemException {
        int blankAt = -1;
        try (InputStreamReader r = new InputStreamReader(Streams.maybeGunzip(in, name), StandardCharsets.UTF_8)) {
            Lines lines = new Lines(r, name, MAX_LINE_CHARS);
            for (String line; (line = lines.next()) != null; ) {
                int no = lines.number();
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    blankAt = blankAt < 0 ? no : blankAt;
                    continue;
                }
                if (blankAt > 0 && !text.isEmpty()) {
                    throw Streams.problem(DataProblem.CSV_BLANK_LINE_INSIDE, name, blankAt, no);
                }
                blankAt = -1;
                text.add(line);
                nos.add(no);
            }
        } catch (IOException e) {
            throw Streams.failed(name, e);
        }
        if (text.isEmpty()) {
            throw Streams.problem(blankAt > 0 ? DataProblem.CSV_ONLY_BLANK_LINES : DataProblem.EMPTY_FILE, name);
        }
    }

    /** sklearn: {@code n_samples,n_features,class names...} and the next row has n_features + 1 cells. */
    private static boolean isSklearnHeader(String[] first, String[] second) {
        if (first.length < 3 || !isCount(first[0]) || !isCount(first[1])) {
            return false;
        }
        for (int j = 2; j < first.length; j++) {
            if (first[j].isEmpty() || isNumber(first[j])) {
                return false;
            }
        }
        // a data row "5,3,red" (two features, a string label) looks the same, but after a real
        // header comes a row ending in a class index, and it is longer or shorter than the header
        // unless it has exactly n_features + 1 cells
        return second == null || second.length != first.length
                || second.length == Integer.parseInt(first[1]) + 1 && isNumber(second[second.length - 1]);
    }

    /** A header names every feature: all non-label cells are non-empty and non-numeric. */
    private static boolean isHeader(String[] first, int lc) {
        for (int j = 0; j < first.length; j++) {
            if (j != lc && (first[j].isEmpty() || isNumber(first[j]))) {
                return false;
            }
        }
        return true;
    }

    private static double parseFeature(String cell, String name, int line, int column) throws ProblemException {
        if (cell.isEmpty()) {
            throw Streams.problem(DataProblem.CSV_EMPTY_CELL, name, line, column);
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw Streams.problem(DataProblem.CSV_NOT_A_NUMBER, name, line, column, cell);
        }
        if (!Double.isFinite(v)) {
            throw Streams.problem(DataProblem.CSV_NOT_FINITE, name, line, column, cell);
        }
        if (Float.isInfinite((float) v)) { // the Dataset holds float32: 1e308 would become Infinity
            throw Streams.problem(DataProblem.CSV_NUMBER_TOO_LARGE, name, line, column, cell);
        }
        return v;
    }

    static boolean isNumber(String s) {
        try {
            Double.parseDouble(s);
            return !s.isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isCount(String s) {
        return s.matches("\\d{1,9}");
    }

    /** Splits on commas, keeps empty cells, trims them and drops one pair of surrounding quotes. */
    static String[] split(String line) {
        String[] cells = line.split(",", -1);
        for (int j = 0; j < cells.length; j++) {
            String c = cells[j].trim();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) {
                c = c.substring(1, c.length() - 1).trim();
            }
            cells[j] = c;
        }
        return cells;
    }
}
