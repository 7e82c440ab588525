package bnlab.app.style;

import javafx.scene.paint.Color;

/**
 * One colour-blind-safe palette (Okabe and Ito 2008) for the whole app: the BN twin and the plain
 * twin always have the same two colours, in every view.
 */
public final class Palette {
    /** The twin with batch normalization: Okabe-Ito blue. */
    public static final java.awt.Color BN = new java.awt.Color(0x00, 0x72, 0xB2);
    /** The twin without normalization: Okabe-Ito vermillion. */
    public static final java.awt.Color PLAIN = new java.awt.Color(0xD5, 0x5E, 0x00);
    /** Secondary series (x_hat, population values): bluish green. */
    public static final java.awt.Color GREEN = new java.awt.Color(0x00, 0x9E, 0x73);
    /** Tertiary series: reddish purple. */
    public static final java.awt.Color PURPLE = new java.awt.Color(0xCC, 0x79, 0xA7);
    /** Highlights (saturated regions): orange. */
    public static final java.awt.Color ORANGE = new java.awt.Color(0xE6, 0x9F, 0x00);
    /** Sky blue. */
    public static final java.awt.Color SKY = new java.awt.Color(0x56, 0xB4, 0xE9);
    /** Text and axes. */
    public static final java.awt.Color INK = new java.awt.Color(0x20, 0x20, 0x20);
    /** Light grid lines. */
    public static final java.awt.Color GRID = new java.awt.Color(0xDD, 0xDD, 0xDD);

    private Palette() {
    }

    /** The same colour for JavaFX nodes. */
    public static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), c.getAlpha() / 255.0);
    }

    /** The colour with the given opacity in 0..1. */
    public static java.awt.Color alpha(java.awt.Color c, double opacity) {
        return new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }

    /** The WCAG contrast text needs against its background (normal-sized text, level AA). */
    public static final double TEXT_CONTRAST = 4.5;
    // the backgrounds text in a palette colour may sit on that are closest to it: the light theme's panel grey,
    // the dark theme's lightest panel
    private static final java.awt.Color LIGHT_PANEL = new java.awt.Color(0xf6, 0xf8, 0xfa);
    private static final java.awt.Color DARK_PANEL = new java.awt.Color(0x26, 0x2b, 0x33);

    /**
     * A palette colour for text: mixed toward white (dark theme) or black (light theme), in steps of 2 %, until it
     * has {@link #TEXT_CONTRAST} against the theme's panels. The Okabe-Ito blue is 3.2:1 on the dark theme's
     * background and the vermillion 3.6:1 on the light one's: lines and bars read at 3:1, small text does not.
     */
    public static java.awt.Color text(java.awt.Color c, boolean dark) {
        java.awt.Color bg = dark ? DARK_PANEL : LIGHT_PANEL;
        int toward = dark ? 255 : 0;
        java.awt.Color t = c;
        for (int step = 1; contrast(t, bg) < TEXT_CONTRAST && step <= 50; step++) {
            double f = step / 50.0;
            t = new java.awt.Color(mix(c.getRed(), toward, f), mix(c.getGreen(), toward, f), mix(c.getBlue(), toward, f));
        }
        return t;
    }

    /** {@link #text} in the current look, as CSS hex: for a label's -fx-text-fill. */
    public static String textCss(java.awt.Color c) {
        return css(text(c, Look.current().dark()));
    }

    private static int mix(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }

    /** WCAG 2 contrast ratio: (L1 + 0.05) / (L2 + 0.05), L1 the lighter colour's relative luminance. */
    public static double contrast(java.awt.Color a, java.awt.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    // relative luminance L = 0.2126 R + 0.7152 G + 0.0722 B of the linearized sRGB channels
    static double luminance(java.awt.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    // sRGB to linear: v / 12.92 up to 0.03928, else ((v + 0.055) / 1.055)^2.4
    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** CSS hex of a colour, for labels: "#0072b2". */
    public static String css(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
