package bnlab.app.style;

import bnlab.app.i18n.ArchWords;
import bnlab.app.i18n.I18n;
import javafx.scene.control.ListCell;

import java.util.function.BooleanSupplier;

/**
 * A chooser cell that shows a 0-based index the way people count: "layer 1" for 0 (the bundle's
 * {@code numberKey} with the 1-based number). An index of -1 shows {@code minusOneKey}'s text (for
 * example "all units (pooled)") when one is given. With a CNN test, the keys' CNN variants are used
 * while it holds ("channel 3", "all channels (pooled)"; {@link ArchWords}).
 */
public final class IndexCell extends ListCell<Integer> {
    private final String numberKey;
    private final String minusOneKey;
    private final BooleanSupplier cnn;

    public IndexCell(String numberKey, String minusOneKey) {
        this(numberKey, minusOneKey, () -> false);
    }

    public IndexCell(String numberKey, String minusOneKey, BooleanSupplier cnn) {
        this.numberKey = numberKey;
        this.minusOneKey = minusOneKey;
        this.cnn = cnn;
    }

    @Override
    protected void updateItem(Integer v, boolean empty) {
        super.updateItem(v, empty);
        boolean c = cnn.getAsBoolean();
        setText(empty || v == null ? null : v < 0 && minusOneKey != null ? ArchWords.get(minusOneKey, c)
                : ArchWords.get(numberKey, c, v + 1));
    }
}
