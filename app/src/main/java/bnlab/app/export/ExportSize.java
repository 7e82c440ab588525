package bnlab.app.export;

/**
 * The size of an exported picture: a factor of the view's size on screen, or a width in pixels (the
 * height follows). Either way the picture is drawn at that size, not scaled up from a capture.
 *
 * @param factor pixels per screen pixel (1, 2, 4), used when width is 0
 * @param width  the picture's width in pixels, or 0
 */
public record ExportSize(double factor, int width) {
    /** The largest side a picture may have, in pixels (a 4x export of a 4K window). */
    public static final int MAX_SIDE = 16_384;

    public ExportSize {
        if (!(factor > 0) || width < 0) {
            throw new IllegalArgumentException("size " + factor + " / " + width);
        }
    }

    public static ExportSize times(double factor) {
        return new ExportSize(factor, 0);
    }

    public static ExportSize wide(int width) {
        return new ExportSize(1, width);
    }

    /** Pixels per layout pixel for a view this wide and high, kept under {@link #MAX_SIDE}. */
    public double scaleFor(double viewWidth, double viewHeight) {
        double k = width > 0 ? width / Math.max(1, viewWidth) : factor;
        double longest = Math.max(viewWidth, viewHeight) * k;
        return longest > MAX_SIDE ? k * MAX_SIDE / longest : k;
    }
}
