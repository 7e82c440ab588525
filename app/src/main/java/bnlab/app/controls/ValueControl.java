package bnlab.app.controls;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.function.DoubleFunction;

/**
 * One numeric setting: a title, the value the engine applied, a slider and a text field (Enter
 * applies). The commit function sends the command and returns null, or returns why it sent nothing;
 * that reason is shown inline under the field. Package-private: a piece of the control panel.
 */
final class ValueControl extends VBox {
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label applied = new Label();
    private final Label error = new Label();
    private final boolean log;
    private final boolean integer;
    private final DoubleFunction<String> commit;
    private boolean syncing;

    /**
     * @param id      prefix of the node ids (id-slider, id-field, id-value, id-error), used by tests
     * @param title   what the user reads
     * @param formula tooltip: the quantity's formula
     * @param min     slider minimum (the field accepts what commit accepts)
     * @param max     slider maximum
     * @param log     slider on a log10 scale
     * @param integer round to whole numbers
     * @param commit  sends the value; returns null, or a message when it sent nothing
     */
    ValueControl(String id, String title, String formula, double min, double max, boolean log, boolean integer,
                 DoubleFunction<String> commit) {
        this.log = log;
        this.integer = integer;
        this.commit = commit;
        slider = log ? new Slider(Math.log10(min), Math.log10(max), Math.log10(min))
                : new Slider(min, max, min);
        slider.setId(id + "-slider");
        field.setId(id + "-field");
        applied.setId(id + "-value");
        error.setId(id + "-error");
        field.setPrefColumnCount(7);
        error.getStyleClass().add("inline-error");
        error.setWrapText(true);
        error.setManaged(false);
        error.setVisible(false);
        applied.getStyleClass().add("applied-value");

        Label name = new Label(title);
        name.getStyleClass().add("control-title");
        Tooltip tip = new Tooltip(formula);
        tip.setShowDelay(Duration.millis(300));
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        for (var n : new javafx.scene.control.Control[] {name, slider, field, applied}) {
            n.setTooltip(tip);
        }
        HBox header = new HBox(8, name, applied);
        HBox row = new HBox(8, slider, field);
        HBox.setHgrow(slider, Priority.ALWAYS);
        getChildren().addAll(header, row, error);
        setSpacing(2);
        setPadding(new Insets(4, 0, 4, 0));

        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                double v = fromSlider(now.doubleValue());
                field.setText(format(v));
                if (!slider.isValueChanging() || !integer) {
                    submit(v);
                }
            }
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !syncing && integer) {
                submit(fromSlider(slider.getValue()));
            }
        });
        field.setOnAction(e -> submitText(field.getText()));
    }

    /** Parse and send typed text; an unparsable or refused value shows a message and sends nothing. */
    void submitText(String text) {
        String t = text == null ? "" : text.trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            showError("\u201c" + t + "\u201d is not a number");
            return;
        }
        if (integer && v != Math.rint(v)) {
            showError("a whole number is needed, got " + t);
            return;
        }
        submit(v);
    }

    private void submit(double v) {
        if (integer) {
            v = Math.rint(v);
        }
        showError(commit.apply(v));
    }

    private void showError(String message) {
        boolean has = message != null && !message.isBlank();
        error.setText(has ? message : "");
        error.setVisible(has);
        error.setManaged(has);
    }

    /** Show the value the engine applied; moves the slider unless the user is dragging or typing. */
    void showApplied(double v, String text) {
        setIfChanged(applied, text);
        if (Double.isNaN(v) || slider.isValueChanging()) {
            return;
        }
        syncing = true;
        try {
            slider.setValue(toSlider(v));
            String f = format(v);
            if (!field.isFocused() && !f.equals(field.getText())) {
                field.setText(f);
            }
        } finally {
            syncing = false;
        }
    }

    void showApplied(double v) {
        showApplied(v, format(v));
    }

    /** Setting equal text still relayouts a label; skip it (the read-outs refresh every frame). */
    static void setIfChanged(javafx.scene.control.Labeled l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    private double toSlider(double v) {
        return log ? Math.log10(Math.max(v, 1e-300)) : v;
    }

    private double fromSlider(double s) {
        double v = log ? Math.pow(10, s) : s;
        if (integer) {
            return Math.rint(v);
        }
        // three significant digits keep slider values readable
        return Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v));
    }

    String format(double v) {
        if (integer) {
            return Long.toString(Math.round(v));
        }
        return Format.number(v);
    }

    Slider slider() {
        return slider;
    }

    TextField field() {
        return field;
    }

    Label errorLabel() {
        return error;
    }
}
