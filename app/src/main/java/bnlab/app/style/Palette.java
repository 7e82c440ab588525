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

    /** CSS hex of a colour, for labels: "#0072b2". */
    public static String css(java.awt.Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
