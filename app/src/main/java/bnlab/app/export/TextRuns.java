package bnlab.app.export;

import bnlab.app.i18n.Fonts;
import javafx.geometry.Bounds;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.util.Set;

/**
 * A JavaFX Text drawn as text into a Graphics2D: line by line where JavaFX broke it (found from its
 * caret positions), each line on its baseline, in the same font family, weight, size and colour.
 */
final class TextRuns {
    private static volatile Set<String> families;

    private TextRuns() {
    }

    static void draw(Text t, Graphics2D g) {
        String s = t.getText();
        if (s == null || s.isBlank()) {
            return;
        }
        java.awt.Color color = Colors.awt(t.getFill());
        if (color == null || color.getAlpha() == 0) {
            return;
        }
        g.setColor(color);
        g.setFont(font(t.getFont()));
        Bounds lb = t.getLayoutBounds();
        double firstBaseline = lb.getMinY() + t.getBaselineOffset();
        boolean oneLine = t.getWrappingWidth() <= 0 && s.indexOf('\n') < 0;
        if (oneLine) {
            g.drawString(s, (float) lb.getMinX(), (float) firstBaseline);
            return;
        }
        // where JavaFX broke the lines: a new line starts where the caret's top moves down
        double[] c0 = caret(t, 0);
        double firstTop = c0[1];
        double lineTop = c0[1];
        double lineX = c0[0];
        int start = 0;
        for (int i = 1; i <= s.length(); i++) {
            double[] c = i < s.length() ? caret(t, i) : null;
            if (c == null || c[1] > lineTop + 1) {
                String line = s.substring(start, i).replace("\n", "").stripTrailing();
                if (!line.isEmpty()) {
                    g.drawString(line, (float) lineX, (float) (firstBaseline + lineTop - firstTop));
                }
                if (c != null) {
                    start = i;
                    lineTop = c[1];
                    lineX = c[0];
                }
            }
        }
    }

    // the caret before character i: its x and the top of its line
    private static double[] caret(Text t, int i) {
        PathElement[] els = t.caretShape(i, true);
        for (PathElement e : els) {
            if (e instanceof MoveTo m) {
                return new double[] {m.getX(), m.getY()};
            }
        }
        if (els.length > 0 && els[0] instanceof LineTo l) {
            return new double[] {l.getX(), l.getY()};
        }
        return new double[] {0, 0};
    }

    /** The AWT font for a JavaFX font: its family when AWT has it, else the bundled one. */
    static Font font(javafx.scene.text.Font f) {
        String style = f.getStyle() == null ? "" : f.getStyle().toLowerCase(java.util.Locale.ROOT);
        int awtStyle = (style.contains("bold") ? Font.BOLD : Font.PLAIN) | (style.contains("italic") ? Font.ITALIC : 0);
        String family = known(f.getFamily()) ? f.getFamily() : Fonts.awtFamily();
        return new Font(family, awtStyle, 12).deriveFont((float) f.getSize());
    }

    private static boolean known(String family) {
        Set<String> all = families;
        if (all == null) {
            all = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(
                    java.util.Locale.ROOT));
            families = all;
        }
        return all.contains(family);
    }
}
