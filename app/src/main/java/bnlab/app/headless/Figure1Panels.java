package bnlab.app.headless;

import bnlab.app.MainWindow;
import bnlab.app.curves.TrainingCurvesView;
import bnlab.app.export.ExportFormat;
import bnlab.app.export.ExportLook;
import bnlab.app.export.ExportSize;
import bnlab.app.export.Exporter;
import bnlab.app.export.ThemeSwitch;
import bnlab.app.i18n.Fonts;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Series;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinHistory;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three panels of Figure 1, drawn by the training-curves view from the run's last snapshot, side by
 * side as in the paper (figure1.*) and each alone (figure1-a.* ...), and their numbers (figure1.csv).
 * FX thread.
 */
final class Figure1Panels {
    /** Each panel's size in layout pixels (the PNG is twice that). */
    static final int WIDTH = 600;
    static final int HEIGHT = 450;
    /** The accuracy axis starts at a round value below the lowest accuracy after this share of the run. */
    static final double SETTLED = 0.02;

    private Figure1Panels() {
    }

    static List<Path> write(Snapshot s, Path out, List<ExportFormat> formats) throws ProblemException {
        Fonts.registerFx();
        Fonts.registerAwt();
        Look.use(new Look(Theme.LIGHT, 1.0));
        TrainingCurvesView view = new TrainingCurvesView();
        view.show(s);
        List<JFreeChart> charts = view.figure1Panels();
        String[] keys = {"figure1.a", "figure1.b", "figure1.c"};
        List<ChartViewer> viewers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JFreeChart c = charts.get(i);
            c.getTitle().setText(I18n.get(keys[i], I18n.label(s.normalized().norm())));
            ChartViewer v = new ChartViewer(c);
            v.setPrefSize(WIDTH, HEIGHT);
            v.setMinSize(WIDTH, HEIGHT);
            viewers.add(v);
        }
        accuracyRange(charts.get(0), s);
        // (a) names the twins (in the view, one legend above the loss and accuracy charts does)
        JFreeChart a = charts.get(0);
        if (a.getLegend() == null) {
            a.addLegend(new org.jfree.chart.title.LegendTitle(a.getPlot()));
            bnlab.app.style.ChartStyle.apply(a);
        }
        HBox figure = new HBox(viewers.toArray(ChartViewer[]::new));
        figure.setStyle("-fx-background-color: white;");
        Stage stage = new Stage();
        Scene scene = new Scene(figure, 3 * WIDTH, HEIGHT);
        scene.getStylesheets().add(MainWindow.stylesheet());
        stage.setScene(scene);
        stage.show();
        figure.applyCss();
        figure.layout();
        List<Path> written = new ArrayList<>();
        ExportLook look = new ExportLook(Theme.LIGHT, false);
        try {
            for (ExportFormat f : formats) {
                Path file = out.resolve("figure1." + f.extension());
                Exporter.write(figure, f, ExportSize.times(2), look, ThemeSwitch.NONE, file);
                written.add(file);
                if (f != ExportFormat.CSV) {
                    for (int i = 0; i < 3; i++) {
                        Path panel = out.resolve("figure1-" + (char) ('a' + i) + "." + f.extension());
                        Exporter.write(viewers.get(i), f, ExportSize.times(2), look, ThemeSwitch.NONE, panel);
                        written.add(panel);
                    }
                }
            }
        } finally {
            stage.close();
        }
        return written;
    }

    // (a) as in the paper: from a round value under the accuracies once training has settled, to 1
    private static void accuracyRange(JFreeChart accuracy, Snapshot s) {
        double lowest = 1;
        for (Series a : List.of(s.normalized().history().accuracy(), s.plain().history().accuracy())) {
            for (int i = 0; i < a.size(); i++) {
                if (a.x(i) >= SETTLED * s.step() && Double.isFinite(a.y(TwinHistory.TEST, i))) {
                    lowest = Math.min(lowest, a.y(TwinHistory.TEST, i));
                }
            }
        }
        double floor = Math.max(0, Math.floor(lowest * 20 - 1e-9) / 20);
        ((NumberAxis) accuracy.getXYPlot().getRangeAxis()).setRange(Math.min(floor, 0.95), 1.0);
    }
}
