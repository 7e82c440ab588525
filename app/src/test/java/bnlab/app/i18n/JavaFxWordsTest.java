package bnlab.app.i18n;

import javafx.scene.control.ButtonType;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * JavaFX's own words (a dialog's OK, a text field's menu) follow the interface's language, not the system's: an
 * English system showed "OK" under a saved recording's message in Chinese. Formats and the system's language stay.
 */
class JavaFxWordsTest {
    private static final String CONTROLS = "com/sun/javafx/scene/control/skin/resources/controls";

    private static String javaFx(String key, Locale l) {
        return ResourceBundle.getBundle(CONTROLS, l).getString(key);
    }

    @Test
    void aDialogsButtonsAndATextFieldsMenuSpeakTheInterfacesLanguage() {
        Locale before = I18n.locale();
        Locale defaultBefore = Locale.getDefault();
        Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
        Locale system = I18n.systemLocale();
        try {
            String okZh = javaFx("Dialog.ok.button", Locale.SIMPLIFIED_CHINESE);
            String okEn = javaFx("Dialog.ok.button", Locale.ENGLISH);
            assertNotEquals(okEn, okZh, "JavaFX has its own Chinese words");
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                I18n.setLocale(l);
                assertEquals(javaFx("Dialog.ok.button", l), ButtonType.OK.getText(), l.toString());
                assertEquals(javaFx("Dialog.cancel.button", l), ButtonType.CANCEL.getText(), l.toString());
                // a text field's context menu takes its words from the same bundle, in the default locale
                assertEquals(javaFx("TextInputControl.menu.Paste", l),
                        ResourceBundle.getBundle(CONTROLS).getString("TextInputControl.menu.Paste"), l.toString());
                assertEquals(formatBefore, Locale.getDefault(Locale.Category.FORMAT), "numbers keep the system's format");
                assertEquals(system, I18n.systemLocale());
            }
        } finally {
            I18n.setLocale(before);
            Locale.setDefault(defaultBefore);
            Locale.setDefault(Locale.Category.FORMAT, formatBefore);
        }
    }
}
