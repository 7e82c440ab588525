package bnlab.app.lessons;

import java.util.Locale;

/** A text of a lesson in both languages. */
public record LessonText(String en, String zh) {
    /** The text in the language of the locale (Chinese for zh, else English). */
    public String in(Locale l) {
        return l.getLanguage().equals("zh") ? zh : en;
    }
}
