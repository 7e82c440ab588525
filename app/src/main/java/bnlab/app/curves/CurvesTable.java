package bnlab.app.curves;

import bnlab.app.TableCsv;
import bnlab.app.export.SeriesCsv;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.TwinState;

import java.util.List;

/**
 * The training curves' CSV, from the engine's history rather than from the charts: a row per recorded step (every
 * step up to the history's 1000 rows, then every 2nd, 4th, ...), not the points drawn, which are one summary per few
 * pixel columns and so depended on the window's width (a speaker's 500-step run and 300-step run gave the same
 * 212 rows). Columns as every chart's CSV ({@link SeriesCsv#HEADER}): the loss per step, the test accuracy (and the
 * training set's in eval mode) per evaluation, and the percentile band as its median with y_low and y_high the
 * 15th and 85th percentiles, or (where the view shows it instead) the loss along the gradient as the loss at theta
 * with y_low and y_high the least and greatest loss a step reached, or the gradient's change and effective smoothness
 * along it.
 */
final class CurvesTable {
    private static final int NONE = -1;

    private CurvesTable() {
    }

    static String of(Snapshot s, Lower lower) {
        TableCsv.Rows rows = new TableCsv.Rows(SeriesCsv.HEADER);
        TwinState[] twins = {s.normalized(), s.plain()};
        String[] names = {I18n.get("twin.normalized", bnlab.app.i18n.NormWords.of(s)), I18n.get("twin.plain")};
        String loss = I18n.get("curves.loss");
        String accuracy = I18n.get("curves.accuracy");
        for (int t = 0; t < 2; t++) {
            add(rows, loss, names[t], twins[t].history().loss(), TwinHistory.LOSS, NONE, NONE);
        }
        for (int t = 0; t < 2; t++) {
            Series a = twins[t].history().accuracy();
            add(rows, accuracy, names[t], a, TwinHistory.TEST, NONE, NONE);
            add(rows, accuracy, I18n.get("curves.trainSeries", names[t]), a, TwinHistory.TRAIN_EVAL_MODE, NONE, NONE);
        }
        for (int t = 0; lower == Lower.BANDS && t < 2; t++) {
            add(rows, TrainingCurvesView.bandTitle(s, t == 0), names[t], twins[t].history().percentiles(),
                    TwinHistory.P50, TwinHistory.P15, TwinHistory.P85);
        }
        for (int t = 0; lower == Lower.PATH_LOSS && t < 2; t++) {
            add(rows, TrainingCurvesView.pathTitle(s, t == 0), names[t], twins[t].history().path(),
                    TwinHistory.PATH_LOSS, TwinHistory.PATH_MIN, TwinHistory.PATH_MAX);
        }
        for (int c : new int[] {TwinHistory.PATH_GRAD_CHANGE, TwinHistory.PATH_SMOOTHNESS}) {
            for (int t = 0; lower == Lower.PATH_GRADIENT && t < 2; t++) {
                add(rows, GradientCharts.title(c), names[t], twins[t].history().path(), c, NONE, NONE);
            }
        }
        return rows.text();
    }

    // a row per recorded step of one series: column y, and the band's columns low and high (NONE: empty)
    private static void add(TableCsv.Rows rows, String chart, String series, Series h, int y, int low, int high) {
        for (int r = 0; r < h.size(); r++) {
            rows.add(row(chart, series, h.x(r), h.y(y, r), low == NONE ? Double.NaN : h.y(low, r),
                    high == NONE ? Double.NaN : h.y(high, r)));
        }
    }

    private static List<String> row(String chart, String series, double x, double y, double low, double high) {
        return List.of(SeriesCsv.quote(chart), SeriesCsv.quote(series), SeriesCsv.number(x), SeriesCsv.number(y),
                SeriesCsv.number(low), SeriesCsv.number(high), "");
    }
}
