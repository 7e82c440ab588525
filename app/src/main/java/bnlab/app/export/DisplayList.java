package bnlab.app.export;

import javafx.scene.Node;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * A view's JavaFX part (everything but its charts) as a list of Java2D drawing operations, recorded on
 * the FX thread by {@link NodePainter} (it only reads the scene graph: a few milliseconds) and drawn
 * later on any thread at any scale. A recording's frames are made this way, so that the window's thread
 * does not render the view a second time for every frame. Immutable once recorded.
 */
final class DisplayList {
    /** One operation: draws on the target, whose transform the list's are relative to. */
    private final List<BiConsumer<Graphics2D, AffineTransform>> ops;

    private DisplayList(List<BiConsumer<Graphics2D, AffineTransform>> ops) {
        this.ops = List.copyOf(ops);
    }

    /** Record the view (its charts left out). FX thread. */
    static DisplayList record(Node view, ExportLook look) {
        List<BiConsumer<Graphics2D, AffineTransform>> ops = new ArrayList<>();
        RecordingGraphics g = new RecordingGraphics(ops);
        new NodePainter(look, false).paint(view, g);
        g.dispose();
        return new DisplayList(ops);
    }

    /** Draw it on g (already scaled as wanted). Any thread. */
    void replay(Graphics2D g) {
        AffineTransform base = g.getTransform();
        for (BiConsumer<Graphics2D, AffineTransform> op : ops) {
            op.accept(g, base);
        }
    }

    int size() {
        return ops.size();
    }
}
