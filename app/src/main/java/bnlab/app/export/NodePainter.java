package bnlab.app.export;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.jfree.chart.fx.ChartViewer;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws a laid-out JavaFX view into any Graphics2D (SVG, PDF) as vectors: region backgrounds and
 * borders, text in its font and colour where JavaFX placed it (a control's text is a Text in its skin,
 * so labels, buttons and the shown value of a choice box come out as text), simple shapes, images,
 * and each chart drawn by JFreeChart itself into its place. Hidden nodes, and nodes with the style
 * class {@link Exporter#HIDDEN}, are left out. FX thread.
 */
final class NodePainter {
    private final ExportLook look;
    private final boolean charts;

    NodePainter(ExportLook look) {
        this(look, true);
    }

    /** @param charts whether to draw the charts (a recording's frame draws them later, elsewhere) */
    NodePainter(ExportLook look, boolean charts) {
        this.look = look;
        this.charts = charts;
    }

    /** Paint root with its layout bounds' top left at (0, 0) of g. */
    void paint(Node root, Graphics2D g) {
        Bounds b = root.getLayoutBounds();
        State s = State.of(g);
        g.translate(-b.getMinX(), -b.getMinY());
        node(root, g, 1.0, true);
        s.restore(g);
    }

    /**
     * What a node changes in the graphics, put back after it (rather than a Graphics.create() per node:
     * JFreePDF's copies share one content stream and do not undo each other's changes).
     */
    private record State(AffineTransform transform, Shape clip, java.awt.Composite composite, java.awt.Paint paint,
                         java.awt.Stroke stroke, java.awt.Font font) {
        static State of(Graphics2D g) {
            return new State(g.getTransform(), g.getClip(), g.getComposite(), g.getPaint(), g.getStroke(), g.getFont());
        }

        void restore(Graphics2D g) {
            g.setTransform(transform);
            g.setClip(clip);
            g.setComposite(composite);
            g.setPaint(paint);
            g.setStroke(stroke);
            if (font != null) {
                g.setFont(font);
            }
        }
    }

    private void node(Node n, Graphics2D g, double opacity, boolean root) {
        if (!n.isVisible() || n.getOpacity() <= 0 || n.getStyleClass().contains(Exporter.HIDDEN)) {
            return;
        }
        State saved = State.of(g);
        Graphics2D c = g;
        try {
            if (!root) {
                c.transform(awt(n.getLocalToParentTransform()));
            }
            double alpha = opacity * n.getOpacity();
            if (alpha < 0.999) {
                c.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) alpha));
            }
            if (n.getClip() != null) {
                Bounds cb = n.getClip().getBoundsInParent();
                c.clip(new Rectangle2D.Double(cb.getMinX(), cb.getMinY(), cb.getWidth(), cb.getHeight()));
            }
            if (n instanceof ChartViewer v) {
                if (charts) {
                    chart(v, c);
                }
                return;
            }
            if (n instanceof Region r && !(root && look.transparent())) {
                background(r, c);
            }
            if (n instanceof Text t) {
                TextRuns.draw(t, c);
            } else if (n instanceof javafx.scene.shape.Shape s) {
                shape(s, c);
            } else if (n instanceof ImageView iv && iv.getImage() != null) {
                Bounds b = iv.getLayoutBounds();
                c.drawImage(javafx.embed.swing.SwingFXUtils.fromFXImage(iv.getImage(), null), (int) b.getMinX(),
                        (int) b.getMinY(), (int) Math.round(b.getWidth()), (int) Math.round(b.getHeight()), null);
            } else if (n instanceof Canvas cv) {
                javafx.scene.SnapshotParameters p = new javafx.scene.SnapshotParameters();
                p.setFill(javafx.scene.paint.Color.TRANSPARENT);
                c.drawImage(javafx.embed.swing.SwingFXUtils.fromFXImage(cv.snapshot(p, null), null), 0, 0,
                        (int) cv.getWidth(), (int) cv.getHeight(), null);
            }
            if (n instanceof Region r) {
                border(r, c);
            }
            if (n instanceof Parent p) {
                for (Node child : p.getChildrenUnmodifiable()) {
                    node(child, c, alpha, false);
                }
            }
        } finally {
            saved.restore(g);
        }
    }

    private void chart(ChartViewer v, Graphics2D g) {
        if (v.getChart() == null) {
            return;
        }
        Bounds b = v.getLayoutBounds();
        Rectangle2D area = new Rectangle2D.Double(0, 0, b.getWidth(), b.getHeight());
        g.clip(area);
        ChartCopies.copy(v.getChart(), look).draw(g, area);
    }

    private static void background(Region r, Graphics2D g) {
        Background bg = r.getBackground();
        if (bg == null) {
            return;
        }
        Shape outline = outline(r);
        for (BackgroundFill f : bg.getFills()) {
            java.awt.Color color = Colors.awt(f.getFill());
            if (color == null || color.getAlpha() == 0) {
                continue;
            }
            double x = f.getInsets().getLeft();
            double y = f.getInsets().getTop();
            double w = r.getWidth() - x - f.getInsets().getRight();
            double h = r.getHeight() - y - f.getInsets().getBottom();
            // a shape drawn at its own size is centred on the region, whatever the region's size (often 0 x 0)
            if (outline != null && (!r.isScaleShape() || (w > 0 && h > 0))) {
                g.setColor(color);
                g.fill(fitted(outline, x, y, Math.max(w, 0), Math.max(h, 0), r));
            } else if (outline == null && w > 0 && h > 0) {
                g.setColor(color);
                g.fill(box(x, y, w, h, f.getRadii()));
            }
        }
    }

    // a region drawn as a shape (-fx-shape: an arrow, a check mark), or null for its box
    private static Shape outline(Region r) {
        return r.getShape() instanceof javafx.scene.shape.SVGPath svg ? SvgPaths.parse(svg.getContent()) : null;
    }

    // the shape scaled into the fill's box when the region scales it, else centred at its own size
    private static Shape fitted(Shape shape, double x, double y, double w, double h, Region r) {
        java.awt.geom.Rectangle2D b = shape.getBounds2D();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return box(x, y, w, h, null);
        }
        double sx = r.isScaleShape() ? w / b.getWidth() : 1;
        double sy = r.isScaleShape() ? h / b.getHeight() : 1;
        AffineTransform t = new AffineTransform();
        t.translate(x + (w - b.getWidth() * sx) / 2, y + (h - b.getHeight() * sy) / 2);
        t.scale(sx, sy);
        t.translate(-b.getX(), -b.getY());
        return t.createTransformedShape(shape);
    }

    private static Shape box(double x, double y, double w, double h, CornerRadii radii) {
        double arc = radii == null ? 0 : 2 * radii.getTopLeftHorizontalRadius();
        return arc > 0 ? new RoundRectangle2D.Double(x, y, w, h, arc, arc) : new Rectangle2D.Double(x, y, w, h);
    }

    // each side in its own colour and width (a line under a section is a bottom border only)
    private static void border(Region r, Graphics2D g) {
        Border border = r.getBorder();
        if (border == null) {
            return;
        }
        double w = r.getWidth();
        double h = r.getHeight();
        for (BorderStroke s : border.getStrokes()) {
            double x0 = s.getInsets().getLeft();
            double y0 = s.getInsets().getTop();
            double x1 = w - s.getInsets().getRight();
            double y1 = h - s.getInsets().getBottom();
            side(g, s.getTopStroke(), s.getWidths().getTop(), x0, y0, x1, y0, true);
            side(g, s.getBottomStroke(), s.getWidths().getBottom(), x0, y1, x1, y1, false);
            side(g, s.getLeftStroke(), s.getWidths().getLeft(), x0, y0, x0, y1, true);
            side(g, s.getRightStroke(), s.getWidths().getRight(), x1, y0, x1, y1, false);
        }
    }

    private static void side(Graphics2D g, javafx.scene.paint.Paint paint, double width, double xa, double ya,
                             double xb, double yb, boolean inward) {
        java.awt.Color color = Colors.awt(paint);
        if (color == null || color.getAlpha() == 0 || !(width > 0)) {
            return;
        }
        // the stroke lies inside the region's edge
        double d = (inward ? 1 : -1) * width / 2;
        boolean horizontal = ya == yb;
        g.setColor(color);
        g.setStroke(new BasicStroke((float) width));
        g.draw(horizontal ? new Line2D.Double(xa, ya + d, xb, yb + d) : new Line2D.Double(xa + d, ya, xb + d, yb));
    }

    private static void shape(javafx.scene.shape.Shape s, Graphics2D g) {
        Shape shape = null;
        if (s instanceof Rectangle r) {
            shape = r.getArcWidth() > 0
                    ? new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getArcWidth(),
                    r.getArcHeight())
                    : new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        } else if (s instanceof Circle c) {
            shape = new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(),
                    2 * c.getRadius(), 2 * c.getRadius());
        } else if (s instanceof Ellipse e) {
            shape = new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(), 2 * e.getRadiusY());
        } else if (s instanceof Line l) {
            shape = new Line2D.Double(l.getStartX(), l.getStartY(), l.getEndX(), l.getEndY());
        } else if (s instanceof Polygon p) {
            shape = path(p.getPoints(), true);
        } else if (s instanceof Polyline p) {
            shape = path(p.getPoints(), false);
        }
        if (shape == null) {
            return;
        }
        java.awt.Color fill = Colors.awt(s.getFill());
        if (fill != null && fill.getAlpha() > 0 && !(s instanceof Line)) {
            g.setColor(fill);
            g.fill(shape);
        }
        java.awt.Color stroke = Colors.awt(s.getStroke());
        if (stroke != null && stroke.getAlpha() > 0 && s.getStrokeWidth() > 0) {
            g.setColor(stroke);
            g.setStroke(stroke(s));
            g.draw(shape);
        }
    }

    // the shape's width, and its dashes where it has some (a legend's dashed line)
    private static BasicStroke stroke(javafx.scene.shape.Shape s) {
        java.util.List<Double> dashes = s.getStrokeDashArray();
        if (dashes.isEmpty()) {
            return new BasicStroke((float) s.getStrokeWidth());
        }
        float[] d = new float[dashes.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = dashes.get(i).floatValue();
        }
        int cap = s.getStrokeLineCap() == javafx.scene.shape.StrokeLineCap.BUTT ? BasicStroke.CAP_BUTT
                : s.getStrokeLineCap() == javafx.scene.shape.StrokeLineCap.ROUND ? BasicStroke.CAP_ROUND
                : BasicStroke.CAP_SQUARE;
        return new BasicStroke((float) s.getStrokeWidth(), cap, BasicStroke.JOIN_MITER, 10f, d,
                (float) s.getStrokeDashOffset());
    }

    private static Shape path(java.util.List<Double> points, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i + 1 < points.size(); i += 2) {
            if (i == 0) {
                p.moveTo(points.get(i), points.get(i + 1));
            } else {
                p.lineTo(points.get(i), points.get(i + 1));
            }
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    static AffineTransform awt(javafx.scene.transform.Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }
}
