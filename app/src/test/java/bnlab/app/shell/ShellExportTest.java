package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import bnlab.app.export.ExportFormat;
import bnlab.app.export.ExportLook;
import bnlab.app.export.ExportSize;
import bnlab.app.export.Exporter;
import bnlab.app.export.WindowExports;
import bnlab.app.style.Theme;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window's Export in the other theme: the picture is dark, the window stays light. */
@ExtendWith(ApplicationExtension.class)
class ShellExportTest {
    private Shell shell;
    private Scene scene;

    @Start
    void start(Stage stage) {
        shell = new Shell(stage, new FakeSession(), WindowFixture.SOURCE, Executors.newSingleThreadExecutor(),
                LoadedData.of(WindowFixture.TINY), null, new UiPrefs(Locale.ENGLISH, Theme.LIGHT, 1.0, true),
                p -> { });
        scene = new Scene(shell.root(), 1600, 1000);
        shell.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aDarkPictureOfALightWindow(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "export-test", "shell"));
        Node view = shell.window().liveViews().get(2).node();
        List<String> sheets = List.copyOf(scene.getStylesheets());
        AtomicReference<Exception> error = new AtomicReference<>();
        robot.interact(() -> {
            try {
                for (Theme t : Theme.values()) {
                    Exporter.write(view, ExportFormat.PNG, ExportSize.times(1), new ExportLook(t, false),
                            WindowExports.themes(), dir.resolve(t + ".png"));
                }
            } catch (Exception e) {
                error.set(e);
            }
        });
        assertTrue(error.get() == null, String.valueOf(error.get()));
        double light = luminance(ImageIO.read(dir.resolve("LIGHT.png").toFile()));
        double dark = luminance(ImageIO.read(dir.resolve("DARK.png").toFile()));
        assertTrue(dark < 0.5 * light, "dark " + dark + ", light " + light);
        assertEquals(sheets, scene.getStylesheets(), "the window keeps its theme");
        assertTrue(shell.root().getStyleClass().contains("light"));
    }

    private static double luminance(BufferedImage img) {
        double sum = 0;
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                int p = img.getRGB(x, y);
                sum += 0.299 * ((p >> 16) & 255) + 0.587 * ((p >> 8) & 255) + 0.114 * (p & 255);
            }
        }
        return sum / ((img.getHeight() / 4.0) * (img.getWidth() / 4.0));
    }
}
