package bnlab.app;

import bnlab.app.style.FittingTitle;
import org.jfree.chart.JFreeChart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Charts side by side whose titles ({@link FittingTitle}) must take one size: drawn at every width from 150 to 400 px,
 * the sizes they draw in are equal, and at some of those widths the shortest title alone would fit at its largest
 * size where the longest does not (else the check could not fail).
 */
public final class TitlesAlike {
    private TitlesAlike() {
    }

    /** Checks the charts' titles; call on the FX thread. */
    public static void check(JFreeChart... charts) {
        int differAlone = 0;
        BufferedImage one = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        for (int w = 150; w <= 400; w += 10) {
            float first = -1;
            double shortest = Double.POSITIVE_INFINITY;
            double longest = 0;
            for (JFreeChart c : charts) {
                c.createBufferedImage(w, 250);
                Font shown = ((FittingTitle) c.getTitle()).shownFont();
                if (first < 0) {
                    first = shown.getSize2D();
                }
                assertEquals(first, shown.getSize2D(), w + " px: \"" + c.getTitle().getText() + "\"'s size");
                double width = g.getFontMetrics(c.getTitle().getFont()).stringWidth(c.getTitle().getText());
                shortest = Math.min(shortest, width);
                longest = Math.max(longest, width);
            }
            // the title's room is the chart's width less the title's padding and the chart's margins: 20 px is ample
            if (shortest <= w - 20 && longest > w) {
                differAlone++;
            }
        }
        g.dispose();
        assertTrue(differAlone > 0, "some width fits the shortest title alone at its largest size, not the longest");
    }

    /**
     * Checks, at each window width from {@code from} to {@code to} px, that the charts in root whose titles take one
     * size ({@link FittingTitle#together}) are drawn equally wide (each chose its size at its own width: a pixel apart,
     * near a step, the two columns' titles drew a step apart). Call off the FX thread.
     */
    public static void equallyWide(org.testfx.api.FxRobot robot, javafx.scene.Parent root, int from, int to) {
        int groups = 0;
        for (int width = from; width <= to; width++) {
            int at = width;
            robot.interact(() -> root.getScene().getWindow().setWidth(at));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            int[] seen = new int[1];
            robot.interact(() -> {
                root.applyCss();
                root.layout();
                java.util.Map<Object, Double> widths = new java.util.IdentityHashMap<>();
                for (javafx.scene.Node n : nodes(root, new java.util.ArrayList<>())) {
                    if (n instanceof org.jfree.chart.fx.ChartViewer v && v.getChart() != null
                            && v.getChart().getTitle() instanceof FittingTitle t && !t.together().isEmpty()
                            && v.isVisible()) {
                        Double was = widths.putIfAbsent(t.together(), v.getWidth());
                        if (was != null) {
                            assertEquals(was, v.getWidth(), 1e-9, at + " px: \"" + t.getText() + "\"'s chart");
                        }
                    }
                }
                seen[0] = widths.size();
            });
            groups = Math.max(groups, seen[0]);
        }
        assertTrue(groups > 0, "some charts whose titles take one size");
    }

    private static java.util.List<javafx.scene.Node> nodes(javafx.scene.Node n, java.util.List<javafx.scene.Node> all) {
        all.add(n);
        if (n instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node c : p.getChildrenUnmodifiable()) {
                nodes(c, all);
            }
        }
        return all;
    }
}
