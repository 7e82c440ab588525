package bnlab.app.style;

import bnlab.app.i18n.I18n;
import javafx.scene.control.ListCell;

/**
 * A chooser cell that shows a 0-based index the way people count: "layer 1" for 0 (the bundle's
 * {@code numberKey} with the 1-based number). An index of -1 shows {@code minusOneKey}'s text (for
 * example "all units (pooled)") when one is given.
 */
public final class IndexCell extends ListCell<Integer> {
    private final String numberKey;
    private final String minusOneKey;

    public IndexCell(String numberKey, String minusOneKey) {
        this.numberKey = numberKey;
        this.minusOneKey = minusOneKey;
    }

    @Override
    protected void updateItem(Integer v, boolean empty) {
        super.updateItem(v, empty);
        setText(empty || v == null ? null : v < 0 && minusOneKey != null ? I18n.get(minusOneKey)
                : I18n.get(numberKey, v + 1));
    }
}
