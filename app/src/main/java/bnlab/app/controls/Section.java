package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Tips;
import bnlab.app.style.Words;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** A titled group of controls, plus small helpers the groups share. */
abstract class Section {
    protected final ControlsModel model;
    protected final VBox box = new VBox(6);
    /** True while the section copies engine values into its controls (their handlers must not send). */
    protected boolean syncing;

    Section(ControlsModel model, String title) {
        this.model = model;
        Label header = new Label(title);
        header.getStyleClass().add("section-title");
        // on two lines where the panel is narrow rather than cut ("Batch normalizat..." at type 1.5 in a panel
        // narrowed to 290 px)
        header.setWrapText(true);
        box.getChildren().add(header);
        box.getStyleClass().add("control-section");
    }

    final Node node() {
        return box;
    }

    /** Copy the applied values from the model into the controls. */
    abstract void refresh();

    /**
     * A control after its label, on one line where the panel is wide enough, else below it: in 1280 px the
     * label of a long choice was cut to "N..." and the choice to "fully connected network...".
     */
    static FlowPane labelled(String text, Node control, String formula) {
        Label l = new Label(text);
        l.getStyleClass().add("control-title");
        l.setMinWidth(Region.USE_PREF_SIZE);
        Tips.set(l, formula);
        FlowPane row = new FlowPane(8, 4, l, control);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (control instanceof javafx.scene.control.Control c) {
            Tips.set(c, formula);
            // alone on its line, a choice wider than the panel (type 2 in 1280 px) shrinks to it (the row's
            // own least width would otherwise be its widest child's)
            c.maxWidthProperty().bind(row.widthProperty());
            row.setMinWidth(0);
        }
        return row;
    }

    /**
     * Show a combo box's items as words (enum labels from the bundle), in the list and on the button, also
     * for a value the list does not hold at that moment (shown through the converter: else its toString).
     */
    static <T> void worded(ComboBox<T> combo, Function<T, String> words) {
        combo.setCellFactory(v -> new Cell<>(words));
        combo.setButtonCell(new Cell<>(words));
        combo.setConverter(Words.converter(words));
    }

    /** Enum choices by their bundle labels. */
    static <E extends Enum<E>> void worded(ComboBox<E> combo) {
        worded(combo, I18n::label);
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> words;

        Cell(Function<T, String> words) {
            this.words = words;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : words.apply(item));
        }
    }

    /** Select a value in a combo box without triggering its handler. */
    final <T> void select(ComboBox<T> combo, T value) {
        if (combo.isShowing() || java.util.Objects.equals(combo.getValue(), value)) {
            return;
        }
        syncing = true;
        try {
            combo.setValue(value);
        } finally {
            syncing = false;
        }
    }
}
