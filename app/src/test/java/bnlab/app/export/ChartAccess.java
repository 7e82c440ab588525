package bnlab.app.export;

import bnlab.app.curves.TrainingCurvesView;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/** The charts of a view, in the order the view draws them (found as an export finds them). */
final class ChartAccess {
    private ChartAccess() {
    }

    static JFreeChart[] curves(TrainingCurvesView v) {
        return ChartViewers.in(v.node()).stream().map(ChartViewer::getChart).toArray(JFreeChart[]::new);
    }
}
