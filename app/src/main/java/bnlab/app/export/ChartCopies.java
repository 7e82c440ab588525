package bnlab.app.export;

import bnlab.app.style.ChartStyle;
import bnlab.app.style.Look;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Copies of the live charts for an export: in the export's theme and background, and with their data
 * copied, so the copy can be drawn on another thread while the view goes on changing its own (FX
 * thread to copy; the copy belongs to whoever draws it). A chart that cannot be copied is returned as
 * it is (then it must be drawn on the FX thread, as a still export does).
 */
final class ChartCopies {
    private ChartCopies() {
    }

    /** A copy of the chart in the given look; the live chart is not changed. FX thread. */
    static JFreeChart copy(JFreeChart chart, ExportLook look) {
        JFreeChart c;
        Look shown = Look.current();
        boolean otherTheme = look.theme() != null && look.theme() != shown.theme();
        // cloned in the export's look: a part that makes itself anew when cloned (a band chart's key) takes it
        if (otherTheme) {
            Look.use(new Look(look.theme(), shown.scale()));
        }
        try {
            try {
                c = (JFreeChart) chart.clone();
            } catch (CloneNotSupportedException | RuntimeException e) {
                return chart;
            }
            copyData(c.getPlot());
            ownLegends(c);
            if (otherTheme) {
                ChartStyle.apply(c);
            }
        } finally {
            Look.use(shown);
        }
        if (look.transparent()) {
            c.setBackgroundPaint(null);
            c.getPlot().setBackgroundPaint(null);
            LegendTitle legend = c.getLegend();
            if (legend != null) {
                legend.setBackgroundPaint(null);
            }
        }
        return c;
    }

    // a cloned legend shares its item container with the live one (and asks the live plot for its items):
    // each copy gets a legend of its own, styled as the live one
    private static void ownLegends(JFreeChart c) {
        for (int i = 0; i < c.getSubtitleCount(); i++) {
            if (c.getSubtitle(i) instanceof LegendTitle old) {
                LegendTitle l = new LegendTitle(c.getPlot());
                l.setItemFont(old.getItemFont());
                l.setItemPaint(old.getItemPaint());
                l.setBackgroundPaint(old.getBackgroundPaint());
                l.setPosition(old.getPosition());
                l.setFrame(old.getFrame());
                l.setMargin(old.getMargin());
                l.setPadding(old.getPadding());
                l.setHorizontalAlignment(old.getHorizontalAlignment());
                l.setVerticalAlignment(old.getVerticalAlignment());
                l.setItemLabelPadding(old.getItemLabelPadding());
                l.setLegendItemGraphicPadding(old.getLegendItemGraphicPadding());
                l.setVisible(old.isVisible());
                c.removeSubtitle(old);
                c.addSubtitle(i, l);
            }
        }
    }

    // the copied plot still points at the live datasets: give it copies (and stop listening to the live ones)
    private static void copyData(Plot plot) {
        if (plot instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                XYDataset d = xy.getDataset(i);
                if (d instanceof PublicCloneable pc) {
                    try {
                        xy.setDataset(i, (XYDataset) pc.clone());
                    } catch (CloneNotSupportedException | RuntimeException e) {
                        d.removeChangeListener(xy);
                    }
                } else if (d != null) {
                    d.removeChangeListener(xy);
                }
            }
        } else if (plot instanceof CategoryPlot cat) {
            for (int i = 0; i < cat.getDatasetCount(); i++) {
                CategoryDataset d = cat.getDataset(i);
                if (d instanceof PublicCloneable pc) {
                    try {
                        cat.setDataset(i, (CategoryDataset) pc.clone());
                    } catch (CloneNotSupportedException | RuntimeException e) {
                        d.removeChangeListener(cat);
                    }
                } else if (d != null) {
                    d.removeChangeListener(cat);
                }
            }
        }
    }
}
