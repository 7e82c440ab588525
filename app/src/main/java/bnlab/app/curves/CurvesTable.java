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
 * with y_low and y_high the least and greatest loss a step reached.
 */
final class CurvesTable {
    private CurvesTable() {
    }

    static String of(Snapshot s, boolean bands, boolean path) {
        TableCsv.Rows rows = new TableCsv.Rows(SeriesCsv.HEADER);
        TwinState[] twins = {s.normalized(), s.plain()};
        String[] names = {I18n.get("twin.normalized", I18n.label(s.normalized().norm())), I18n.get("twin.plain")};
        String loss = I18n.get("curves.loss");
        String accuracy = I18n.get("curves.accuracy");
        for (int t = 0; t < 2; t++) {
            Series l = twins[t].history().loss();
            for (int r = 0; r < l.size(); r++) {
                rows.add(row(loss, names[t], l.x(r), l.y(TwinHistory.LOSS, r), Double.NaN, Double.NaN));
            }
        }
        for (int t = 0; t < 2; t++) {
            Series a = twins[t].history().accuracy();
            String train = I18n.get("curves.trainSeries", names[t]);
            for (int r = 0; r < a.size(); r++) {
                rows.add(row(accuracy, names[t], a.x(r), a.y(TwinHistory.TEST, r), Double.NaN, Double.NaN));
            }
            for (int r = 0; r < a.size(); r++) {
                rows.add(row(accuracy, train, a.x(r), a.y(TwinHistory.TRAIN_EVAL_MODE, r), Double.NaN, Double.NaN));
            }
        }
        for (int t = 0; bands && t < 2; t++) {
            Series p = twins[t].history().percentiles();
            String title = TrainingCurvesView.bandTitle(s, t == 0);
            for (int r = 0; r < p.size(); r++) {
                rows.add(row(title, names[t], p.x(r), p.y(TwinHistory.P50, r), p.y(TwinHistory.P15, r),
                        p.y(TwinHistory.P85, r)));
            }
        }
        for (int t = 0; path && t < 2; t++) {
            Series p = twins[t].history().path();
            String title = TrainingCurvesView.pathTitle(s, t == 0);
            for (int r = 0; r < p.size(); r++) {
                rows.add(row(title, names[t], p.x(r), p.y(TwinHistory.PATH_LOSS, r), p.y(TwinHistory.PATH_MIN, r),
                        p.y(TwinHistory.PATH_MAX, r)));
            }
        }
        return rows.text();
    }

    private static List<String> row(String chart, String series, double x, double y, double low, double high) {
        return List.of(SeriesCsv.quote(chart), SeriesCsv.quote(series), SeriesCsv.number(x), SeriesCsv.number(y),
                SeriesCsv.number(low), SeriesCsv.number(high), "");
    }
}
