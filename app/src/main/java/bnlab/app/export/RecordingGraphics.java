package bnlab.app.export;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ImageObserver;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Records what {@link NodePainter} draws, for {@link DisplayList}: the state it sets (transform, clip,
 * composite, paint, stroke, font) and what it draws (shapes, text, images), each as an operation to
 * replay; the state is also kept by a 1 x 1 image's graphics, so that what the painter reads back
 * (the transform, the clip) is right. Calls the painter does not make are passed to that graphics
 * only (not recorded).
 */
final class RecordingGraphics extends ForwardingGraphics2D {
    private final List<BiConsumer<Graphics2D, AffineTransform>> ops;

    RecordingGraphics(List<BiConsumer<Graphics2D, AffineTransform>> ops) {
        super(new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics());
        this.ops = ops;
    }

    private void op(BiConsumer<Graphics2D, AffineTransform> o) {
        ops.add(o);
    }

    @Override
    public Graphics create() {
        throw new UnsupportedOperationException("the painter keeps one graphics");
    }

    @Override
    public void setTransform(AffineTransform t) {
        d.setTransform(t);
        AffineTransform copy = new AffineTransform(t);
        op((g, base) -> {
            g.setTransform(base);
            g.transform(copy);
        });
    }

    @Override
    public void transform(AffineTransform t) {
        d.transform(t);
        AffineTransform copy = new AffineTransform(t);
        op((g, base) -> g.transform(copy));
    }

    @Override
    public void translate(double x, double y) {
        d.translate(x, y);
        op((g, base) -> g.translate(x, y));
    }

    @Override
    public void translate(int x, int y) {
        translate((double) x, (double) y);
    }

    @Override
    public void clip(Shape s) {
        d.clip(s);
        Shape copy = s == null ? null : new java.awt.geom.Path2D.Double(s);
        op((g, base) -> g.clip(copy));
    }

    @Override
    public void setClip(Shape s) {
        d.setClip(s);
        Shape copy = s == null ? null : new java.awt.geom.Path2D.Double(s);
        op((g, base) -> g.setClip(copy));
    }

    @Override
    public void setComposite(Composite c) {
        d.setComposite(c);
        op((g, base) -> g.setComposite(c));
    }

    @Override
    public void setPaint(Paint p) {
        d.setPaint(p);
        op((g, base) -> g.setPaint(p));
    }

    @Override
    public void setColor(Color c) {
        d.setColor(c);
        op((g, base) -> g.setColor(c));
    }

    @Override
    public void setStroke(Stroke s) {
        d.setStroke(s);
        op((g, base) -> g.setStroke(s));
    }

    @Override
    public void setFont(Font f) {
        d.setFont(f);
        op((g, base) -> g.setFont(f));
    }

    @Override
    public void fill(Shape s) {
        Shape copy = new java.awt.geom.Path2D.Double(s);
        op((g, base) -> g.fill(copy));
    }

    @Override
    public void draw(Shape s) {
        Shape copy = new java.awt.geom.Path2D.Double(s);
        op((g, base) -> g.draw(copy));
    }

    @Override
    public void drawString(String s, float x, float y) {
        op((g, base) -> g.drawString(s, x, y));
    }

    @Override
    public void drawString(java.text.AttributedCharacterIterator it, float x, float y) {
        java.text.AttributedString copy = new java.text.AttributedString(it);
        op((g, base) -> g.drawString(copy.getIterator(), x, y));
    }

    @Override
    public void drawString(java.text.AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawGlyphVector(java.awt.font.GlyphVector v, float x, float y) {
        op((g, base) -> g.drawGlyphVector(v, x, y));
    }

    @Override
    public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) {
        op((g, base) -> g.drawImage(img, x, y, w, h, null));
        return true;
    }

}
