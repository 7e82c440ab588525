package bnlab.app.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ButtonType;

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

    /**
     * The table, its columns as wide as their headers; where that is wider than room px (type 2.5 on a 1280x720
     * projector: its headers alone asked for ~1,900 px, and the dialog's Close stood off the screen) the table is room
     * wide and scrolls sideways, its headers whole.
     */
    static TableView<Term> table(String english, String chinese, String alternatives, double room) {
        TableView<Term> t = new TableView<>();
        t.setId("glossary");
        t.getItems().setAll(terms());
        t.getColumns().add(bnlab.app.style.WrappedColumn.of(english, Term::english));
        t.getColumns().add(bnlab.app.style.WrappedColumn.of(chinese, Term::chinese));
        t.getColumns().add(bnlab.app.style.WrappedColumn.of(alternatives, Term::alternatives));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        // each column at least as wide as its header, in bold at the window's type size (the dialog's):
        // "其他中文译法（《动手学深度学习》等）" was cut at a fixed 760 px
        double scale = bnlab.app.style.Look.current().scale();
        double need = TABLE_EDGES;
        for (TableColumn<Term, ?> c : t.getColumns()) {
            double w = Math.max(MIN_COLUMN * scale, bnlab.app.style.WrappedColumn.headerWidth(c.getText()));
            c.setPrefWidth(w);
            need += w;
        }
        if (need > room) {
            t.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            need = room;
        }
        t.setMinWidth(need);
        t.setPrefSize(need, 600 * scale);
        return t;
    }

    static void show(javafx.stage.Window owner, String title, String english, String chinese, String alternatives,
                     String close) {
        Alert a = new Alert(Alert.AlertType.NONE, "", new ButtonType(close, javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setContent(table(english, chinese, alternatives,
                bnlab.app.style.Dialogs.contentRoom(owner)));
        a.setResizable(true);
        // the table's columns decide its width
        bnlab.app.style.Dialogs.inLook(a, owner, bnlab.app.style.Dialogs.UNCAPPED).show();
    }
}
