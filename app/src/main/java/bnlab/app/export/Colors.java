package bnlab.app.export;

import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;

/** JavaFX paints as AWT colours for the vector exports (a gradient as its first colour). */
final class Colors {
    private Colors() {
    }

    /** The colour, or null for no paint or a paint that has none (an image pattern). */
    static java.awt.Color awt(Paint p) {
        Color c = p instanceof Color col ? col
                : p instanceof LinearGradient lg && !lg.getStops().isEmpty() ? lg.getStops().get(0).getColor()
                : p instanceof RadialGradient rg && !rg.getStops().isEmpty() ? rg.getStops().get(0).getColor()
                : null;
        if (c == null) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
