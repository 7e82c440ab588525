package bnlab.app.landscape;

import bnlab.engine.api.twoweight.ContourGrid;
import org.jfree.data.xy.XYSeries;

/**
 * Contour lines of a grid by marching squares, as one series of segments separated by NaN. The
 * series is meant to be hidden from the legend: its key is never shown.
 */
final class Contours {

    private Contours() {
    }

    /**
     * For each level c and each grid cell, the edges where v - c changes sign are crossed at the
     * linearly interpolated point; a cell with 2 crossings gives one segment, with 4 (saddle) two.
     */
    static XYSeries lines(Comparable<?> key, ContourGrid g, double[][] v, double[] levels) {
        XYSeries s = new XYSeries(key, false, true);
        double[] xs = g.xs(), ys = g.ys();
        double[] px = new double[4], py = new double[4];
        for (double c : levels) {
            for (int j = 0; j + 1 < ys.length; j++) {
                for (int i = 0; i + 1 < xs.length; i++) {
                    // corners counter-clockwise: (i,j) (i+1,j) (i+1,j+1) (i,j+1)
                    double[] cv = {v[j][i] - c, v[j][i + 1] - c, v[j + 1][i + 1] - c, v[j + 1][i] - c};
                    double[] cx = {xs[i], xs[i + 1], xs[i + 1], xs[i]};
                    double[] cy = {ys[j], ys[j], ys[j + 1], ys[j + 1]};
                    int k = 0;
                    for (int e = 0; e < 4; e++) {
                        double a = cv[e], b = cv[(e + 1) % 4];
                        if ((a < 0) != (b < 0)) {
                            double t = a / (a - b);
                            px[k] = cx[e] + t * (cx[(e + 1) % 4] - cx[e]);
                            py[k] = cy[e] + t * (cy[(e + 1) % 4] - cy[e]);
                            k++;
                        }
                    }
                    for (int m = 0; m + 1 < k; m += 2) {
                        s.add(px[m], py[m], false);
                        s.add(px[m + 1], py[m + 1], false);
                        s.add(px[m + 1], Double.NaN, false);
                    }
                }
            }
        }
        return s;
    }
}
