package bnlab.app.export;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;

/**
 * The Export dialog of a view (or of what the window shows): the format, the size, theme and background
 * of a picture, or the frame rate, length and width of a recording; it answers with the choices, and
 * the caller asks where to write. FX thread.
 */
final class ExportDialog {
    /** Sizes offered: 1x, 2x, 4x, then a width. */
    static final List<Integer> FACTORS = List.of(1, 2, 4, 0);

    final ComboBox<ExportFormat> format = new ComboBox<>();
    final ComboBox<Integer> factor = new ComboBox<>();
    final Spinner<Integer> width = new Spinner<>(64, ExportSize.MAX_SIDE, 3840, 160);
    final ComboBox<Theme> theme = new ComboBox<>();
    final CheckBox transparent = new CheckBox(I18n.get("export.transparent"));
    final Spinner<Integer> fps = new Spinner<>((int) RecordingSpec.MIN_FPS, (int) RecordingSpec.MAX_FPS, 10);
    final Spinner<Integer> seconds = new Spinner<>((int) RecordingSpec.MIN_SECONDS, (int) RecordingSpec.MAX_SECONDS,
            10);
    final Spinner<Integer> frameWidth = new Spinner<>(320, 3840, RecordingSpec.SLIDE_WIDTH, 160);
    final Label pixels = new Label();
    final Dialog<Answer> dialog = new Dialog<>();
    /** Copy to the clipboard instead of a file: shown for a picture and for the numbers. */
    final ButtonType copy = new ButtonType(I18n.get("export.copy"), ButtonBar.ButtonData.LEFT);
    private final Node view;
    private final boolean whole;
    /** A recording's rows (frames a second, longest recording, frame width): shown only for a recording. */
    private final List<Node> recordingRows;

    /** What was chosen, and whether to a file (then the caller asks where) or to the clipboard. */
    record Answer(ExportChoices choices, boolean toClipboard) {
    }

    /** @param whole whether a still shows the view whole ({@link Exporter#stillHeight}) or as shown */
    ExportDialog(Node view, String title, ExportChoices start, boolean whole) {
        this.view = view;
        this.whole = whole;
        dialog.setTitle(I18n.get("export.dialog.title", title));
        dialog.setHeaderText(I18n.get("export.dialog.header", title));
        format.getItems().setAll(ExportFormat.values());
        if (!SeriesCsv.hasSeries(view)) {
            format.getItems().remove(ExportFormat.CSV); // a table or a map has no lines to write out
        }
        format.setConverter(named("export.format."));
        format.setCellFactory(l -> cell(named("export.format.")));
        factor.getItems().setAll(FACTORS);
        factor.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer k) {
                return k == null ? "" : k == 0 ? I18n.get("export.size.width") : I18n.get("export.size.factor", k);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        theme.getItems().setAll(null, Theme.LIGHT, Theme.DARK);
        theme.setConverter(new StringConverter<>() {
            @Override
            public String toString(Theme t) {
                return t == null ? I18n.get("export.theme.shown") : I18n.get("export.theme." + t.name());
            }

            @Override
            public Theme fromString(String s) {
                return null;
            }
        });
        theme.setButtonCell(cell(theme.getConverter()));
        theme.setCellFactory(l -> cell(theme.getConverter()));
        for (Spinner<Integer> s : List.of(width, fps, seconds, frameWidth)) {
            bnlab.app.style.Spinners.editable(s, 5); // up to 16384 px wide
        }
        set(start);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.addRow(row++, label("export.format"), format);
        grid.addRow(row++, label("export.size"), factor, width);
        grid.addRow(row++, label("export.theme"), theme);
        grid.add(transparent, 1, row++);
        grid.add(pixels, 1, row++);
        Label fpsName = label("export.fps");
        Label secondsName = label("export.seconds");
        Label frameWidthName = label("export.frameWidth");
        grid.addRow(row++, fpsName, fps);
        grid.addRow(row++, secondsName, seconds);
        grid.addRow(row, frameWidthName, frameWidth);
        recordingRows = List.of(fpsName, fps, secondsName, seconds, frameWidthName, frameWidth);
        // what is hidden takes no room: the dialog fits what is left
        for (Node n : recordingRows) {
            n.managedProperty().bind(n.visibleProperty());
        }
        width.managedProperty().bind(width.visibleProperty());
        // on a short screen at a large type the form scrolls, its buttons on the screen
        dialog.getDialogPane().setContent(bnlab.app.style.Dialogs.scrolling(grid));
        ButtonType go = new ButtonType(I18n.get("export.go"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(I18n.get("export.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, go, cancel);
        dialog.setResultConverter(b -> b == go || b == copy ? new Answer(choices(), b == copy) : null);
        Node copyButton = dialog.getDialogPane().lookupButton(copy);
        copyButton.managedProperty().bind(copyButton.visibleProperty());
        format.valueProperty().addListener((o, a, b) -> enable());
        factor.valueProperty().addListener((o, a, b) -> enable());
        width.valueProperty().addListener((o, a, b) -> enable());
        frameWidth.valueProperty().addListener((o, a, b) -> enable());
        enable();
    }

    /** Show it and wait; the answer, or empty when cancelled (its choices remembered for the next time). */
    static Optional<Answer> ask(Node view, String title, javafx.stage.Window owner, boolean whole) {
        ExportDialog d = new ExportDialog(view, title, ExportChoices.last(), whole);
        inLook(d.dialog, owner);
        Optional<Answer> a = d.dialog.showAndWait();
        a.ifPresent(answer -> ExportChoices.remember(answer.choices()));
        return a;
    }

    /**
     * In the window's look, as wide as its form: the theme's cap (600 px) squeezed the width spinner to
     * nothing at type scale 1.5 and to less than its value at 1.
     */
    static Dialog<Answer> inLook(Dialog<Answer> dialog, javafx.stage.Window owner) {
        return bnlab.app.style.Dialogs.inLook(dialog, owner, bnlab.app.style.Dialogs.UNCAPPED);
    }

    void set(ExportChoices c) {
        format.setValue(format.getItems().contains(c.format()) ? c.format() : ExportFormat.PNG);
        factor.setValue(c.factor());
        width.getValueFactory().setValue(c.width());
        theme.setValue(c.theme());
        transparent.setSelected(c.transparent());
        fps.getValueFactory().setValue(c.fps());
        seconds.getValueFactory().setValue(c.seconds());
        frameWidth.getValueFactory().setValue(c.frameWidth());
    }

    ExportChoices choices() {
        return new ExportChoices(format.getValue(), factor.getValue(), width.getValue(), theme.getValue(),
                transparent.isSelected(), fps.getValue(), seconds.getValue(), frameWidth.getValue());
    }

    // a picture's choices for a picture, a recording's for a recording; the size it will have
    private void enable() {
        ExportFormat f = format.getValue();
        boolean picture = f == ExportFormat.PNG;
        boolean still = !f.recording() && f != ExportFormat.CSV;
        factor.setDisable(!picture);
        width.setDisable(!picture || factor.getValue() != 0);
        theme.setDisable(!still);
        transparent.setDisable(!still);
        fps.setDisable(!f.recording());
        seconds.setDisable(!f.recording());
        frameWidth.setDisable(!f.recording());
        // what does not apply is not shown (a speaker exporting a PNG saw three greyed GIF fields, and a greyed 3840
        // with no name beside "2 x the screen"); the window fits what is left
        recordingRows.forEach(n -> n.setVisible(f.recording()));
        dialog.getDialogPane().lookupButton(copy).setVisible(ClipboardCopy.copies(f));
        width.setVisible(!width.isDisabled());
        if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
            dialog.getDialogPane().getScene().getWindow().sizeToScene();
        }
        javafx.geometry.Bounds b = view.getLayoutBounds();
        double height = f.recording() || !whole ? b.getHeight() : Exporter.stillHeight(view);
        double k = f.recording() ? frameWidth.getValue() / Math.max(1, b.getWidth())
                : picture ? choices().size().scaleFor(b.getWidth(), height) : 1;
        pixels.setText(f == ExportFormat.CSV ? "" : I18n.get("export.pixels", (int) Math.round(b.getWidth() * k),
                (int) Math.round(height * k)));
    }

    private static StringConverter<ExportFormat> named(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(ExportFormat f) {
                return f == null ? "" : I18n.get(prefix + f.name());
            }

            @Override
            public ExportFormat fromString(String s) {
                return null;
            }
        };
    }

    private static <T> ListCell<T> cell(StringConverter<T> c) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : c.toString(item));
            }
        };
    }

    // a label that keeps its whole text: the column is as wide as its longest label ("最长录制时间（秒）" was cut to "...")
    private static Label label(String key) {
        Label l = new Label(I18n.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
