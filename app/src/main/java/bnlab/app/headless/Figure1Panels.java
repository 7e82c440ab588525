package bnlab.app.headless;

import bnlab.app.MainWindow;
import bnlab.app.curves.Figure1Charts;
import bnlab.app.export.ExportFormat;
import bnlab.app.export.ExportLook;
import bnlab.app.export.ExportSize;
import bnlab.app.export.Exporter;
import bnlab.app.export.ThemeSwitch;
import bnlab.app.i18n.Fonts;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.RunResult;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The three panels of Figure 1 from a headless run, in the light theme, side by side as in the paper
 * (figure1.png ...) and each alone (figure1-a.png ...). FX thread.
 */
final class Figure1Panels {
    /** Each panel's size in layout pixels (the PNG is twice that). */
    static final int WIDTH = 600;
    static final int HEIGHT = 450;

    private Figure1Panels() {
    }

    /**
     * @param norm    the normalized twin's normalization, worded
     * @param formats image formats (PNG, SVG, PDF); the files written, in their order
     */
    static List<Path> write(RunResult r, String norm, Path out, List<ExportFormat> formats) throws ProblemException {
        Fonts.registerFx();
        Fonts.registerAwt();
        Look.use(new Look(Theme.LIGHT, 1.0));
        List<ChartViewer> viewers = new ArrayList<>();
        for (JFreeChart c : Figure1Charts.of(r, norm, WIDTH)) {
            ChartViewer v = bnlab.app.style.Viewers.of(c);
            v.setPrefSize(WIDTH, HEIGHT);
            v.setMinSize(WIDTH, HEIGHT);
            viewers.add(v);
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
                for (int i = 0; i < 3; i++) {
                    Path panel = out.resolve("figure1-" + (char) ('a' + i) + "." + f.extension());
                    Exporter.write(viewers.get(i), f, ExportSize.times(2), look, ThemeSwitch.NONE, panel);
                    written.add(panel);
                }
            }
        } finally {
            stage.close();
        }
        return written;
    }
}
