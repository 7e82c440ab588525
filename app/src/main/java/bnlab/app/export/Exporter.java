package bnlab.app.export;

import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.ProblemException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.Region;
import org.jfree.graphics2d.svg.SVGGraphics2D;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.Page;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Still exports of a view, the one way the window, the stage and the headless commands write them:
 * PNG re-rendered at the chosen size ({@link Capture}), SVG and PDF of the whole view as vectors
 * ({@link NodePainter}), CSV of its series ({@link SeriesCsv}). Each file is written completely or not
 * at all ({@link AtomicFiles}). FX thread.
 */
public final class Exporter {
    /** Style class of what the window shows beside a view but an export leaves out (its buttons). */
    public static final String HIDDEN = "export-hidden";

    /** The node property that names a placed view (histograms, saturation, ...: its lesson-file name). */
    public static final String VIEW_NAME = "bnlab.viewName";
    /** A view's title as its header shows it (a node property), for an export dialog's title. */
    public static final String VIEW_TITLE = "bnlab.viewTitle";

    /**
     * The node property of a view that draws its charts in turns while training runs (one a frame): a Runnable
     * that brings every chart to the last snapshot. A picture runs it first, so its charts show one step: a PNG of
     * the training curves taken while playing had its four charts end at steps 130, 150, 160 and 170.
     */
    public static final String BEFORE_PICTURE = "bnlab.beforePicture";

    /** Run every {@link #BEFORE_PICTURE} hook under the node (itself included). FX thread. */
    static void bringUpToDate(Node n) {
        if (n.getProperties().get(BEFORE_PICTURE) instanceof Runnable r) {
            r.run();
        }
        if (n instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                bringUpToDate(c);
            }
        }
    }

    private Exporter() {
    }

    /** The named views under root, by name, in the order they are placed. */
    public static java.util.Map<String, Node> namedViews(Node root) {
        java.util.Map<String, Node> out = new java.util.LinkedHashMap<>();
        collectNamed(root, out);
        return out;
    }

    private static void collectNamed(Node n, java.util.Map<String, Node> out) {
        Object name = n.getProperties().get(VIEW_NAME);
        if (name instanceof String s) {
            out.putIfAbsent(s, n);
            return;
        }
        // a control's content is among its children only once it has a skin (in a shown scene)
        if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
            collectNamed(sp.getContent(), out);
        } else if (n instanceof javafx.scene.control.SplitPane sp) {
            sp.getItems().forEach(c -> collectNamed(c, out));
        } else if (n instanceof javafx.scene.control.TabPane tp) {
            tp.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> collectNamed(t.getContent(), out));
        } else if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectNamed(c, out);
            }
        }
    }

    /** Write one still export (PNG, SVG, PDF or CSV) of the view to file, whole (see {@link #stillHeight}). FX thread. */
    public static void write(Node view, ExportFormat format, ExportSize size, ExportLook look, ThemeSwitch themes,
                             Path file) throws ProblemException {
        write(view, format, size, look, themes, file, true);
    }

    /**
     * Write one still export of the view to file: whole, a part that scrolls laid out at its full height, or
     * (whole false: File > Export what is shown, a whole tab or stage) as shown. FX thread.
     */
    public static void write(Node view, ExportFormat format, ExportSize size, ExportLook look, ThemeSwitch themes,
                             Path file, boolean whole) throws ProblemException {
        if (format.recording()) {
            throw new IllegalArgumentException(format + " is a recording");
        }
        if (format == ExportFormat.CSV) {
            byte[] csv = SeriesCsv.of(view).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, csv);
            return;
        }
        if (format == ExportFormat.PNG) {
            AtomicFiles.write(file, png(picture(view, size, look, themes, whole)));
            return;
        }
        bringUpToDate(view);
        java.util.function.Supplier<byte[]> still = () -> format == ExportFormat.SVG ? svg(view, look) : pdf(view, look);
        byte[] bytes = during(view, look, themes, whole ? () -> unfolded(view, still) : still);
        AtomicFiles.write(file, bytes);
    }

    /**
     * The view as a PNG export draws it (whole, or as shown; at the size and in the look asked for), as a picture:
     * for the file, or for the clipboard. FX thread.
     */
    static BufferedImage picture(Node view, ExportSize size, ExportLook look, ThemeSwitch themes, boolean whole) {
        bringUpToDate(view);
        java.util.function.Supplier<BufferedImage> still = () -> capture(view, size, look).compose();
        return during(view, look, themes, whole ? () -> unfolded(view, still) : still);
    }

    /** A still is laid out at most this many times the view's height to show it whole. */
    static final double MAX_UNFOLD = 4;

    /**
     * What a scroll pane in the view hides below its fold, as laid out (the most of any): 0 where everything
     * shows, or where a pane fitted to its height hides nothing. FX thread.
     */
    static double hiddenHeight(Node view) {
        double hidden = 0;
        for (Node n : view.lookupAll(".scroll-pane")) {
            if (n instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null && n.isVisible()) {
                hidden = Math.max(hidden, sp.getContent().getLayoutBounds().getHeight()
                        - sp.getViewportBounds().getHeight());
            }
        }
        return hidden < 1 ? 0 : Math.ceil(hidden);
    }

    /**
     * The height a still of the view has: a view with a scroll pane whose content runs past it (the by-hand
     * table's statistics below the fold, the axes view's live batch) is laid out taller for the still, by what
     * it hides, up to {@link #MAX_UNFOLD} times its height; a recording keeps what is shown. FX thread.
     */
    public static double stillHeight(Node view) {
        double h = view.getLayoutBounds().getHeight();
        return Math.min(h * MAX_UNFOLD, h + hiddenHeight(view));
    }

    // every parent under r laid out again at r's size now (a resize alone left a scroll pane's viewport, and
    // with it the painted content, at its old height)
    private static void relayout(Region r) {
        r.applyCss();
        for (Node n : r.lookupAll("*")) {
            if (n instanceof javafx.scene.Parent p) {
                p.requestLayout();
            }
        }
        r.layout();
    }

    // the work done with the view laid out at its still's height, then laid out back: all on the FX thread,
    // between two pulses, so the window never shows it
    private static <T> T unfolded(Node view, java.util.function.Supplier<T> work) {
        double h = view.getLayoutBounds().getHeight();
        double tall = stillHeight(view);
        if (!(view instanceof Region r) || tall <= h) {
            return work.get();
        }
        double w = r.getWidth();
        boolean managed = r.isManaged();
        try {
            // unmanaged for the while: its parent neither lays it back to its cell nor hears of its changes
            // (a PNG's snapshot lays the whole scene out first)
            r.setManaged(false);
            r.resize(w, tall);
            relayout(r);
            return work.get();
        } finally {
            r.resize(w, h);
            relayout(r);
            r.setManaged(managed);
        }
    }

    /** The view re-rendered at the size asked for (the export's look applied for the moment). FX thread. */
    public static Capture capture(Node view, ExportSize size, ExportLook look, ThemeSwitch themes) {
        return during(view, look, themes, () -> capture(view, size, look));
    }

    /**
     * A recording's frame of the view at the size asked for: what it shows, read on the FX thread (a few
     * milliseconds), drawn by {@link Capture#compose} on any thread.
     */
    public static Capture frame(Node view, ExportSize size, ExportLook look, ThemeSwitch themes) {
        javafx.geometry.Bounds b = view.getLayoutBounds();
        bringUpToDate(view);
        // the painter leaves the window's buttons out by itself: nothing on screen is touched
        return during(view, look, themes, false, () -> Capture.frame(view, size.scaleFor(b.getWidth(), b.getHeight()),
                look));
    }

    private static Capture capture(Node view, ExportSize size, ExportLook look) {
        javafx.geometry.Bounds b = view.getLayoutBounds();
        return Capture.take(view, size.scaleFor(b.getWidth(), b.getHeight()), look);
    }

    static byte[] png(BufferedImage img) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "png", out)) {
                throw new IllegalStateException("no PNG writer");
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] svg(Node view, ExportLook look) {
        javafx.geometry.Bounds b = view.getLayoutBounds();
        SVGGraphics2D g = new SVGGraphics2D(Math.max(1, (int) Math.ceil(b.getWidth())),
                Math.max(1, (int) Math.ceil(b.getHeight())));
        g.setFontMapper(VectorFonts::svgFamily);
        underlay(view, look, g, b);
        new NodePainter(look).paint(view, new OutlineTextGraphics(g, OutlineTextGraphics.Target.SVG));
        return g.getSVGDocument().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(Node view, ExportLook look) {
        javafx.geometry.Bounds b = view.getLayoutBounds();
        PDFDocument doc = new PDFDocument();
        doc.setTitle(view.getId() == null ? "BN Lab" : view.getId());
        Page page = doc.createPage(new java.awt.geom.Rectangle2D.Double(0, 0, Math.ceil(b.getWidth()),
                Math.ceil(b.getHeight())));
        PDFGraphics2D pdf = page.getGraphics2D();
        underlay(view, look, pdf, b);
        new NodePainter(look).paint(view, new OutlineTextGraphics(pdf, OutlineTextGraphics.Target.PDF));
        return doc.getPDFBytes();
    }

    // what the window shows behind the view, under a vector export as under a PNG (Capture): a view without a
    // background of its own (the training curves) came out transparent in SVG and white in PDF, its dark theme's
    // light text unreadable on a slide
    private static void underlay(Node view, ExportLook look, java.awt.Graphics2D g, javafx.geometry.Bounds b) {
        if (!look.transparent()) {
            g.setColor(Colors.awt(Capture.background(view)));
            g.fill(new java.awt.geom.Rectangle2D.Double(0, 0, Math.ceil(b.getWidth()), Math.ceil(b.getHeight())));
        }
    }

    // the export's theme, transparent background and hidden buttons, for as long as the work takes;
    // styles are applied again only where something changed (a recording takes a frame ten times a
    // second: a CSS pass over a whole tab each time would slow the window down)
    private static <T> T during(Node view, ExportLook look, ThemeSwitch themes, java.util.function.Supplier<T> work) {
        return during(view, look, themes, true, work);
    }

    private static <T> T during(Node view, ExportLook look, ThemeSwitch themes, boolean hideButtons,
                                java.util.function.Supplier<T> work) {
        Runnable back = themes.apply(look.theme());
        List<Node> hidden = new ArrayList<>();
        String style = view.getStyle();
        boolean restyled = look.transparent() && view instanceof Region;
        try {
            if (hideButtons) {
                hide(view, hidden);
            }
            if (restyled) {
                view.setStyle(style + ";-fx-background-color: transparent;");
                view.applyCss();
            }
            return work.get();
        } finally {
            hidden.forEach(n -> n.setVisible(true));
            back.run();
            if (restyled) {
                view.setStyle(style);
                view.applyCss();
            }
        }
    }

    private static void hide(Node n, List<Node> hidden) {
        if (n.getStyleClass().contains(HIDDEN) && n.isVisible()) {
            n.setVisible(false);
            hidden.add(n);
        } else if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                hide(c, hidden);
            }
        }
    }
}
