package bnlab.app.axes;

import bnlab.app.featuremaps.Scales;
import bnlab.app.style.Look;
import bnlab.app.style.Palette;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import javafx.geometry.Rectangle2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import java.util.function.BiConsumer;

/**
 * The batch as an N x C grid of small H x W maps (as in Wu and He's GroupNorm figure, unfolded): row n is
 * a sample, column c a channel (an MLP's feature, one value per cell). The cells whose values one
 * statistic pools, for the chosen (sample, channel) under the chosen normalization, keep full colour and
 * a frame in the normalization's colour; the others are veiled. Which cells: {@link NormAxes#pooled}, the
 * one rule. The chosen cell has a dark outline; a click chooses another. FX thread only.
 */
final class BlockCanvas extends Canvas {
    /** Samples drawn at most (the statistics always cover the whole batch). */
    static final int MAX_ROWS = 16;
    /** Channels (features) drawn at most. */
    static final int MAX_COLUMNS = 32;
    static final double GAP = 8;
    private double left = 34;
    private double top = 22;
    private double cw = 40;
    private double ch = 40;
    private BatchBlock block;
    private NormKind kind = NormKind.BATCH;
    private int groups = 1;
    private int sample;
    private int channel;
    private double scale = 1;
    private WritableImage atlas;
    private int[] pixels;

    BlockCanvas(BiConsumer<Integer, Integer> choose) {
        setOnMouseClicked(e -> {
            int[] cell = cellAt(e.getX(), e.getY());
            if (cell != null) {
                choose.accept(cell[0], cell[1]);
            }
        });
    }

    /** The colour a normalization's pooled set is framed in. */
    static java.awt.Color colour(NormKind k) {
        return switch (k) {
            case BATCH -> Palette.BN;
            case LAYER -> Palette.GREEN;
            case INSTANCE -> Palette.PURPLE;
            case GROUP -> Palette.ORANGE;
            case RMS, NONE -> Palette.SKY;
        };
    }

    /** Rows that fit the height given to the last draw, at least 4 and at most {@link #MAX_ROWS}. */
    private int fitRows = MAX_ROWS;

    int rows() {
        return block == null ? 0 : Math.min(fitRows, block.samples());
    }

    int columns() {
        return block == null ? 0 : Math.min(MAX_COLUMNS, block.channels());
    }

    /** Draw a block with a highlight, sized for the available width and height. */
    void draw(BatchBlock b, NormKind k, int g, int n, int c, double scale, double width, double height) {
        this.block = b;
        this.kind = k;
        this.groups = g;
        this.sample = n;
        this.channel = c;
        this.scale = scale;
        double s = Look.current().scale();
        left = 34 * s;
        top = 22 * s;
        // as many samples as fit with cells of at least 28 px (a batch of 60 would make them specks)
        double minCell = (b.positions() == 1 ? 18 : 28) * s;
        fitRows = (int) Math.max(4, Math.min(MAX_ROWS, Math.floor((height - top) / (minCell + GAP))));
        int cols = columns();
        double max = b.positions() == 1 ? 36 * s : 80 * s;
        // as large as the width allows, the rows within the height (each cell keeps the maps' aspect); never under
        // the smallest cell where the width has room for it (the view scrolls): in a short view at type 1.5 the
        // four rows fitted to the height made cells of 22 px, their maps unreadable
        double byHeight = ((height - top) / Math.max(1, rows()) - GAP) * b.width() / b.height();
        double byWidth = (width - left - cols * GAP) / Math.max(1, cols);
        cw = Math.max(10, Math.max(Math.min(minCell, byWidth), Math.min(max, Math.min(byHeight, byWidth))));
        ch = cw * b.height() / b.width();
        setWidth(left + cols * (cw + GAP));
        setHeight(top + rows() * (ch + GAP));
        paint();
    }

    /** Where cell (n, c) is drawn (without its frame), or null when it is not drawn. */
    Rectangle2D cellBounds(int n, int c) {
        if (block == null || n < 0 || c < 0 || n >= rows() || c >= columns()) {
            return null;
        }
        return new Rectangle2D(left + c * (cw + GAP) + GAP / 2, top + n * (ch + GAP) + GAP / 2, cw, ch);
    }

    private int[] cellAt(double x, double y) {
        for (int n = 0; n < rows(); n++) {
            for (int c = 0; c < columns(); c++) {
                Rectangle2D r = cellBounds(n, c);
                if (x >= r.getMinX() - GAP / 2 && x < r.getMaxX() + GAP / 2 && y >= r.getMinY() - GAP / 2
                        && y < r.getMaxY() + GAP / 2) {
                    return new int[] {n, c};
                }
            }
        }
        return null;
    }

    private void paint() {
        GraphicsContext g = getGraphicsContext2D();
        Look look = Look.current();
        Color bg = Palette.fx(look.background());
        Color ink = Palette.fx(look.ink());
        g.setFill(bg);
        g.fillRect(0, 0, getWidth(), getHeight());
        g.setFont(Font.font(12 * look.scale()));
        g.setFill(ink);
        for (int c = 0; c < columns(); c++) {
            Rectangle2D r = cellBounds(0, c);
            g.fillText(Integer.toString(c + 1), r.getMinX() + r.getWidth() / 2 - 4, top - 6);
        }
        Color frame = Palette.fx(colour(kind));
        WritableImage maps = maps();
        boolean smooth = g.isImageSmoothing();
        g.setImageSmoothing(false); // one value per block of pixels, sharp
        for (int n = 0; n < rows(); n++) {
            Rectangle2D r0 = cellBounds(n, 0);
            g.setFill(ink);
            g.fillText(Integer.toString(n + 1), 4, r0.getMinY() + ch / 2 + 4);
            for (int c = 0; c < columns(); c++) {
                Rectangle2D r = cellBounds(n, c);
                g.drawImage(maps, c * block.width(), n * block.height(), block.width(), block.height(),
                        r.getMinX(), r.getMinY(), cw, ch);
                boolean in = kind != NormKind.NONE && NormAxes.pooled(kind, block.channels(), groups, sample, channel, n, c);
                if (in) {
                    g.setStroke(frame);
                    g.setLineWidth(GAP / 2);
                    g.strokeRect(r.getMinX() - GAP / 4, r.getMinY() - GAP / 4, cw + GAP / 2, ch + GAP / 2);
                } else {
                    g.setFill(bg.deriveColor(0, 1, 1, 0.78));
                    g.fillRect(r.getMinX(), r.getMinY(), cw, ch);
                }
                if (n == sample && c == channel) {
                    g.setStroke(ink);
                    g.setLineWidth(2);
                    g.strokeRect(r.getMinX() + 1, r.getMinY() + 1, cw - 2, ch - 2);
                }
            }
        }
        g.setImageSmoothing(smooth);
    }

    /**
     * The drawn cells' maps side by side at one pixel per value: cell (n, c) at (c * W, n * H). One image
     * drawn a cell at a time instead of a rectangle per value (a CNN's 16 x 32 cells of 14 x 14 values
     * were 100,000 rectangles a redraw).
     */
    private WritableImage maps() {
        int w = columns() * block.width();
        int h = rows() * block.height();
        if (atlas == null || atlas.getWidth() != w || atlas.getHeight() != h) {
            atlas = new WritableImage(w, h);
            pixels = new int[w * h];
        }
        for (int n = 0; n < rows(); n++) {
            for (int c = 0; c < columns(); c++) {
                for (int q = 0; q < block.positions(); q++) {
                    int x = c * block.width() + q % block.width();
                    int y = n * block.height() + q / block.width();
                    pixels[y * w + x] = 0xff000000 | Scales.argb(block.get(n, c, q), scale);
                }
            }
        }
        atlas.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return atlas;
    }
}
