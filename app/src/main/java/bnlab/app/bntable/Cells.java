package bnlab.app.bntable;

import bnlab.app.lessons.Formula;
import bnlab.app.style.Look;
import bnlab.app.style.Palette;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.function.IntFunction;

/**
 * The table's building blocks, in the theme's colours (Look) and sizes that scale with the window's
 * type: grids of numbers, typeset formulas, and labels.
 */
final class Cells {
    /** Type size of a formula at type scale 1, in pixels; smaller when the view is narrow. */
    private final double texSize;
    /** Font size of the numbers in the grids, in em. */
    private final double gridEm;

    private final boolean compact;

    Cells(boolean compact) {
        this.compact = compact;
        texSize = compact ? 17 : 20;
        gridEm = compact ? 0.95 : 1.2;
    }

    boolean compact() {
        return compact;
    }

    double gridEm() {
        return gridEm;
    }

    /** Font size of decimals (x_hat, y), in em: a little smaller than whole numbers. */
    double cellEm() {
        return gridEm * 0.85;
    }

    /**
     * A grid of rows x cols numbers, each a label (added to {@code out} in row-major order); colour gives a
     * cell's text colour or null for the theme's.
     */
    GridPane grid(int rows, int cols, int count, IntFunction<String> text, IntFunction<java.awt.Color> colour,
                  double em, List<Label> out) {
        return grid(rows, cols, count, text, colour, em, out, Pos.CENTER_RIGHT);
    }

    /** {@link #grid} with the cells' text aligned as given (centred: pixels, the kernel). */
    GridPane grid(int rows, int cols, int count, IntFunction<String> text, IntFunction<java.awt.Color> colour,
                  double em, List<Label> out, Pos align) {
        GridPane g = new GridPane();
        g.setMaxWidth(Double.MAX_VALUE);
        g.setMaxHeight(Region.USE_PREF_SIZE);
        for (int k = 0; k < cols; k++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(100.0 / cols);
            cc.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            g.getColumnConstraints().add(cc);
        }
        String border = Palette.css(Look.current().grid());
        g.setStyle("-fx-border-color: " + border + "; -fx-border-width: 1;");
        for (int i = 0; i < Math.min(count, rows * cols); i++) {
            Label l = new Label(text.apply(i));
            java.awt.Color c = colour == null ? null : colour.apply(i);
            l.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.2fem;%s", em, c == null ? "" : " -fx-text-fill: " + Palette.textCss(c) + ";"));
            l.setPadding(new Insets(2, 6, 2, 6));
            l.setMaxWidth(Double.MAX_VALUE);
            l.setAlignment(align);
            l.setMinWidth(Region.USE_PREF_SIZE);
            l.setStyle(l.getStyle() + " -fx-border-color: " + border + "; -fx-border-width: 0 1 1 0;");
            g.add(l, i % cols, i / cols);
            if (out != null) {
                out.add(l);
            }
        }
        return g;
    }

    /** The formula typeset in the theme's ink, at the table's size. */
    ImageView tex(String latex) {
        return tex(latex, latex, texSize);
    }

    // typeset shown at size px (type scale 1); the node remembers latex (tests read it back)
    private static ImageView tex(String latex, String typeset, double size) {
        Look look = Look.current();
        ImageView v = new ImageView(Formula.render(typeset, size * look.scale(), look.ink(), 2));
        v.setPreserveRatio(true);
        v.setFitHeight(v.getImage().getHeight() / 2);
        v.setUserData(latex);
        return v;
    }

    /**
     * Narrow, a formula wider than this (at type scale 1) has its note above it, not beside it: above, as a caption
     * (under it, "biased variance: BN normalizes with it" read as the heading of the unbiased variance below).
     */
    static final double WIDE_FORMULA = 360;

    /**
     * A formula and a short note beside it; in a narrow view a long formula's note goes under it (beside it, the
     * row had been wider than the view, and every text of the table with it).
     */
    Pane texRow(String latex, String note) {
        boolean withNote = note != null && !note.isEmpty();
        ImageView formula = tex(latex);
        double width = formula.getImage().getWidth() / 2 / Look.current().scale();
        if (compact && withNote && width > WIDE_FORMULA) {
            return new VBox(2, note(note), formula);
        }
        HBox row = new HBox(14, formula);
        row.setAlignment(Pos.CENTER_LEFT);
        if (withNote) {
            row.getChildren().add(note(note));
        }
        return row;
    }

    static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        bnlab.app.style.Runts.avoid(l);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The style class of a heading (wrapped in lines of even length in the view). */
    static final String HEADING = "bn-table-heading";

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(HEADING);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        return l;
    }

    /**
     * A row header in mathematics (x_hat, y = gamma x_hat + beta: no words to translate): bold and a size
     * larger than the table's formulas, as the text row headers are bold ("x (input)" beside a thin, small
     * x_hat read as a footnote).
     */
    Node mathHeader(String latex) {
        return tex(latex, "\\boldsymbol{" + latex + "}", texSize * HEADER);
    }

    /** A formula row header's size over the table's formulas'. */
    static final double HEADER = 1.25;

    static Label rowHeader(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** The node's formula, for tests: the LaTeX an ImageView of {@link #tex} was typeset from. */
    static String latexOf(Node n) {
        return n.getUserData() instanceof String s ? s : null;
    }
}
