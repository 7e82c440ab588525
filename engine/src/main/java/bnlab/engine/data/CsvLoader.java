package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

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
 * non-finite feature, a blank line inside the data, a header without rows, an empty file) fails the
 * whole load with a {@link DataLoadException} naming the file and line.
 */
public final class CsvLoader {

    private CsvLoader() {
    }

    /** @param labelColumn 0-based column of the label, or -1 for the last column */
    public static Dataset load(Path file, int labelColumn) throws IOException {
        checkLabelColumn(labelColumn);
        try (InputStream in = Streams.open(file)) {
            return load(in, file.getFileName().toString(), labelColumn);
        }
    }

    /** @param name names the data in messages and becomes {@link Dataset#name()} */
    public static Dataset load(InputStream in, String name, int labelColumn) throws IOException {
        checkLabelColumn(labelColumn);
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
            ncols = Integer.parseInt(first[1]) + 1;
            sklearnK = first.length - 2;
            start = 1;
        }
        int lc = labelColumn == -1 ? ncols - 1 : labelColumn;
        if (ncols < 2) {
            throw new DataLoadException(name + " line " + nos.get(0) + ": only " + ncols
                    + " column; need at least one feature and a label");
        }
        if (lc >= ncols) {
            throw new DataLoadException(name + ": label column " + lc + " does not exist (rows have "
                    + ncols + " columns, numbered from 0)");
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
            throw new DataLoadException(name + ": header on line " + nos.get(0) + " but no data rows");
        }

        // x[i] = the numeric cells of data row i, label column left out
        double[][] x = new double[rows][ncols - 1];
        List<String> labels = new ArrayList<>(rows);
        int[] lineNos = new int[rows];
        for (int i = 0; i < rows; i++) {
            int no = nos.get(start + i);
            String[] cells = split(text.get(start + i));
            if (cells.length != ncols) {
                String why = sklearnK >= 0 ? " (the header on line " + nos.get(0) + " says "
                        + (ncols - 1) + " features and a label)" : "";
                throw new DataLoadException(name + " line " + no + ": expected " + ncols
                        + " columns, found " + cells.length + why);
            }
            for (int j = 0, f = 0; j < ncols; j++) {
                if (j != lc) {
                    x[i][f++] = parseFeature(cells[j], name, no, j + 1);
                }
            }
            String label = cells[lc];
            if (label.isEmpty()) {
                throw new DataLoadException(name + " line " + no + ", column " + (lc + 1) + ": empty label");
            }
            labels.add(label);
            lineNos[i] = no;
        }
        if (sklearnN >= 0 && sklearnN != rows) {
            throw new DataLoadException(name + ": the header on line " + nos.get(0) + " says " + sklearnN
                    + " samples but the file holds " + rows + " data rows");
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
            throws IOException {
        int blankAt = -1;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Streams.maybeGunzip(in, name), StandardCharsets.UTF_8))) {
            int no = 0;
            for (String line; (line = r.readLine()) != null; ) {
                no++;
                if (no == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    blankAt = blankAt < 0 ? no : blankAt;
                    continue;
                }
                if (blankAt > 0 && !text.isEmpty()) {
                    throw new DataLoadException(name + " line " + blankAt
                            + ": blank line inside the data (more rows follow on line " + no + ")");
                }
                blankAt = -1;
                text.add(line);
                nos.add(no);
            }
        } catch (ZipException | EOFException e) {
            throw Streams.corruptGzip(name, e);
        }
        if (text.isEmpty()) {
            throw new DataLoadException(name + ": empty file" + (blankAt > 0 ? " (only blank lines)" : ""));
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

    private static double parseFeature(String cell, String name, int line, int column) throws DataLoadException {
        String at = name + " line " + line + ", column " + column + ": ";
        if (cell.isEmpty()) {
            throw new DataLoadException(at + "empty cell");
        }
        double v;
        try {
            v = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new DataLoadException(at + "'" + cell + "' is not a number");
        }
        if (!Double.isFinite(v)) {
            throw new DataLoadException(at + "'" + cell + "' is not a finite number");
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
