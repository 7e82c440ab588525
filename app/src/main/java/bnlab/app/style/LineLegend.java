package bnlab.app.style;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * One legend for charts side by side that draw the same kinds of line, on a line above them: each
 * item a short line drawn as the charts draw the series (colour, width, dashes) and its name; two lines
 * where one is too narrow. A legend inside one chart takes that chart's height and leaves its
 * neighbour's plot taller; above the row the plots stay equally high.
 */
public final class LineLegend {
    private final FlowPane root = new FlowPane(28, 4);
    private final List<Label> items = new ArrayList<>();

    public LineLegend(String id) {
        root.setId(id);
        root.setAlignment(Pos.CENTER);
        root.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Adds an item: a line in this colour and stroke, and its name. */
    public LineLegend add(Color colour, BasicStroke stroke, String name) {
        Line line = new Line(0, 0, 34, 0);
        line.setStroke(Palette.fx(colour));
        line.setStrokeWidth(stroke.getLineWidth());
        // round caps where the charts draw them (a dotted line's dots), else butt: dashes as long as the chart's
        line.setStrokeLineCap(stroke.getEndCap() == BasicStroke.CAP_ROUND ? StrokeLineCap.ROUND : StrokeLineCap.BUTT);
        if (stroke.getDashArray() != null) {
            for (float d : stroke.getDashArray()) {
                line.getStrokeDashArray().add((double) d);
            }
        }
        Label label = new Label(name, line);
        label.setGraphicTextGap(8);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.visibleProperty()); // a hidden item takes no room
        items.add(label);
        root.getChildren().add(label);
        return this;
    }

    public FlowPane node() {
        return root;
    }

    /** Renames item i (a no-op when the name is the same). */
    public void setName(int i, String name) {
        if (!name.equals(items.get(i).getText())) {
            items.get(i).setText(name);
        }
    }

    /** Shows or hides item i (a hidden item takes no room). */
    public void setShown(int i, boolean shown) {
        items.get(i).setVisible(shown);
    }

    /** The width the shown items take on one line, gaps between them included. */
    public double oneLineWidth() {
        double w = 0;
        int shown = 0;
        for (Label l : items) {
            if (l.isVisible()) {
                w += l.prefWidth(-1);
                shown++;
            }
        }
        return w + Math.max(0, shown - 1) * root.getHgap() + root.snappedLeftInset() + root.snappedRightInset();
    }

    /** What {@link #oneLineWidth} depends on: the items' widths. */
    public javafx.beans.Observable[] widths() {
        return items.stream().map(Label::widthProperty).toArray(javafx.beans.Observable[]::new);
    }

    /** The names, in order. */
    public List<String> names() {
        return items.stream().map(Label::getText).toList();
    }
}
