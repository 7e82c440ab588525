package bnlab.app.i18n;

import javafx.scene.text.Font;

import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bundled font (Noto Sans CJK SC, a subset under the SIL OFL: Latin, Greek, maths and the 6,763
 * hanzi of GB 2312), registered for JavaFX and for AWT (JFreeChart's charts and exports), so Chinese
 * renders on a machine without any CJK font. Registered once; without it the platform's sans serif
 * is used.
 */
public final class Fonts {
    public static final String FAMILY = "Noto Sans CJK SC";
    private static final String[] FILES = {"NotoSansSC-Regular.otf", "NotoSansSC-Bold.otf"};
    private static volatile boolean fx;
    private static volatile boolean awt;

    private Fonts() {
    }

    /** Register the font with JavaFX (FX thread or before the toolkit starts; idempotent). */
    public static synchronized boolean registerFx() {
        if (!fx) {
            boolean ok = true;
            for (String f : FILES) {
                try (InputStream in = Fonts.class.getResourceAsStream("/bnlab/app/fonts/" + f)) {
                    ok &= in != null && Font.loadFont(in, 12) != null;
                } catch (IOException e) {
                    ok = false;
                }
            }
            fx = ok;
        }
        return fx;
    }

    /** Register the font with AWT (any thread; idempotent). */
    public static synchronized boolean registerAwt() {
        if (!awt) {
            boolean ok = true;
            for (String f : FILES) {
                try (InputStream in = Fonts.class.getResourceAsStream("/bnlab/app/fonts/" + f)) {
                    if (in == null) {
                        ok = false;
                        continue;
                    }
                    java.awt.Font font = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, in);
                    ok &= GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font)
                            || FAMILY.equals(font.getFamily());
                } catch (IOException | java.awt.FontFormatException e) {
                    ok = false;
                }
            }
            awt = ok;
        }
        return awt;
    }

    /** The AWT family for chart text: the bundled one when registered. */
    public static String awtFamily() {
        return registerAwt() ? FAMILY : java.awt.Font.SANS_SERIF;
    }
}
