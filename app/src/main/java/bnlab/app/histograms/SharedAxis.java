package bnlab.app.histograms;

import java.util.List;

/**
 * One x range for the panels of a row, so they compare by eye: the two twins' layer inputs x side by
 * side, and x_hat beside y = gamma x_hat + beta (with gamma = 2 the y histogram is drawn twice as wide as
 * x_hat's, not rescaled to look the same). The range follows the union of what the panels draw
 * ({@link GrowingRange}: it grows at once, shrinks smoothly), and the row's charts are drawn in one frame
 * ({@link bnlab.app.style.DrawnTogether}). FX thread.
 */
final class SharedAxis {
    private final GrowingRange range = new GrowingRange();
    private final List<HistogramPanel> panels;

    SharedAxis(HistogramPanel... panels) {
        this.panels = List.of(panels);
        // a row drawn a panel a frame showed two ranges side by side
        bnlab.app.style.DrawnTogether.tag(this.panels.stream().map(HistogramPanel::canvas)
                .toArray(javafx.scene.Node[]::new));
    }

    /** Follow the union of the panels' drawn extents (the faded history too when on); one update. */
    void follow(boolean historyOn) {
        double a = Double.POSITIVE_INFINITY;
        double b = Double.NEGATIVE_INFINITY;
        for (HistogramPanel p : panels) {
            double[] e = p.extent(historyOn);
            a = Math.min(a, e[0]);
            b = Math.max(b, e[1]);
        }
        if (a <= b && range.include(a, b)) {
            for (HistogramPanel p : panels) {
                p.setRange(range.lo(), range.hi());
            }
        }
    }

    void reset() {
        range.reset();
    }

    GrowingRange range() {
        return range;
    }
}
