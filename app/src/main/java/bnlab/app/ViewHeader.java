package bnlab.app;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * A view's title with its buttons on the right. The title wraps between words, never inside one: where the
 * title's longest word and the buttons do not fit side by side (large type in a narrow cell, where the
 * label broke "Histograms" into "Histogr" / "ams"), the buttons move to a row of their own under the title.
 * Buttons given a brief text ({@link #texts}) show it where the title would not fit on one line beside their
 * full texts (two views side by side in a lesson at 1280x720: "Training curves" took two lines beside
 * "Export..." and "Record"); their tooltips say what they do.
 */
final class ViewHeader extends Pane {
    static final double GAP = 8;
    /** How much wider than needed the cell must grow before brief texts turn full again (no flicker at the edge). */
    static final double HYSTERESIS = 4;
    private static final String FULL = "bnlab.header.full";
    private static final String BRIEF = "bnlab.header.brief";
    private final Label title;
    private final HBox buttons;
    // longestWord() for this text in this font
    private String measuredText;
    private javafx.scene.text.Font measuredFont;
    private double measured;
    // the buttons show their brief texts
    private boolean brief;
    // text widths in the buttons' font, by font and text
    private final java.util.Map<javafx.scene.text.Font, java.util.Map<String, Double>> widths = new java.util.HashMap<>();

    ViewHeader(Label title, HBox buttons) {
        this.title = title;
        this.buttons = buttons;
        title.setWrapText(true);
        getChildren().addAll(title, buttons);
    }

    /**
     * A button's full text, and the brief one (a symbol) its header shows where the title would otherwise wrap.
     * Call again whenever the texts change (the record button's while it records: the same text twice).
     */
    static void texts(Labeled button, String full, String brief) {
        button.getProperties().put(FULL, full);
        button.getProperties().put(BRIEF, brief);
        button.setText(full);
        if (button.getParent() != null && button.getParent().getParent() instanceof ViewHeader h) {
            h.requestLayout();
        }
    }

    /** Whether the buttons show their brief texts. */
    boolean brief() {
        return brief;
    }

    /** Whether the buttons stand beside the title at this width (else under it). */
    boolean oneRow(double width) {
        return width - buttonsWidth(briefAt(width)) - GAP >= longestWord();
    }

    // brief where the title on one line and the full buttons do not fit side by side; once brief, full again
    // only with HYSTERESIS to spare
    private boolean briefAt(double width) {
        double need = title.prefWidth(-1) + GAP + buttonsWidth(false);
        return brief ? width < need + HYSTERESIS : width < need;
    }

    // the buttons' preferred width with every text full or brief
    private double buttonsWidth(boolean shortened) {
        double w = buttons.prefWidth(-1);
        for (Labeled b : shortenable()) {
            String text = text(b, shortened);
            // measured only where it differs (a recording's clock, the same text twice, is not)
            if (!text.equals(b.getText())) {
                w += textWidth(b, text) - textWidth(b, b.getText());
            }
        }
        return w;
    }

    // the buttons given texts() (not the help and enlarge buttons)
    private java.util.List<Labeled> shortenable() {
        return buttons.getChildren().stream().filter(n -> n.getProperties().containsKey(FULL))
                .map(Labeled.class::cast).toList();
    }

    // a button's full or brief text
    private static String text(Labeled b, boolean shortened) {
        return (String) b.getProperties().get(shortened ? BRIEF : FULL);
    }

    private double textWidth(Labeled b, String s) {
        return widths.computeIfAbsent(b.getFont(), f -> new java.util.HashMap<>()).computeIfAbsent(s, k -> {
            Text t = new Text(k);
            t.setFont(b.getFont());
            return t.getLayoutBounds().getWidth();
        });
    }

    // shows the brief or the full texts, as this width asks
    private void apply(double width) {
        brief = briefAt(width);
        for (Labeled b : shortenable()) {
            String text = text(b, brief);
            if (!text.equals(b.getText())) {
                b.setText(text);
            }
        }
    }

    /**
     * The width of the title's longest word (the whole title where it has no spaces, as in Chinese), at most
     * the title's preferred width (a word of one alone is measured as the label measures itself).
     */
    double longestWord() {
        if (!title.getText().equals(measuredText) || !title.getFont().equals(measuredFont)) {
            measure();
        }
        return Math.min(measured, title.prefWidth(-1));
    }

    private void measure() {
        measuredText = title.getText();
        measuredFont = title.getFont();
        Text t = new Text();
        t.setFont(title.getFont());
        double most = 0;
        for (String word : title.getText().split("\\s+")) {
            t.setText(word);
            most = Math.max(most, t.getLayoutBounds().getWidth());
        }
        Insets p = title.getInsets();
        // a pixel to spare: the label's own measure rounds up
        measured = Math.ceil(most) + p.getLeft() + p.getRight() + 1;
    }

    /** Its height depends on its width: one row or two. */
    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + title.prefWidth(-1) + GAP + buttonsWidth(false) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(longestWord(), buttonsWidth(true)) + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width - in.getLeft() - in.getRight();
        double b = buttons.prefHeight(-1);
        if (width < 0) { // at its preferred width, the title and the buttons side by side
            return in.getTop() + Math.max(title.prefHeight(-1), b) + in.getBottom();
        }
        if (oneRow(w)) {
            return in.getTop() + Math.max(title.prefHeight(w - buttonsWidth(briefAt(w)) - GAP), b) + in.getBottom();
        }
        return in.getTop() + title.prefHeight(w) + GAP / 2 + b + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        apply(w);
        double bw = buttons.prefWidth(-1);
        double bh = buttons.prefHeight(-1);
        if (oneRow(w)) {
            double tw = w - bw - GAP;
            double h = Math.max(title.prefHeight(tw), bh);
            layoutInArea(title, x, y, tw, h, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(buttons, x + w - bw, y, bw, h, 0, HPos.RIGHT, VPos.CENTER);
        } else {
            double th = title.prefHeight(w);
            layoutInArea(title, x, y, w, th, 0, HPos.LEFT, VPos.CENTER);
            layoutInArea(buttons, x + Math.max(0, w - bw), y + th + GAP / 2, Math.min(bw, w), bh, 0,
                    HPos.RIGHT, VPos.CENTER);
        }
    }
}
