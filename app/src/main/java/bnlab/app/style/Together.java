package bnlab.app.style;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;

/**
 * A label and what it names, kept on one line in a bar that wraps (a FlowPane): in a narrow view the bar's
 * flow had put "seed" at a line's end and its field at the next one's start.
 */
public final class Together {
    private static final double GAP = 6;

    private Together() {
    }

    public static HBox of(Node label, Node... named) {
        HBox box = new HBox(GAP, label);
        box.getChildren().addAll(named);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
