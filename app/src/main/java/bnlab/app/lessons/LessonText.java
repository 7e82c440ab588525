package bnlab.app.lessons;

import bnlab.app.i18n.ShownText;

import java.util.Locale;

/** A text of a lesson in both languages. */
public record LessonText(String en, String zh) {
    /**
     * The text in the language of the locale (Chinese for zh, else English), kept whole where a line must not break
     * (signed decimals, short formulas).
     */
    public String in(Locale l) {
        return ShownText.of(l.getLanguage().equals("zh") ? zh : en);
    }
}
