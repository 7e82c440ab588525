package bnlab.app.style;

import javafx.scene.control.Spinner;

/** Spinners sized in characters, not pixels: at a larger type scale they widen with their text. */
public final class Spinners {
    /** Columns the arrow buttons take out of the editor's width. */
    static final int ARROWS = 2;

    private Spinners() {
    }

    /** Makes s editable and as wide as its longest value, {@code chars} characters, plus its arrows. */
    public static void editable(Spinner<?> s, int chars) {
        s.setEditable(true);
        // a column is a "W" wide: digits and a decimal point fit with room for the caret. The skin makes
        // the spinner as wide as its editor's preferred width and then gives its arrows part of that:
        // they take about two columns at any type size
        s.getEditor().setPrefColumnCount(chars + ARROWS);
    }
}
