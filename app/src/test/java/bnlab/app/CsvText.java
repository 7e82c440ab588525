package bnlab.app;

import java.util.Arrays;
import java.util.List;

/** A CSV text as the tests read it back: its header and its rows of cells (no quoting: numbers and names). */
public record CsvText(List<String> header, List<List<String>> rows) {
    /** The text split into lines and cells; null for null. */
    public static CsvText of(String text) {
        if (text == null) {
            return null;
        }
        List<List<String>> lines = text.lines().map(l -> Arrays.asList(l.split(",", -1))).toList();
        return new CsvText(lines.get(0), lines.subList(1, lines.size()));
    }
}
