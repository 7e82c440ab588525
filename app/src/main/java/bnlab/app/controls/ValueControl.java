package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.Tips;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.function.DoubleFunction;

/**
 * One numeric setting: a title, the value the engine applied, a slider and a text field (Enter
 * applies). Slider and field take their range from the {@link Setting} (the one range the command,
 * the file and the engine use too); a setting whose range is too wide for a slider (the seed) has
 * the field only. The commit function sends the command and returns null, or the problem that kept
 * it from sending; that problem is worded inline under the field. Package-private: a piece of the
 * control panel.
 */
final class ValueControl extends VBox {
    private final Setting setting;
    private final Slider slider;
    private final TextField field = new TextField();
    private final Label applied = new Label();
    private final Label error = new Label();
    private double lastApplied = Double.NaN;
    private final boolean log;
    private final DoubleFunction<Problem> commit;
    private Problem shown;
    private boolean syncing;

    /**
     * @param id      prefix of the node ids (id-slider, id-field, id-value, id-error), used by tests
     * @param setting the setting: range, scale, whole numbers
     * @param title   what the user reads
     * @param formula tooltip: the quantity's formula
     * @param commit  sends the value; returns null, or the problem when it sent nothing
     */
    ValueControl(String id, Setting setting, String title, String formula, DoubleFunction<Problem> commit) {
        this.setting = setting;
        this.log = setting.scale() == Setting.Scale.LOG;
        this.commit = commit;
        double lo = setting.sliderMin();
        boolean sliderFits = log || !setting.whole() || setting.max() - setting.min() <= 100_000;
        slider = sliderFits ? bnlab.app.style.Sliders.keyed(new Slider(toSliderRaw(lo), toSliderRaw(setting.max()),
                toSliderRaw(lo))) : null;
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
        String tip = I18n.get("control.range", formula, format(setting.min()), format(setting.max()));
        for (var n : new javafx.scene.control.Control[] {name, field, applied}) {
            Tips.set(n, tip);
        }
        HBox header = new HBox(8, name, applied);
        HBox row = new HBox(8);
        if (slider != null) {
            slider.setId(id + "-slider");
            Tips.set(slider, tip);
            row.getChildren().add(slider);
            HBox.setHgrow(slider, Priority.ALWAYS);
            // the field as wide as the widest value it shows, in its font: seven columns of "W" (the width a text
            // field counts in) left the slider shorter than the field in a narrow panel (type 1.5 at 1280 x 720)
            field.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(this::fieldWidth,
                    field.fontProperty(), field.paddingProperty()));
            slider.valueProperty().addListener((o, was, now) -> {
                if (!syncing) {
                    double v = fromSlider(now.doubleValue());
                    field.setText(format(v));
                    if (!slider.isValueChanging() || !setting.whole()) {
                        submit(v);
                    }
                }
            });
            slider.valueChangingProperty().addListener((o, was, now) -> {
                if (!now && !syncing && setting.whole()) {
                    submit(fromSlider(slider.getValue()));
                }
            });
        } else {
            HBox.setHgrow(field, Priority.ALWAYS);
        }
        row.getChildren().add(field);
        getChildren().addAll(header, row, error);
        setSpacing(2);
        setPadding(new Insets(4, 0, 4, 0));
        field.setOnAction(e -> submitText(field.getText()));
        // leaving the field puts the applied value back in it at once (paused, no snapshot comes to do it)
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                showInField(lastApplied);
            }
        });
    }

    /** The widest value a field shows: a small negative beta, to four significant digits. */
    static final String WIDEST = bnlab.app.i18n.Numbers.format(bnlab.app.i18n.Numbers.WIDEST);

    // width = the widest value's width in the field's font + the field's insets + 2 px for the caret
    private double fieldWidth() {
        javafx.scene.text.Text widest = new javafx.scene.text.Text(WIDEST);
        widest.setFont(field.getFont());
        return Math.ceil(widest.getLayoutBounds().getWidth()) + field.snappedLeftInset() + field.snappedRightInset() + 2;
    }

    // the applied value in the field, where the user is not typing; a refused text is gone from the field, and so
    // is what was said about it ("abc" is not a number, under a field that read 0.1 again)
    private void showInField(double v) {
        String f = format(v);
        if (!Double.isNaN(v) && !field.isFocused() && !f.equals(field.getText())) {
            field.setText(f);
            showError(null, null);
        }
    }

    /** Parse and send typed text; an unparsable or refused value shows why and sends nothing. */
    void submitText(String text) {
        String t = text == null ? "" : text.trim();
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            showError(null, I18n.get("control.notANumber", t));
            return;
        }
        Problem p = setting.check(v);
        if (p != null) {
            showError(p, I18n.problem(p));
            return;
        }
        submit(v);
    }

    private void submit(double v) {
        Problem p = commit.apply(setting.whole() ? Math.rint(v) : v);
        showError(p, p == null ? null : I18n.problem(p));
    }

    private void showError(Problem p, String message) {
        shown = p;
        boolean has = message != null && !message.isBlank();
        error.setText(has ? message : "");
        error.setVisible(has);
        error.setManaged(has);
    }

    /** The problem shown under the field, or null (for tests: codes, not wording). */
    Problem shownProblem() {
        return shown;
    }

    /** Show the value the engine applied; moves the slider unless the user is dragging or typing. */
    void showApplied(double v, String text) {
        setIfChanged(applied, text);
        if (Double.isNaN(v) || (slider != null && slider.isValueChanging())) {
            return;
        }
        syncing = true;
        try {
            if (slider != null) {
                slider.setValue(toSlider(v));
            }
            lastApplied = v;
            showInField(v);
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

    // the slider shows values beyond its ends at its ends; the value itself is shown as it is
    private double toSlider(double v) {
        return toSliderRaw(Math.max(setting.sliderMin(), setting.clamp(v)));
    }

    private double toSliderRaw(double v) {
        return log ? Math.log10(Math.max(v, 1e-300)) : v;
    }

    private double fromSlider(double s) {
        double v = log ? Math.pow(10, s) : s;
        if (setting.whole()) {
            return setting.clamp(Math.rint(v));
        }
        // three significant digits keep slider values readable
        return setting.clamp(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", v)));
    }

    String format(double v) {
        if (setting.whole() && Double.isFinite(v)) {
            return Long.toString(Math.round(v));
        }
        return Numbers.format(v);
    }

    /** The slider, or null when the setting has the text field only. */
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
