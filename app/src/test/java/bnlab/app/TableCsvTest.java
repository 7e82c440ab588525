package bnlab.app;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A table's CSV: numbers with all their digits and no more, rows as long as the header. */
class TableCsvTest {
    @Test
    void numbersHaveTheirTypesDigits() {
        assertEquals("0.1", TableCsv.number(0.1f), "a float's digits, not 0.10000000149011612");
        assertEquals("0.10000000149011612", TableCsv.number((double) 0.1f), "the same value as a double");
        assertEquals("3", TableCsv.number(3f));
        assertEquals("-7", TableCsv.number(-7.0));
        assertEquals("1.0E-5", TableCsv.number(1e-5f));
        assertEquals("0.7999998400000481", TableCsv.number(0.7999998400000481));
        assertEquals("", TableCsv.number(Float.NaN));
        assertEquals("", TableCsv.number(Double.NaN));
    }

    @Test
    void rowsAreAsLongAsTheHeader() {
        TableCsv.Rows r = new TableCsv.Rows(List.of("i", "x"));
        r.add(List.of("1", "2.5"));
        assertEquals("i,x\n1,2.5\n", r.text());
        assertThrows(IllegalArgumentException.class, () -> r.add(List.of("2")));
    }
}
