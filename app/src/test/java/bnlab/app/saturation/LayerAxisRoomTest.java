package bnlab.app.saturation;

import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On screen the saturated fractions' layer numbers and the axis name under them are apart: at type scale 1.5 in a
 * lesson at 1280 x 720 the "2" sat on "隐藏层". The window's charts measure text with JavaFX's font metrics, whose
 * height is the font's size, while JFreeChart draws a text's baseline at the font's ascent; the category labels took
 * more room than was kept for them.
 */
@ExtendWith(ApplicationExtension.class)
class LayerAxisRoomTest {
    @Test
    void theLayerNumbersAndTheAxisNameDoNotTouch(FxRobot robot) {
        List<String> touching = new ArrayList<>();
        int[] drawn = new int[1];
        robot.interact(() -> {
            Locale before = bnlab.app.i18n.I18n.locale();
            try {
                for (double scale : new double[] {1.0, 1.5, 2.0}) {
                    for (Locale lang : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, scale));
                        bnlab.app.i18n.I18n.setLocale(lang);
                        for (boolean compact : new boolean[] {true, false}) {
                            LayerCharts charts = new LayerCharts();
                            charts.setCompact(compact);
                            for (int l = 1; l <= 3; l++) {
                                charts.saturated.addValue(0.0, "bn", String.valueOf(l));
                                charts.saturated.addValue(0.4, "plain", String.valueOf(l));
                            }
                            int w = compact ? 270 : 420; // the view goes small below about 400 px a chart
                            for (int h = 150; h <= 300; h += 30) {
                                int runs = runsUnderThePlot(charts, w, h);
                                if (runs >= 0) {
                                    drawn[0]++;
                                }
                                if (runs == 0 || runs == 1) {
                                    touching.add(scale + " " + lang + (compact ? " small " : " ") + w + "x" + h);
                                }
                            }
                        }
                    }
                }
            } finally {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
                bnlab.app.i18n.I18n.setLocale(before);
            }
        });
        assertTrue(drawn[0] >= 50, "charts with a plot drawn: " + drawn[0] + " of 72");
        assertTrue(touching.isEmpty(), "the middle layer's number touches the axis name: " + touching);
    }

    /**
     * The chart drawn as the window draws it (FXGraphics2D with JavaFX's font metrics, as JFreeChart's canvas sets);
     * under the plot, over the middle category, how many separate runs of rows hold ink: the number, then the name;
     * -1 where the chart has no room for a plot.
     */
    private static int runsUnderThePlot(LayerCharts charts, int w, int h) {
        ChartRenderingInfo info = new ChartRenderingInfo();
        BufferedImage img = bnlab.app.OnScreen.draw(charts.saturatedViewer.getChart(), w, h, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();
        if (data.getHeight() < 20) {
            return -1; // too small for a plot at this type: nothing to read
        }
        int mid = (int) Math.round(data.getCenterX());
        int runs = 0;
        boolean before = false;
        for (int y = (int) Math.ceil(data.getMaxY()) + 3; y < img.getHeight(); y++) {
            boolean ink = false;
            for (int x = Math.max(0, mid - 12); x <= Math.min(img.getWidth() - 1, mid + 12) && !ink; x++) {
                int rgb = img.getRGB(x, y);
                int luma = ((rgb >> 16 & 0xFF) * 3 + (rgb >> 8 & 0xFF) * 6 + (rgb & 0xFF)) / 10;
                ink = luma < 200;
            }
            if (ink && !before) {
                runs++;
            }
            before = ink;
        }
        return runs;
    }
}
