package bnlab.app.lessons;

import bnlab.app.i18n.WholeNumbers;

import java.util.Locale;

/** A text of a lesson in both languages. */
public record LessonText(String en, String zh) {
    /** The text in the language of the locale (Chinese for zh, else English), signed decimals kept whole. */
    public String in(Locale l) {
        return WholeNumbers.of(l.getLanguage().equals("zh") ? zh : en);
    }
}
