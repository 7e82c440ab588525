package bnlab.app;

import javafx.scene.Node;
import javafx.scene.Parent;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.chart.fx.ChartCanvas;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Chart redraws spread over frames. A chart on a JavaFX canvas redraws the moment its data change, and
 * under the software renderer rasterizing one costs a frame several milliseconds: a view that changed
 * its three or four charts at once made one long frame. An adopted chart canvas instead only becomes
 * due when its chart changes; {@link SnapshotPump} draws due charts in the order they became due, one a
 * frame while training plays and all at once while paused. A chart that changes again while due keeps
 * its place and is drawn once, with its latest data. Charts tagged {@link bnlab.app.style.DrawnTogether}
 * are drawn in the same frame: a due companion of a chart drawn is drawn with it (past the frame's count).
 * Resizing still draws at once (the canvas's own listeners). FX thread only.
 */
final class ChartTurns {
    private final Map<ChartCanvas, ChartChangeListener> adopted = new IdentityHashMap<>();
    private final LinkedHashSet<ChartCanvas> due = new LinkedHashSet<>();

    /** Adopt every chart canvas under root not adopted yet (a view may add charts later: call again). */
    void adopt(Node root) {
        if (root instanceof ChartCanvas c && !adopted.containsKey(c) && c.getChart() != null) {
            JFreeChart chart = c.getChart();
            chart.removeChangeListener(c);
            ChartChangeListener l = e -> due.add(c);
            chart.addChangeListener(l);
            adopted.put(c, l);
        }
        if (root instanceof Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                adopt(n);
            }
        }
    }

    /** Give back every adopted canvas under root: its chart draws it at once again. */
    void release(Node root) {
        if (root instanceof ChartCanvas c && adopted.containsKey(c)) {
            c.getChart().removeChangeListener(adopted.remove(c));
            c.getChart().addChangeListener(c);
            if (due.remove(c)) {
                c.draw();
            }
        }
        if (root instanceof Parent p) {
            for (Node n : p.getChildrenUnmodifiable()) {
                release(n);
            }
        }
    }

    /**
     * Draw due charts that are showing, in the order they became due, at most max of them; charts not
     * showing stay due. The number drawn.
     */
    int draw(int max, Predicate<Node> showing) {
        int turns = 0;
        int drawn = 0;
        for (ChartCanvas c : java.util.List.copyOf(due)) {
            if (turns >= max) {
                break;
            }
            if (due.contains(c) && showing.test(c)) {
                turns++;
                drawn += drawWithCompanions(c, showing);
            }
        }
        return drawn;
    }

    // c and the due, showing charts of its group (DrawnTogether); the number drawn
    private int drawWithCompanions(ChartCanvas c, Predicate<Node> showing) {
        due.remove(c);
        c.draw();
        int drawn = 1;
        Object group = bnlab.app.style.DrawnTogether.group(c);
        if (group != null) {
            for (ChartCanvas o : java.util.List.copyOf(due)) {
                if (group.equals(bnlab.app.style.DrawnTogether.group(o)) && showing.test(o)) {
                    due.remove(o);
                    o.draw();
                    drawn++;
                }
            }
        }
        return drawn;
    }

    /** Whether a chart is waiting to be drawn (for tests). */
    boolean isDue(ChartCanvas c) {
        return due.contains(c);
    }

    /** How many charts are waiting to be drawn. */
    int due() {
        return due.size();
    }
}
