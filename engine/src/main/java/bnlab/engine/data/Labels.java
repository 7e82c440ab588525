package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.ProblemException;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the label cells of a CSV file into class indices 0..k-1.
 *
 * <p>Convention: labels are either all integers or all non-numeric strings (mixed is an error, and
 * so is a non-integer number such as 3.5). If the distinct integer labels are exactly 0..k-1 they
 * are kept; any other integers (1..3, -1/+1, 3/7) and all strings are mapped to 0..k-1 in sorted
 * order (numeric order for integers, {@link String#compareTo} for strings), so the mapping only
 * depends on the set of labels. With a scikit-learn header naming k classes, labels must already
 * lie in 0..k-1.
 */
final class Labels {

    record Encoded(int[] y, int numClasses) {
    }

    private Labels() {
    }

    /**
     * @param cells     the label cell of each data row
     * @param lineNos   the file line (1-based) of each row, for problems
     * @param file      the file, for problems
     * @param column    the 1-based label column, for problems
     * @param sklearnK  number of classes named by a scikit-learn header, or -1 without one
     */
    static Encoded encode(List<String> cells, int[] lineNos, String file, int column, int sklearnK)
            throws ProblemException {
        int n = cells.size();
        boolean numeric = CsvLoader.isNumber(cells.get(0));
        long[] ints = new long[n];
        for (int i = 0; i < n; i++) {
            String c = cells.get(i);
            if (CsvLoader.isNumber(c) != numeric) {
                throw Streams.problem(numeric ? DataProblem.CSV_LABEL_NOT_A_NUMBER : DataProblem.CSV_LABEL_IS_A_NUMBER,
                        file, lineNos[i], column, c, lineNos[0], cells.get(0));
            }
            if (numeric) {
                // a class is a whole number within the int range (NaN and infinities are not)
                double v = Double.parseDouble(c);
                if (v != Math.rint(v) || Math.abs(v) > Integer.MAX_VALUE) {
                    throw Streams.problem(DataProblem.CSV_LABEL_NOT_INTEGER, file, lineNos[i], column, c);
                }
                ints[i] = (long) v;
                if (sklearnK >= 0 && (ints[i] < 0 || ints[i] >= sklearnK)) {
                    throw Streams.problem(DataProblem.CSV_LABEL_OUTSIDE_HEADER_CLASSES, file, lineNos[i], column, c,
                            sklearnK, sklearnK - 1);
                }
            }
        }
        if (sklearnK >= 0 && !numeric) {
            throw Streams.problem(DataProblem.CSV_LABEL_NOT_CLASS_INDEX, file, lineNos[0], column, cells.get(0),
                    sklearnK, sklearnK - 1);
        }
        int[] y = new int[n];
        if (numeric) {
            TreeMap<Long, Integer> codes = new TreeMap<>();
            for (long v : ints) {
                codes.put(v, 0);
            }
            int k = 0;
            for (Map.Entry<Long, Integer> e : codes.entrySet()) {
                e.setValue(k++);
            }
            for (int i = 0; i < n; i++) {
                y[i] = codes.get(ints[i]);
            }
            if (sklearnK >= 0) {
                // the header fixes the classes: keep indices as they are (a class may have no rows)
                for (int i = 0; i < n; i++) {
                    y[i] = (int) ints[i];
                }
                return new Encoded(y, sklearnK);
            }
            // 0..k-1 maps to itself; anything else is renumbered in sorted order
            return new Encoded(y, k);
        }
        TreeMap<String, Integer> codes = new TreeMap<>();
        for (String c : cells) {
            codes.put(c, 0);
        }
        int k = 0;
        for (Map.Entry<String, Integer> e : codes.entrySet()) {
            e.setValue(k++);
        }
        for (int i = 0; i < n; i++) {
            y[i] = codes.get(cells.get(i));
        }
        return new Encoded(y, k);
    }
}
