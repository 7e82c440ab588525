package bnlab.app.featuremaps;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * A diverging colour scale shared by every map of the view: 0 is near-white, negative values turn
 * magenta and positive ones green (ColorBrewer's PiYG, colour-blind safe and unlike the twins' blue and
 * orange), saturating at -scale and +scale. Values beyond are drawn at the end colour.
 */
final class Diverging {
    private static final int[] STOPS = {0x8E0152, 0xC51B7D, 0xDE77AE, 0xF1B6DA, 0xF7F7F7, 0xB8E186, 0x7FBC41,
        0x4D9221, 0x276419};

    private Diverging() {
    }

    // u = (v / scale + 1) / 2 clamped to [0, 1], then linear between the stops
    /** The colour of v as 0xAARRGGBB. */
    static int argb(double v, double scale) {
        double u = Double.isFinite(v) ? Math.max(0, Math.min(1, (v / scale + 1) / 2)) : 0.5;
        double pos = u * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) pos);
        double t = pos - i;
        int a = STOPS[i];
        int b = STOPS[i + 1];
        int r = (int) Math.round(((a >> 16) & 255) * (1 - t) + ((b >> 16) & 255) * t);
        int g = (int) Math.round(((a >> 8) & 255) * (1 - t) + ((b >> 8) & 255) * t);
        int bl = (int) Math.round((a & 255) * (1 - t) + (b & 255) * t);
        return 0xFF000000 | r << 16 | g << 8 | bl;
    }

    /**
     * One channel's H x W map, each value a k x k square of pixels (scaled here, not by the renderer, so
     * the values stay sharp squares whatever the pipeline's smoothing).
     */
    static WritableImage map(float[] values, int channel, int height, int width, double scale, int k) {
        WritableImage img = new WritableImage(width * k, height * k);
        PixelWriter w = img.getPixelWriter();
        int base = channel * height * width;
        for (int r = 0; r < height * k; r++) {
            for (int q = 0; q < width * k; q++) {
                w.setArgb(q, r, argb(values[base + (r / k) * width + q / k], scale));
            }
        }
        return img;
    }

    /** The legend: a horizontal ramp from -scale to +scale. */
    static WritableImage ramp(int width, int height) {
        WritableImage img = new WritableImage(width, height);
        PixelWriter w = img.getPixelWriter();
        for (int q = 0; q < width; q++) {
            int c = argb(2.0 * q / (width - 1) - 1, 1);
            for (int r = 0; r < height; r++) {
                w.setArgb(q, r, c);
            }
        }
        return img;
    }
}
