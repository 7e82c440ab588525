package bnlab.app.featuremaps;

/** The colour scale the feature-map and block views share. */
public final class Scales {
    private Scales() {
    }

    /** The 98th percentile of |v| over the values (at least 1e-6; 1 without finite values). */
    public static double robust(float[]... values) {
        return MapFrame.scale(values);
    }

    /** The colour of v on the diverging scale, as 0xAARRGGBB. */
    public static int argb(double v, double scale) {
        return Diverging.argb(v, scale);
    }

    /** The legend's ramp image. */
    public static javafx.scene.image.WritableImage ramp(int width, int height) {
        return Diverging.ramp(width, height);
    }

    /** A statistic in a small space: three significant digits (-0.0127, 45.4, 1.2e+3). */
    public static String compact(double v) {
        return Double.isFinite(v) ? bnlab.app.i18n.Numbers.format(Double.parseDouble(
                String.format(java.util.Locale.ROOT, "%.3g", v))) : bnlab.app.i18n.Numbers.format(v);
    }
}
