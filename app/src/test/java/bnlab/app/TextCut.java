package bnlab.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * Labeled nodes whose rendered text is not their whole text (the skin cut it to "..."), and spinners whose
 * editor is narrower than its text (the value shows in part: "25" as "2"); hidden subtrees are skipped. FX thread,
 * after a layout.
 */
public final class TextCut {
    private TextCut() {
    }

    public static List<String> cut(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof Text t && !t.getText().equals(l.getText())) {
                    out.add(l.getText() + " -> " + t.getText());
                }
            }
        }
        if (n instanceof javafx.scene.control.Spinner<?> s) {
            javafx.scene.control.TextField f = s.getEditor();
            Text probe = new Text(f.getText());
            probe.setFont(f.getFont());
            double room = f.getWidth() - f.getInsets().getLeft() - f.getInsets().getRight();
            if (probe.getLayoutBounds().getWidth() > room + 0.5) {
                out.add("spinner " + f.getText() + " in " + Math.round(room) + " px");
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }
}
