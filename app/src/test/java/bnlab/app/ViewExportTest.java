package bnlab.app;

import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class ViewExportTest {
    private StackPane view;

    @Start
    void start(Stage stage) {
        view = new StackPane(new Label("a view"));
        view.setPrefSize(300, 200);
        view.setStyle("-fx-background-color: #0072b2;");
        stage.setScene(new javafx.scene.Scene(view, 300, 200));
        stage.show();
    }

    @Test
    void savesTheViewAtTwiceItsSize(FxRobot robot) throws Exception {
        Path dir = folder("save");
        File file = dir.resolve("view.png").toFile();
        AtomicReference<Exception> error = new AtomicReference<>();
        robot.interact(() -> {
            try {
                ViewExport.savePng(view, file);
            } catch (Exception e) {
                error.set(e);
            }
        });
        assertNull(error.get());
        BufferedImage png = ImageIO.read(file);
        assertNotNull(png);
        assertEquals(600, png.getWidth());
        assertEquals(400, png.getHeight());
        int rgb = png.getRGB(10, 10) & 0xFFFFFF;
        assertEquals(0x0072b2, rgb, "the view's own pixels, not a blank image");
    }

    /** JFreeSVG on the classpath: the charts' context menu offers Export As > SVG. */
    @Test
    void chartsCanBeWrittenAsSvg() throws Exception {
        Path dir = folder("svg");
        assertTrue(org.jfree.chart.util.ExportUtils.isJFreeSVGAvailable());
        org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries("loss");
        s.add(0, 2.3);
        s.add(1, 0.7);
        org.jfree.chart.JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart("Training loss", "step",
                "loss", new org.jfree.data.xy.XYSeriesCollection(s));
        File svg = dir.resolve("chart.svg").toFile();
        org.jfree.chart.util.ExportUtils.writeAsSVG(chart, 400, 300, svg);
        String text = java.nio.file.Files.readString(svg.toPath());
        assertTrue(text.contains("<svg") && text.contains("Training loss"), text.substring(0, Math.min(200, text.length())));
    }

    @Test
    void aFileThatCannotBeWrittenSaysWhy(FxRobot robot) throws Exception {
        Path dir = folder("unwritable");
        File missing = dir.resolve("no-such-folder").resolve("view.png").toFile();
        AtomicReference<Exception> error = new AtomicReference<>();
        robot.interact(() -> {
            try {
                ViewExport.savePng(view, missing);
            } catch (Exception e) {
                error.set(e);
            }
        });
        assertTrue(error.get() instanceof bnlab.engine.api.ProblemException, String.valueOf(error.get()));
        assertEquals(bnlab.engine.api.FileProblem.UNWRITABLE,
                ((bnlab.engine.api.ProblemException) error.get()).problem().code());
    }

    private static Path folder(String name) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(Path.of("target", "view-export", name));
    }
}
