package bnlab.app;

import javafx.geometry.Point2D;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** The lines of a Text as it shows them: at its own line breaks and where it wraps at its wrapping width. */
public final class TextLines {
    private TextLines() {
    }

    /** Each line's characters, without the line break that ends it (call on the FX thread). */
    public static List<String> of(Text t) {
        String s = t.getText();
        Text probe = new Text("Xg");
        probe.setFont(t.getFont());
        double line = probe.getLayoutBounds().getHeight();
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (double y = t.getLayoutBounds().getMinY() + 1.5 * line; y < t.getLayoutBounds().getMaxY(); y += line) {
            int next = t.hitTest(new Point2D(0.5, y)).getCharIndex();
            lines.add(s.substring(start, next).replace("\n", ""));
            start = next;
        }
        lines.add(s.substring(start).replace("\n", ""));
        return lines;
    }
}
