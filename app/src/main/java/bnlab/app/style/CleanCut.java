package bnlab.app.style;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a scroll pane's top edge may stop without cutting a line of text, a button or a picture in two. Scrolled
 * just far enough to show the buttons under a long step (1280 x 720), the lesson panel's top edge went through the
 * middle of a line: the class saw the lower halves of its characters.
 */
public final class CleanCut {
    private CleanCut() {
    }

    /** A span of content (a line of text, a control, a picture) that the top edge should not cross, in content's y. */
    public record Span(double top, double bottom) {
        /** Whether y falls strictly inside it (half a pixel's slack at each end). */
        public boolean cutAt(double y) {
            return y > top + 0.5 && y < bottom - 0.5;
        }
    }

    /**
     * The least y in [from, limit] at which no span of the content is cut (the top of the first span that the edge
     * at {@code from} would cut, moved past, as often as needed); {@code from} itself where none in reach is clean.
     */
    public static double at(Parent content, double from, double limit) {
        List<Span> spans = spans(content);
        double y = from;
        while (y <= limit) {
            double past = y;
            for (Span s : spans) {
                if (s.cutAt(y)) {
                    past = Math.max(past, s.bottom());
                }
            }
            if (past == y) {
                return y;
            }
            y = past;
        }
        return from;
    }

    /** The spans the content shows, in its own coordinates: each line of its texts, each control and picture. */
    public static List<Span> spans(Parent content) {
        List<Span> out = new ArrayList<>();
        collect(content, content, out);
        return out;
    }

    private static void collect(Parent content, Node n, List<Span> out) {
        if (!n.isVisible()) {
            return;
        }
        // a label's lines: the text its skin lays out (a Label is a control, but its lines may be cut between)
        Node text = n instanceof Label ? n.lookup(".text") : n instanceof Text ? n : null;
        if (text instanceof Text t && !(t.getParent() instanceof TextFlow)) {
            lines(content, t, out);
            return;
        }
        if (n instanceof Control || n instanceof TextFlow || !(n instanceof Parent p)) {
            Bounds b = content.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
            if (b != null && b.getHeight() > 0) {
                out.add(new Span(b.getMinY(), b.getMaxY()));
            }
            return;
        }
        for (Node c : p.getChildrenUnmodifiable()) {
            collect(content, c, out);
        }
    }

    // each line's box, from the shape of the whole text's range: a rectangle a line (MoveTo, then LineTos)
    private static void lines(Parent content, Text t, List<Span> out) {
        int length = t.getText() == null ? 0 : t.getText().length();
        if (length == 0) {
            return;
        }
        double top = Double.NaN;
        double bottom = Double.NaN;
        for (PathElement e : t.rangeShape(0, length)) {
            double y;
            if (e instanceof MoveTo m) {
                add(content, t, top, bottom, out);
                top = m.getY();
                bottom = m.getY();
                continue;
            } else if (e instanceof LineTo l) {
                y = l.getY();
            } else {
                continue;
            }
            top = Math.min(top, y);
            bottom = Math.max(bottom, y);
        }
        add(content, t, top, bottom, out);
    }

    private static void add(Parent content, Text t, double top, double bottom, List<Span> out) {
        if (Double.isNaN(top) || bottom <= top) {
            return;
        }
        double a = content.sceneToLocal(t.localToScene(0, top)).getY();
        double b = content.sceneToLocal(t.localToScene(0, bottom)).getY();
        out.add(new Span(Math.min(a, b), Math.max(a, b)));
    }
}
