package bnlab.app.style;

import javafx.scene.control.ListCell;

/**
 * A chooser cell that shows a 0-based index the way people count: "layer 1" for 0. An index of -1
 * shows {@code minusOneText} (for example "all units (pooled)") when one is given.
 */
public final class IndexCell extends ListCell<Integer> {
    private final String prefix;
    private final String minusOneText;

    public IndexCell(String prefix, String minusOneText) {
        this.prefix = prefix;
        this.minusOneText = minusOneText;
    }

    @Override
    protected void updateItem(Integer v, boolean empty) {
        super.updateItem(v, empty);
        setText(empty || v == null ? null : v < 0 && minusOneText != null ? minusOneText : prefix + (v + 1));
    }
}
