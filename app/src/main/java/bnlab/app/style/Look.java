package bnlab.app.style;

import bnlab.app.i18n.Fonts;

import java.awt.Color;
import java.awt.Font;

/**
 * How the window and the charts look: the theme and the type scale (the back of the room). Views read
 * the current look when they are built; changing it builds the window's views anew (the engine keeps
 * the training state and history, so nothing is lost). FX thread only.
 *
 * @param theme light or dark
 * @param scale type scale, {@link #MIN_SCALE} to {@link #MAX_SCALE} (1: 17 px text)
 */
public record Look(Theme theme, double scale) {
    public static final double MIN_SCALE = 0.8;
    public static final double MAX_SCALE = 2.5;
    /** Text size of the window at scale 1, in pixels. */
    public static final double BASE_FONT = 17;
    private static Look current = new Look(Theme.LIGHT, 1.0);

    public Look {
        scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
    }

    public static Look current() {
        return current;
    }

    public static void use(Look look) {
        current = look;
    }

    public boolean dark() {
        return theme == Theme.DARK;
    }

    /** A chart font of the bundled family at size * scale. */
    public Font font(int style, double size) {
        return new Font(Fonts.awtFamily(), style, (int) Math.round(size * scale));
    }

    /** Chart and plot background. */
    public Color background() {
        return dark() ? new Color(0x1c, 0x1f, 0x24) : Color.WHITE;
    }

    /** Text, axes. */
    public Color ink() {
        return dark() ? new Color(0xe6, 0xe6, 0xe6) : Palette.INK;
    }

    /** Grid lines. */
    public Color grid() {
        return dark() ? new Color(0x44, 0x48, 0x50) : Palette.GRID;
    }

    /** The root's inline style: the text size for this scale. */
    public String rootStyle() {
        return fontSize(BASE_FONT);
    }

    /** An inline style setting the text size to px (at type scale 1) times this scale. */
    public String fontSize(double px) {
        return String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", px * scale);
    }
}
