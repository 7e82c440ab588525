package bnlab.app.lessons;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** A lesson's formula typeset as mathematics (JLaTeXMath), as an image for the panel. */
final class Formula {
    private Formula() {
    }

    /** Whether the LaTeX parses (checked when a lesson loads, so a broken formula is refused with its file). */
    static boolean parses(String latex) {
        if (!balanced(latex)) {
            return false; // JLaTeXMath closes an open brace silently, and the formula then shows wrong
        }
        try {
            new TeXFormula(latex);
            return true;
        } catch (RuntimeException e) { // ParseException among others
            return false;
        }
    }

    // every { closed by a }, in order (\{ and \} are literal braces)
    private static boolean balanced(String latex) {
        int depth = 0;
        for (int i = 0; i < latex.length(); i++) {
            char c = latex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * The formula at the given size in pixels, in the given colour, on a transparent background, drawn
     * at {@code pixelScale} times its size for sharp text on a high-resolution screen.
     */
    static Image render(String latex, double size, Color ink, double pixelScale) {
        TeXFormula f = new TeXFormula(latex);
        TeXIcon icon = f.createTeXIcon(TeXConstants.STYLE_DISPLAY, (float) (size * pixelScale));
        icon.setForeground(ink);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        icon.paintIcon(null, g, 0, 0);
        g.dispose();
        return SwingFXUtils.toFXImage(img, null);
    }
}
