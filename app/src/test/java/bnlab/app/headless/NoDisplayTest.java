package bnlab.app.headless;

import bnlab.app.i18n.I18n;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window asked for where there is no display: one line saying so, in the language asked for; no stack trace. */
class NoDisplayTest {
    @Test
    void saysInOneLineThatNoWindowCanOpen() throws Exception {
        for (String lang : new String[] {"en", "zh"}) {
            Path dir = Files.createDirectories(Path.of("target", "headless-test", "no-display-" + lang).toAbsolutePath());
            HeadlessProcess.Run r = HeadlessProcess.run(dir, "--size", "800x600", "--lang", lang);
            assertEquals(1, r.exit(), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            Locale before = I18n.locale();
            I18n.setLocale(lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            try {
                // the message's own words around its two arguments (the toolkit's reason and $DISPLAY)
                String[] parts = I18n.get("app.cannotStart.detail", I18n.get("app.noWindow", "\u0000", "\u0001"))
                        .split("[\u0000\u0001]");
                for (String part : parts) {
                    assertTrue(r.err().contains(part), lang + ": " + part + " not in " + r.err());
                }
            } finally {
                I18n.setLocale(before);
            }
        }
    }
}
