package bnlab.app;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;

/**
 * A view's title with its buttons on the right. The title wraps between words, never inside one: where the
 * title's longest word and the buttons do not fit side by side (large type in a narrow cell, where the
 * label broke "Histograms" into "Histogr" / "ams"), the buttons move to a row of their own under the title.
 */
final class ViewHeader extends Pane {
    static final double GAP = 8;
    private final Label title;
    private final HBox buttons;
    // longestWord() for this text in this font
    private String measuredText;
    private javafx.scene.text.Font measuredFont;
    private double measured;

    ViewHeader(Label title, HBox buttons) {
        this.title = title;
        this.buttons = buttons;
        title.setWrapText(true);
        getChildren().addAll(title, buttons);
    }

    /** Whether the buttons stand beside the title at this width (else under it). */
    boolean oneRow(double width) {
        return width - buttons.prefWidth(-1) - GAP >= longestWord();
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
        return in.getLeft() + title.prefWidth(-1) + GAP + buttons.prefWidth(-1) + in.getRight();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(longestWord(), buttons.prefWidth(-1)) + in.getRight();
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
            return in.getTop() + Math.max(title.prefHeight(w - buttons.prefWidth(-1) - GAP), b) + in.getBottom();
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
