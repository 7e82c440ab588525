package bnlab.app.style;

import bnlab.app.i18n.ArchWords;
import bnlab.app.i18n.I18n;
import javafx.scene.control.ComboBox;
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

    /**
     * Give a chooser of indices these cells for its list and its button, and the same words for a value its
     * list does not hold at that moment (a lesson's choice before the first snapshot filled the list): the
     * combo box shows such a value through its converter, which would write the bare index ("0").
     */
    public static void install(ComboBox<Integer> box, String numberKey, String minusOneKey, BooleanSupplier cnn) {
        box.setCellFactory(v -> new IndexCell(numberKey, minusOneKey, cnn));
        box.setButtonCell(new IndexCell(numberKey, minusOneKey, cnn));
        box.setConverter(Words.converter(v -> text(v, numberKey, minusOneKey, cnn.getAsBoolean())));
    }

    /**
     * Write the button again after what its words depend on changed (MLP and CNN word a unit differently):
     * a new button cell like the installed one (the combo box does not redraw its button cell by itself).
     */
    public static void reword(ComboBox<Integer> box) {
        IndexCell c = (IndexCell) box.getButtonCell();
        box.setButtonCell(new IndexCell(c.numberKey, c.minusOneKey, c.cnn));
    }

    @Override
    protected void updateItem(Integer v, boolean empty) {
        super.updateItem(v, empty);
        setText(empty || v == null ? null : text(v, numberKey, minusOneKey, cnn.getAsBoolean()));
    }

    private static String text(int v, String numberKey, String minusOneKey, boolean cnn) {
        return v < 0 && minusOneKey != null ? ArchWords.get(minusOneKey, cnn) : ArchWords.get(numberKey, cnn, v + 1);
    }
}
