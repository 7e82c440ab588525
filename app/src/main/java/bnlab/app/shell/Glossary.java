package bnlab.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ButtonType;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The terms of batch normalization in English and Simplified Chinese, both traditions: the source
 * articles' (批量归一化) and 《动手学深度学习》's (批量规范化). Shown whatever the interface language, so a
 * student from either tradition finds the term. The rows are data: bnlab/app/i18n/glossary.tsv.
 */
final class Glossary {
    /** One term: English, the source articles' Chinese, other Chinese terms in use (may be empty). */
    record Term(String english, String chinese, String alternatives) {
    }

    /** A column's least width, px at type scale 1 (a term wraps in it). */
    private static final double MIN_COLUMN = 220;
    /** A header's padding and sort-arrow room, px at type scale 1. */
    private static final double HEADER_PADDING = 30;
    /** A cell's padding either side together, px. */
    private static final double CELL_PADDING = 14;
    /** The table's border and vertical scroll bar, px. */
    private static final double TABLE_EDGES = 24;

    private Glossary() {
    }

    static List<Term> terms() {
        List<Term> out = new ArrayList<>();
        for (String[] c : bnlab.app.i18n.GlossaryFile.rows()) {
            out.add(new Term(c[0], c[1], c.length > 2 ? c[2] : ""));
        }
        return out;
    }

    static TableView<Term> table(String english, String chinese, String alternatives) {
        TableView<Term> t = new TableView<>();
        t.setId("glossary");
        t.getItems().setAll(terms());
        t.getColumns().add(column(english, Term::english));
        t.getColumns().add(column(chinese, Term::chinese));
        t.getColumns().add(column(alternatives, Term::alternatives));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // each column at least as wide as its header, in bold at the window's type size (the dialog's):
        // "其他中文译法（《动手学深度学习》等）" was cut at a fixed 760 px
        double scale = bnlab.app.style.Look.current().scale();
        javafx.scene.text.Font bold = javafx.scene.text.Font.font(bnlab.app.i18n.Fonts.FAMILY,
                javafx.scene.text.FontWeight.BOLD, bnlab.app.style.Look.BASE_FONT * scale);
        double need = TABLE_EDGES;
        for (TableColumn<Term, ?> c : t.getColumns()) {
            javafx.scene.text.Text header = new javafx.scene.text.Text(c.getText());
            header.setFont(bold);
            double w = Math.max(MIN_COLUMN * scale, header.getLayoutBounds().getWidth() + HEADER_PADDING * scale);
            c.setPrefWidth(w);
            need += w;
        }
        t.setMinWidth(need);
        t.setPrefSize(need, 600 * scale);
        return t;
    }

    private static TableColumn<Term, String> column(String title, java.util.function.Function<Term, String> f) {
        TableColumn<Term, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        // wrapped, not cut: at the window's type size "internal covariate shift" showed as "internal covariat...";
        // a Text wrapped to the column's width makes the row as tall as the term needs. Laid out by Balanced, so a
        // list of terms breaks between them: "批量规范化（《动手学深度学习》）、批 / 归一化" cut the term 批归一化
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();
            private String own = "";
            // held by the cell; the column holds it only weakly (cells come and go with the rows shown)
            private final javafx.beans.value.ChangeListener<Number> resized = (o, was, now) -> lay();

            {
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                col.widthProperty().addListener(new javafx.beans.value.WeakChangeListener<>(resized));
                text.fontProperty().addListener((o, was, now) -> lay());
                setGraphic(text);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                own = empty || item == null ? "" : item;
                lay();
            }

            private void lay() {
                bnlab.app.style.Balanced.Layout shown = bnlab.app.style.Balanced.layout(own, text.getFont(),
                        col.getWidth() - CELL_PADDING);
                text.setText(shown.text());
                text.setWrappingWidth(shown.width());
            }
        });
        return c;
    }

    static void show(javafx.stage.Window owner, String title, String english, String chinese, String alternatives,
                     String close) {
        Alert a = new Alert(Alert.AlertType.NONE, "", new ButtonType(close, javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(table(english, chinese, alternatives));
        a.setResizable(true);
        // the table's columns decide its width
        bnlab.app.style.Dialogs.inLook(a, owner, bnlab.app.style.Dialogs.UNCAPPED).show();
    }
}
