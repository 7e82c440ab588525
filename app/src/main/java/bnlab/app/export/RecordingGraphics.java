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
final class RecordingGraphics extends Graphics2D {
    private final Graphics2D d = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
    private final List<BiConsumer<Graphics2D, AffineTransform>> ops;

    RecordingGraphics(List<BiConsumer<Graphics2D, AffineTransform>> ops) {
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
    public void dispose() {
        d.dispose();
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
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
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

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.Color a9, java.awt.image.ImageObserver a10) {
        return d.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, int a5, int a6, int a7, int a8, java.awt.image.ImageObserver a9) {
        return d.drawImage(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.Color a5, java.awt.image.ImageObserver a6) {
        return d.drawImage(a0, a1, a2, a3, a4, a5, a6);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.Color a3, java.awt.image.ImageObserver a4) {
        return d.drawImage(a0, a1, a2, a3, a4);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, java.awt.image.ImageObserver a3) {
        return d.drawImage(a0, a1, a2, a3);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, java.awt.geom.AffineTransform a1, java.awt.image.ImageObserver a2) {
        return d.drawImage(a0, a1, a2);
    }

    @Override
    public boolean hit(java.awt.Rectangle a0, java.awt.Shape a1, boolean a2) {
        return d.hit(a0, a1, a2);
    }

    @Override
    public java.awt.Color getBackground() {
        return d.getBackground();
    }

    @Override
    public java.awt.Color getColor() {
        return d.getColor();
    }

    @Override
    public java.awt.Composite getComposite() {
        return d.getComposite();
    }

    @Override
    public java.awt.Font getFont() {
        return d.getFont();
    }

    @Override
    public java.awt.FontMetrics getFontMetrics(java.awt.Font a0) {
        return d.getFontMetrics(a0);
    }

    @Override
    public java.awt.GraphicsConfiguration getDeviceConfiguration() {
        return d.getDeviceConfiguration();
    }

    @Override
    public java.awt.Paint getPaint() {
        return d.getPaint();
    }

    @Override
    public java.awt.Rectangle getClipBounds() {
        return d.getClipBounds();
    }

    @Override
    public java.awt.RenderingHints getRenderingHints() {
        return d.getRenderingHints();
    }

    @Override
    public java.awt.Shape getClip() {
        return d.getClip();
    }

    @Override
    public java.awt.Stroke getStroke() {
        return d.getStroke();
    }

    @Override
    public java.awt.font.FontRenderContext getFontRenderContext() {
        return d.getFontRenderContext();
    }

    @Override
    public java.awt.geom.AffineTransform getTransform() {
        return d.getTransform();
    }

    @Override
    public java.lang.Object getRenderingHint(java.awt.RenderingHints.Key a0) {
        return d.getRenderingHint(a0);
    }

    @Override
    public void addRenderingHints(java.util.Map<?, ?> a0) {
        d.addRenderingHints(a0);
    }

    @Override
    public void clearRect(int a0, int a1, int a2, int a3) {
        d.clearRect(a0, a1, a2, a3);
    }

    @Override
    public void clipRect(int a0, int a1, int a2, int a3) {
        d.clipRect(a0, a1, a2, a3);
    }

    @Override
    public void copyArea(int a0, int a1, int a2, int a3, int a4, int a5) {
        d.copyArea(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        d.drawArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void drawImage(java.awt.image.BufferedImage a0, java.awt.image.BufferedImageOp a1, int a2, int a3) {
        d.drawImage(a0, a1, a2, a3);
    }

    @Override
    public void drawLine(int a0, int a1, int a2, int a3) {
        d.drawLine(a0, a1, a2, a3);
    }

    @Override
    public void drawOval(int a0, int a1, int a2, int a3) {
        d.drawOval(a0, a1, a2, a3);
    }

    @Override
    public void drawPolygon(int[] a0, int[] a1, int a2) {
        d.drawPolygon(a0, a1, a2);
    }

    @Override
    public void drawPolyline(int[] a0, int[] a1, int a2) {
        d.drawPolyline(a0, a1, a2);
    }

    @Override
    public void drawRenderableImage(java.awt.image.renderable.RenderableImage a0, java.awt.geom.AffineTransform a1) {
        d.drawRenderableImage(a0, a1);
    }

    @Override
    public void drawRenderedImage(java.awt.image.RenderedImage a0, java.awt.geom.AffineTransform a1) {
        d.drawRenderedImage(a0, a1);
    }

    @Override
    public void drawRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        d.drawRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillArc(int a0, int a1, int a2, int a3, int a4, int a5) {
        d.fillArc(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void fillOval(int a0, int a1, int a2, int a3) {
        d.fillOval(a0, a1, a2, a3);
    }

    @Override
    public void fillPolygon(int[] a0, int[] a1, int a2) {
        d.fillPolygon(a0, a1, a2);
    }

    @Override
    public void fillRect(int a0, int a1, int a2, int a3) {
        d.fillRect(a0, a1, a2, a3);
    }

    @Override
    public void fillRoundRect(int a0, int a1, int a2, int a3, int a4, int a5) {
        d.fillRoundRect(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void rotate(double a0) {
        d.rotate(a0);
    }

    @Override
    public void rotate(double a0, double a1, double a2) {
        d.rotate(a0, a1, a2);
    }

    @Override
    public void scale(double a0, double a1) {
        d.scale(a0, a1);
    }

    @Override
    public void setBackground(java.awt.Color a0) {
        d.setBackground(a0);
    }

    @Override
    public void setClip(int a0, int a1, int a2, int a3) {
        d.setClip(a0, a1, a2, a3);
    }

    @Override
    public void setPaintMode() {
        d.setPaintMode();
    }

    @Override
    public void setRenderingHint(java.awt.RenderingHints.Key a0, java.lang.Object a1) {
        d.setRenderingHint(a0, a1);
    }

    @Override
    public void setRenderingHints(java.util.Map<?, ?> a0) {
        d.setRenderingHints(a0);
    }

    @Override
    public void setXORMode(java.awt.Color a0) {
        d.setXORMode(a0);
    }

    @Override
    public void shear(double a0, double a1) {
        d.shear(a0, a1);
    }


}
