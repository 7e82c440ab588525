package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Tips;
import bnlab.app.style.Words;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
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
        box.getChildren().add(header);
        box.getStyleClass().add("control-section");
    }

    final Node node() {
        return box;
    }

    /** Copy the applied values from the model into the controls. */
    abstract void refresh();

    static HBox labelled(String text, Node control, String formula) {
        Label l = new Label(text);
        l.getStyleClass().add("control-title");
        Tips.set(l, formula);
        if (control instanceof javafx.scene.control.Control c) {
            Tips.set(c, formula);
        }
        HBox row = new HBox(8, l, control);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
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
