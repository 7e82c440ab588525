package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On screen a twin's loss-surface title and its range axis's top tick label are apart: before a surface is computed
 * the axis ends on a tick (+-1.0), and "带 BatchNorm 的网络" stood on "1.0" at type scale 1.5 (the window measures a
 * line of the title the font's size high and draws its ink lower). Drawn as the window draws (FXGraphics2D with
 * JavaFX's metrics) at type scales 1, 1.5 and 2 in both languages, narrow so that the title reaches over the tick
 * labels: the lowest row of the title's ink (red) lies above the highest of the tick label's (blue).
 */
@ExtendWith(ApplicationExtension.class)
class HeatMapTitleRoomTest {
    @Test
    void theTitleStandsClearOfTheTopTickLabel(FxRobot robot) {
        List<String> wrong = new ArrayList<>();
        int[] drawn = new int[1];
        robot.interact(() -> {
            Locale before = I18n.locale();
            try {
                for (double scale : new double[] {1.0, 1.5, 2.0}) {
                    for (Locale lang : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                        Look.use(new Look(Theme.LIGHT, scale));
                        I18n.setLocale(lang);
                        NetworkHeatMap map = new NetworkHeatMap(I18n.get("twin.normalized.named", I18n.label(bnlab.engine.api.NormKind.BATCH)), Color.RED);
                        map.empty(1, I18n.get("surface.empty", I18n.get("surface.compute")));
                        JFreeChart chart = map.chart();
                        ((NumberAxis) chart.getXYPlot().getRangeAxis()).setTickLabelPaint(Color.BLUE);
                        ChartRenderingInfo info = new ChartRenderingInfo();
                        int w = (int) (260 * scale);
                        BufferedImage img = bnlab.app.OnScreen.draw(chart, w, w, info);
                        Rectangle2D data = info.getPlotInfo().getDataArea();
                        int red = lowest(img, true);
                        int blue = highest(img, (int) data.getCenterY());
                        drawn[0]++;
                        if (red < 0 || blue < 0) {
                            wrong.add(scale + " " + lang + ": no ink (title " + red + ", tick " + blue + ")");
                        } else if (red >= blue) {
                            wrong.add(scale + " " + lang + ": the title's ink down to row " + red
                                    + ", the tick label's from row " + blue);
                        }
                    }
                }
            } finally {
                Look.use(new Look(Theme.LIGHT, 1.0));
                I18n.setLocale(before);
            }
        });
        assertTrue(drawn[0] == 6, "charts drawn: " + drawn[0]);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    // the last row with a red pixel, or -1
    private static int lowest(BufferedImage img, boolean red) {
        for (int row = img.getHeight() - 1; row >= 0; row--) {
            if (rowHas(img, row, red)) {
                return row;
            }
        }
        return -1;
    }

    // the first row above `to` with a blue pixel, or -1
    private static int highest(BufferedImage img, int to) {
        for (int row = 0; row < to; row++) {
            if (rowHas(img, row, false)) {
                return row;
            }
        }
        return -1;
    }

    // a pixel mostly red (or blue): anti-aliased ink over the background keeps its hue
    private static boolean rowHas(BufferedImage img, int row, boolean red) {
        for (int col = 0; col < img.getWidth(); col++) {
            int rgb = img.getRGB(col, row);
            int r = rgb >> 16 & 0xFF;
            int g = rgb >> 8 & 0xFF;
            int b = rgb & 0xFF;
            if (red ? r > 180 && g < 140 && b < 140 : b > 180 && r < 140 && g < 140) {
                return true;
            }
        }
        return false;
    }
}
