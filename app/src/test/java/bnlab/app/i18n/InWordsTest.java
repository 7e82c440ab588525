package bnlab.app.i18n;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Large numbers in words, by hand in both languages: lesson 11's surface said "最多 9.95e+9", which a class reads only
 * if it knows the notation.
 */
class InWordsTest {
    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    @Test
    void englishSaysMillionsBillionsAndTrillions() {
        I18n.setLocale(Locale.ENGLISH);
        assertEquals("1.92 billion", Numbers.inWords(1.9234e9));
        assertEquals("9.95 billion", Numbers.inWords(9.9512e9));
        assertEquals("253,000", Numbers.inWords(252_960));
        assertEquals("1.5 million", Numbers.inWords(1.5e6));
        assertEquals("1 billion", Numbers.inWords(999.7e6), "rounded before its step is chosen");
        assertEquals("-3.21 trillion", Numbers.inWords(-3.2149e12));
        assertEquals("999 trillion", Numbers.inWords(9.99e14));
    }

    @Test
    void chineseSaysWanYiAndWanYi() {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertEquals("19.2 亿", Numbers.inWords(1.9234e9));
        assertEquals("99.5 亿", Numbers.inWords(9.9512e9));
        assertEquals("25.3 万", Numbers.inWords(252_960));
        assertEquals("1 亿", Numbers.inWords(99_996_000));
        assertEquals("3.21 万亿", Numbers.inWords(3.2149e12));
    }

    @Test
    void smallAndHugeValuesAreFormattedAsEverywhere() {
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            I18n.setLocale(l);
            for (double v : new double[] {0.4233, 3.208, 12345, -99_999, 1e15, 2.5e30, Double.NaN,
                    Double.POSITIVE_INFINITY}) {
                assertEquals(Numbers.format(v), Numbers.inWords(v), l + " " + v);
            }
        }
    }
}
