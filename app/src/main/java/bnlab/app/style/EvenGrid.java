package bnlab.app.style;

import javafx.scene.layout.GridPane;

/**
 * A grid of equal columns ({@link Grids#equalCells}) whose columns come out exactly as wide as each other. A plain
 * grid's columns of 50 % each in an odd width are a pixel apart (279 and 278 px), and charts side by side whose titles
 * take one size ({@link FittingTitle#together}) chose it each at its own width: near the step, the left column's
 * titles drew a step larger than the right one's ("With BatchNorm: layer input x" over "Without normalization: x" in
 * a smaller font, at 1600 x 1000 in the live window). This grid takes the widest width, up to the one its parent
 * gives it, at which each column is a whole number of the screen's pixels; the pixel or two left over stay empty at
 * its right.
 */
public final class EvenGrid extends GridPane {
    /** Equal cells, cols by rows (see {@link Grids#equalCells}). */
    public EvenGrid(int cols, int rows) {
        Grids.equalCells(this, cols, rows);
    }

    @Override
    public void resize(double width, double height) {
        super.resize(even(width), height);
    }

    // cell = floor(s (width - insets - gaps) / cols) / s, with s the screen's pixels per layout pixel;
    // the grid's width = cols cell + insets + gaps
    double even(double width) {
        int cols = getColumnConstraints().size();
        double around = snappedLeftInset() + snappedRightInset() + snapSpaceX(getHgap()) * (cols - 1);
        double room = width - around;
        if (cols < 2 || room <= 0 || !Double.isFinite(room)) {
            return width;
        }
        double s = getScene() == null || getScene().getWindow() == null ? 1 : getScene().getWindow().getRenderScaleX();
        double cell = Math.floor(room * s / cols + 1e-9) / s;
        return cell * cols + around;
    }
}
