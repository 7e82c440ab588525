package bnlab.app.controls;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

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

    static Tooltip tip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(300));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(480);
        return t;
    }

    static HBox labelled(String text, Node control, String formula) {
        Label l = new Label(text);
        l.getStyleClass().add("control-title");
        l.setTooltip(tip(formula));
        if (control instanceof javafx.scene.control.Control c) {
            c.setTooltip(tip(formula));
        }
        HBox row = new HBox(8, l, control);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
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
