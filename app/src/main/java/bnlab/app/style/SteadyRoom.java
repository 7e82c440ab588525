package bnlab.app.style;

import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.ui.RectangleEdge;

import java.awt.geom.Rectangle2D;

/**
 * The room a live chart's vertical axis takes beside its plot, kept steady while its tick labels change: it grows at
 * once to what the labels need, and gives room back only after they have needed less for {@link #GIVE_BACK_AFTER}
 * draws in a row (then to the most they needed meanwhile). Fitted to each frame's labels, the plot moved sideways by
 * a digit's width every few frames while training: the histograms' count axis between "500" and "1,000", the loss and
 * gradient axes between "0.1" and "0.02" (a temporary watcher counted up to 34 moves in 10 s). The room starts afresh
 * when the plot's width changes (a resized window, a chart drawn elsewhere at another size). One per axis; an axis's
 * copy takes its own ({@link #fresh}).
 */
public final class SteadyRoom {
    /** Draws in a row needing less before the room is given back: a few seconds of training. */
    static final int GIVE_BACK_AFTER = 90;
    private double kept = -1;
    private double plotWidth = Double.NaN;
    private int less;
    private double mostMeanwhile;

    /** A room of its own, for a copy of the axis that had this one. */
    public SteadyRoom fresh() {
        return new SteadyRoom();
    }

    /**
     * The space with the axis's room reserved in it by {@code reserve} (the axis's own reserveSpace), that room made
     * the steady one. Only a left or right axis is kept steady.
     */
    public AxisSpace reserve(AxisSpace space, RectangleEdge edge, Rectangle2D plotArea,
                             java.util.function.UnaryOperator<AxisSpace> reserve) {
        double before = space == null ? 0 : side(space, edge);
        AxisSpace after = reserve.apply(space);
        return RectangleEdge.isLeftOrRight(edge) ? keep(after, edge, before, plotArea) : after;
    }

    // the space after the axis reserved its room in it (before: the room on its edge before it did)
    private AxisSpace keep(AxisSpace space, RectangleEdge edge, double before, Rectangle2D plotArea) {
        double need = side(space, edge) - before;
        if (plotArea.getWidth() != plotWidth) { // NaN at first: the first draw sets the room
            plotWidth = plotArea.getWidth();
            kept = need;
            less = 0;
        } else if (need >= kept) {
            kept = need;
            less = 0;
        } else {
            mostMeanwhile = less == 0 ? need : Math.max(mostMeanwhile, need);
            if (++less >= GIVE_BACK_AFTER) {
                kept = mostMeanwhile;
                less = 0;
            }
        }
        if (edge == RectangleEdge.LEFT) {
            space.setLeft(before + kept);
        } else {
            space.setRight(before + kept);
        }
        return space;
    }

    /** The room on an edge of a space. */
    static double side(AxisSpace space, RectangleEdge edge) {
        if (edge == RectangleEdge.LEFT) {
            return space.getLeft();
        }
        if (edge == RectangleEdge.RIGHT) {
            return space.getRight();
        }
        return edge == RectangleEdge.TOP ? space.getTop() : space.getBottom();
    }
}
