package bnlab.app.export;

import java.awt.Graphics2D;

/**
 * A Graphics2D that passes every call to another one ({@code d}); {@link OutlineTextGraphics} and
 * {@link RecordingGraphics} override what they do differently (text as outlines, drawing recorded).
 */
abstract class ForwardingGraphics2D extends Graphics2D {
    /** The graphics every call not overridden goes to. */
    protected final Graphics2D d;

    protected ForwardingGraphics2D(Graphics2D d) {
        this.d = d;
    }

    @Override
    public void dispose() {
        d.dispose();
    }

    @Override
    public void drawString(String s, int x, int y) {
        drawString(s, (float) x, (float) y);
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
