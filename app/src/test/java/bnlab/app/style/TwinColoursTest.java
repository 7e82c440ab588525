package bnlab.app.style;

import org.junit.jupiter.api.Test;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two twins' colours, checked as colour-blind viewers see them: simulated protanopia, deuteranopia
 * and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1, on linear RGB), the BN and the
 * plain colour stay far apart (CIE76 colour difference in CIELAB), and each stands out against the
 * chart background of both themes (WCAG contrast for graphics, at least 3:1). Line style tells them
 * apart as well: the plain twin's line is dashed.
 */
class TwinColoursTest {
    /** Machado et al. 2009, severity 1.0, rows of the 3x3 matrices on linear RGB. */
    static final double[][] PROTAN = {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
        {-0.003882, -0.048116, 1.051998}};
    static final double[][] DEUTAN = {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
        {-0.011820, 0.042940, 0.968881}};
    static final double[][] TRITAN = {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
        {0.004733, 0.691367, 0.303900}};
    static final double[][] NORMAL = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

    /** A clearly visible difference between two plot colours (CIE76; 2.3 is "just noticeable"). */
    static final double MIN_DELTA_E = 20;

    static double lin(int c8) {
        double c = c8 / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    static double[] linear(Color c) {
        return new double[] {lin(c.getRed()), lin(c.getGreen()), lin(c.getBlue())};
    }

    static double[] times(double[][] m, double[] v) {
        double[] r = new double[3];
        for (int i = 0; i < 3; i++) {
            r[i] = Math.min(1, Math.max(0, m[i][0] * v[0] + m[i][1] * v[1] + m[i][2] * v[2]));
        }
        return r;
    }

    // linear sRGB -> XYZ (D65) -> CIELAB
    static double[] lab(double[] rgb) {
        double x = 0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2];
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = 0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2];
        double fx = f(x / 0.95047);
        double fy = f(y);
        double fz = f(z / 1.08883);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    // WCAG 2 relative luminance and contrast ratio
    static double luminance(double[] rgb) {
        return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a) + 0.05;
        double lb = luminance(b) + 0.05;
        return Math.max(la, lb) / Math.min(la, lb);
    }

    @Test
    void theTwinsStayApartForEveryKindOfColourVision() {
        for (double[][] m : new double[][][] {NORMAL, PROTAN, DEUTAN, TRITAN}) {
            double d = deltaE(lab(times(m, linear(Palette.BN))), lab(times(m, linear(Palette.PLAIN))));
            assertTrue(d >= MIN_DELTA_E, "colour difference " + d);
        }
    }

    @Test
    void aSimulationThatMergesRedAndGreenIsCaught() {
        // the oracle can fail: the classic red/green pair collapses under deuteranopia
        Color red = new Color(0xD0, 0x30, 0x30);
        Color green = new Color(0x30, 0xA0, 0x30);
        assertTrue(deltaE(lab(times(NORMAL, linear(red))), lab(times(NORMAL, linear(green)))) > 60);
        assertTrue(deltaE(lab(times(DEUTAN, linear(red))), lab(times(DEUTAN, linear(green)))) < MIN_DELTA_E);
    }

    @Test
    void bothStandOutOnTheChartsOfBothThemes() {
        for (Theme t : Theme.values()) {
            double[] bg = linear(new Look(t, 1).background());
            for (Color c : new Color[] {Palette.BN, Palette.PLAIN}) {
                double r = contrast(linear(c), bg);
                assertTrue(r >= 3, t + " " + Palette.css(c) + " contrast " + r);
            }
        }
    }

    @Test
    void thePlainTwinsLineIsDashed() {
        assertTrue(ChartStyle.PLAIN_LINE.getDashArray() != null && ChartStyle.LINE.getDashArray() == null);
    }
}
