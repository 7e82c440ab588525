package bnlab.app.export;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.text.AttributedCharacterIterator;

/**
 * A Graphics2D for the text of a vector export, drawn where a viewer's fonts would fail as the outlines of its
 * glyphs in the font asked for (the bundled one: Chinese reads exactly as on screen), and written once more as
 * invisible text at the same place, so the file can be searched and its text copied. Everything else goes
 * straight to the document's graphics.
 * <ul>
 * <li>PDF: JFreePDF writes text in the PDF standard fonts, which have no Chinese (and no Greek, no maths signs):
 * every string is outlined, its Latin characters are the invisible text.</li>
 * <li>SVG: an SVG names its font and the viewer draws the text; on a machine without a Chinese font the Chinese
 * showed as boxes. A string with a CJK character is outlined (its invisible text is the whole string); the rest
 * stays text, editable on a slide.</li>
 * </ul>
 */
final class OutlineTextGraphics extends ForwardingGraphics2D {

    /** Which strings are outlined and how their invisible text is written. */
    enum Target { PDF, SVG }

    /** The first code point of the CJK blocks (radicals, symbols and punctuation, kana, ideographs, Hangul...). */
    static final int FIRST_CJK = 0x2E80;

    private final Target target;

    /**
     * @param g      the document's Graphics2D (JFreePDF's for a page, JFreeSVG's)
     * @param target the kind of document
     */
    OutlineTextGraphics(Graphics2D g, Target target) {
        super(g);
        this.target = target;
    }

    @Override
    public Graphics create() {
        return new OutlineTextGraphics((Graphics2D) d.create(), target);
    }

    /** Whether a string is drawn as outlines: every string in a PDF, one with a CJK character in an SVG. */
    boolean outlines(String s) {
        return target == Target.PDF || s.codePoints().anyMatch(c -> c >= FIRST_CJK);
    }

    @Override
    public void drawString(String s, float x, float y) {
        if (s == null || s.isEmpty()) {
            return;
        }
        if (!outlines(s)) {
            d.drawString(s, x, y);
            return;
        }
        Font f = d.getFont();
        GlyphVector gv = f.createGlyphVector(d.getFontRenderContext(), s);
        d.fill(gv.getOutline(x, y));
        searchable(s, x, y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, int x, int y) {
        drawString(it, (float) x, (float) y);
    }

    @Override
    public void drawString(AttributedCharacterIterator it, float x, float y) {
        StringBuilder sb = new StringBuilder();
        for (char c = it.first(); c != AttributedCharacterIterator.DONE; c = it.next()) {
            sb.append(c);
        }
        if (sb.length() == 0) {
            return;
        }
        if (!outlines(sb.toString())) {
            d.drawString(it, x, y);
            return;
        }
        TextLayout layout = new TextLayout(it, d.getFontRenderContext());
        d.fill(layout.getOutline(java.awt.geom.AffineTransform.getTranslateInstance(x, y)));
        searchable(sb.toString(), x, y);
    }

    @Override
    public void drawGlyphVector(GlyphVector g, float x, float y) {
        d.fill(g.getOutline(x, y));
    }

    // the text as invisible text (fill opacity 0), for search and copy
    private void searchable(String s, float x, float y) {
        if (target == Target.SVG) {
            Composite was = d.getComposite();
            d.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0f));
            d.drawString(s, x, y);
            d.setComposite(was);
            return;
        }
        // a PDF's standard fonts have only Latin: the rest are spaces
        StringBuilder latin = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // JFreePDF writes the string as it is between ( and ): the PDF escapes are ours to add
            if (c == '(' || c == ')' || c == '\\') {
                latin.append('\\');
            }
            latin.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        String text = latin.toString();
        if (text.isBlank()) {
            return;
        }
        Composite was = d.getComposite();
        Object hint = d.getRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE);
        d.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0f));
        d.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE,
                org.jfree.pdf.PDFHints.VALUE_DRAW_STRING_TYPE_STANDARD);
        d.drawString(text, x, y);
        if (hint != null) {
            d.setRenderingHint(org.jfree.pdf.PDFHints.KEY_DRAW_STRING_TYPE, hint);
        }
        d.setComposite(was);
    }

    @Override
    public boolean drawImage(java.awt.Image a0, int a1, int a2, int a3, int a4, java.awt.image.ImageObserver a5) {
        return d.drawImage(a0, a1, a2, a3, a4, a5);
    }

    @Override
    public void clip(java.awt.Shape a0) {
        d.clip(a0);
    }

    @Override
    public void draw(java.awt.Shape a0) {
        d.draw(a0);
    }

    @Override
    public void fill(java.awt.Shape a0) {
        d.fill(a0);
    }

    @Override
    public void setClip(java.awt.Shape a0) {
        d.setClip(a0);
    }

    @Override
    public void setColor(java.awt.Color a0) {
        d.setColor(a0);
    }

    @Override
    public void setComposite(java.awt.Composite a0) {
        d.setComposite(a0);
    }

    @Override
    public void setFont(java.awt.Font a0) {
        d.setFont(a0);
    }

    @Override
    public void setPaint(java.awt.Paint a0) {
        d.setPaint(a0);
    }

    @Override
    public void setStroke(java.awt.Stroke a0) {
        d.setStroke(a0);
    }

    @Override
    public void setTransform(java.awt.geom.AffineTransform a0) {
        d.setTransform(a0);
    }

    @Override
    public void transform(java.awt.geom.AffineTransform a0) {
        d.transform(a0);
    }

    @Override
    public void translate(double a0, double a1) {
        d.translate(a0, a1);
    }

    @Override
    public void translate(int a0, int a1) {
        d.translate(a0, a1);
    }
}
