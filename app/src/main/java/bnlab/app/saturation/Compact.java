package bnlab.app.saturation;

import bnlab.app.style.ChartStyle;
import bnlab.app.style.Look;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

import java.awt.Font;

/**
 * Font sizes for a view shown small (a quarter of the live grid on a 1280 x 720 screen): the house
 * sizes for a projector leave no room for the plots there, so titles, labels and ticks shrink. Both
 * sizes in the look's family (Chinese too) and type scale.
 */
final class Compact {
    private Compact() {
    }

    static Font title() {
        return Look.current().font(Font.BOLD, 15);
    }

    static Font label() {
        return Look.current().font(Font.PLAIN, 13);
    }

    static Font tick() {
        return Look.current().font(Font.PLAIN, 12);
    }

    static Font legend() {
        return Look.current().font(Font.PLAIN, 13);
    }

    /** The compact or the house fonts on every title, subtitle, legend and axis of the chart. */
    static void fonts(JFreeChart chart, boolean compact) {
        if (chart.getTitle() != null) {
            chart.getTitle().setFont(compact ? title() : ChartStyle.titleFont());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle l) {
                l.setItemFont(compact ? legend() : ChartStyle.legendFont());
            } else if (t instanceof TextTitle tt) {
                tt.setFont(compact ? legend() : ChartStyle.legendFont());
            }
        }
        axes(chart.getPlot(), compact);
    }

    private static void axes(Plot plot, boolean compact) {
        if (plot instanceof CombinedDomainXYPlot c) {
            axis(c.getDomainAxis(), compact);
            for (XYPlot p : c.getSubplots()) {
                axes(p, compact);
            }
        } else if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i), compact);
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i), compact);
            }
        } else if (plot instanceof CategoryPlot cat) {
            axis(cat.getDomainAxis(), compact);
            axis(cat.getRangeAxis(), compact);
        }
    }

    private static void axis(Axis a, boolean compact) {
        if (a != null) {
            a.setLabelFont(compact ? label() : ChartStyle.labelFont());
            a.setTickLabelFont(compact ? tick() : ChartStyle.tickFont());
        }
    }
}
