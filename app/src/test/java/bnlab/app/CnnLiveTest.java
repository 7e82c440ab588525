package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The CNN option on the real engine: chosen in the control panel it rebuilds both twins as CNNs that
 * train, and every view fills, the Live tab's per channel and the CNN tab's feature maps and block.
 * Writes the window's tabs as PNGs under target/cnn-shots (to look at) in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class CnnLiveTest {
    private static LessonHarness h;
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeAll
    static void engine() {
        h = new LessonHarness();
    }

    @AfterAll
    static void close() {
        h.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    // non-background pixels of a node as drawn now
    private int inked(Node n) {
        int[] count = new int[1];
        robot.interact(() -> {
            WritableImage img = n.snapshot(null, null);
            var px = img.getPixelReader();
            int bg = px.getArgb(0, 0);
            for (int y = 0; y < (int) img.getHeight(); y += 2) {
                for (int x = 0; x < (int) img.getWidth(); x += 2) {
                    count[0] += px.getArgb(x, y) != bg ? 1 : 0;
                }
            }
        });
        return count[0];
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(Path.of("target", "cnn-shots"));
        robot.interact(() -> {
            WritableImage img = stage.getScene().snapshot(null);
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", new File("target/cnn-shots/" + name + ".png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private Snapshot trainCnn(NormKind norm) {
        robot.interact(() -> h.window.controls().model().experiment().rebuildWith(
                ExperimentSpec.cnnDefaults().withNorm(norm, ExperimentSpec.cnnDefaults().placement())));
        h.await(s -> s.spec().arch() == ArchKind.CNN && s.spec().norm() == norm && s.step() == 0, 60, "CNN twins");
        h.session.send(new Command.Play());
        Snapshot s = h.await(x -> x.step() >= 150 && x.normalized().evalStep() >= 100
                && !x.normalized().layers().isEmpty(), 120, "CNN training");
        h.session.send(new Command.Pause());
        s = h.await(x -> !x.playing(), 30, "paused");
        h.flush();
        return s;
    }

    @Test
    void theCnnOptionTrainsAndEveryViewFillsPerChannel() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            for (int[] size : new int[][] {{1920, 1080}, {1280, 720}}) {
                h.show(stage, locale, size[0], size[1]);
                String tag = locale.getLanguage() + "-" + size[0] + "x" + size[1];
                // the user's way: the architecture chooser
                robot.interact(() -> h.window.controls().model().experiment().rebuildWith(ExperimentSpec.defaults()));
                h.await(s -> s.spec().arch() == ArchKind.MLP, 60, "MLP first");
                h.flush();
                robot.interact(() -> { ComboBox<ArchKind> arch = robot.lookup("#arch").query(); arch.setValue(ArchKind.CNN); });
                Snapshot s = h.await(x -> x.spec().equals(ExperimentSpec.cnnDefaults()), 60, "the CNN option");
                h.session.send(new Command.Play());
                s = h.await(x -> x.step() >= 150 && x.normalized().evalStep() >= 100, 120, "CNN training");
                h.session.send(new Command.Pause());
                s = h.await(x -> !x.playing(), 30, "paused");
                h.flush();
                assertTrue(s.normalized().testAcc() > 0.5, "the CNN learns: test accuracy " + s.normalized().testAcc());
                LayerProbe p = s.normalized().layers().get(0);
                assertEquals(8, p.block().channels());
                assertEquals(8 * 8, p.block().positions(), "block 1 keeps the 8 x 8 image");
                assertNotNull(p.maps());
                for (SnapshotView v : h.window.liveViews()) {
                    h.scrollToAndFlush(v.node());
                    assertTrue(h.window.pump().versionShown(v) >= s.version(), v.getClass().getSimpleName());
                    assertTrue(inked(v.node()) > 2000, v.getClass().getSimpleName() + " looks empty");
                }
                // a unit is a channel: the choosers of histograms and running statistics say so
                String channel = I18n.get("view.unit.cnn");
                assertTrue(robot.lookup(n -> n instanceof Label l && channel.equals(l.getText())).queryAll().size() >= 2,
                        "the unit choosers' labels say channel");
                // and the saturation view's per-layer charts count conv blocks, not hidden layers
                List<String> layerAxes = new java.util.ArrayList<>();
                robot.interact(() -> robot.lookup(n -> n instanceof org.jfree.chart.fx.ChartViewer).queryAll()
                        .forEach(n -> {
                            org.jfree.chart.plot.Plot plot = ((org.jfree.chart.fx.ChartViewer) n).getChart().getPlot();
                            if (plot instanceof org.jfree.chart.plot.CategoryPlot c) {
                                layerAxes.add(c.getDomainAxis().getLabel());
                            } else if (plot instanceof org.jfree.chart.plot.CombinedDomainXYPlot c) {
                                layerAxes.add(c.getDomainAxis().getLabel());
                            }
                        }));
                assertEquals(2, layerAxes.stream().filter(I18n.get("saturation.hiddenLayer.cnn")::equals).count(),
                        "conv block on both saturation axes: " + layerAxes);
                assertFalse(layerAxes.contains(I18n.get("saturation.hiddenLayer")), layerAxes.toString());
                shot("live-" + tag);
                robot.interact(() -> h.window.tabs().getSelectionModel().select(3));
                h.flush();
                for (SnapshotView v : h.window.cnnViews()) {
                    assertTrue(h.window.pump().versionShown(v) >= s.version(), v.getClass().getSimpleName());
                    assertTrue(inked(v.node()) > 2000, v.getClass().getSimpleName() + " looks empty");
                }
                shot("cnn-tab-" + tag);
                robot.interact(() -> h.window.tabs().getSelectionModel().select(0));
            }
        }
        System.out.println("cnn-live: screenshots in target/cnn-shots");
    }

    @Test
    void everyConvNormalizationTrainsAndItsViewsFill() throws Exception {
        h.show(stage, Locale.ENGLISH, 1920, 1080);
        List<String> seen = new ArrayList<>();
        for (NormKind k : new NormKind[] {NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP}) {
            Snapshot s = trainCnn(k);
            assertNull(s.problem(), k + ": " + s.problem());
            robot.interact(() -> h.window.tabs().getSelectionModel().select(3));
            h.flush();
            for (SnapshotView v : h.window.cnnViews()) {
                assertTrue(inked(v.node()) > 2000, k + ": " + v.getClass().getSimpleName() + " looks empty");
            }
            shot("cnn-tab-" + k);
            seen.add(k + " " + s.normalized().testAcc());
        }
        System.out.println("cnn-live: test accuracy after the run: " + seen);
    }

    /**
     * An MLP on the feature-maps tab: its button switches both twins to the CNN's first experiment (the seed
     * kept) and the maps fill.
     */
    @Test
    void theFeatureMapsTabSwitchesAnMlpToTheCnn() throws Exception {
        h.show(stage, Locale.ENGLISH, 1920, 1080);
        robot.interact(() -> h.window.controls().model().experiment().rebuildWith(ExperimentSpec.defaults().withSeed(7)));
        h.await(s -> s.spec().arch() == ArchKind.MLP && s.spec().seed() == 7, 60, "MLP first");
        robot.interact(() -> h.window.tabs().getSelectionModel().select(3));
        h.flush();
        robot.clickOn("#fm-use-cnn");
        Snapshot s = h.await(x -> x.spec().arch() == ArchKind.CNN && x.normalized().layers().get(0).maps() != null, 60,
                "the CNN's maps");
        assertEquals(ExperimentSpec.cnnDefaults().withSeed(7), s.spec());
        h.flush();
        assertFalse(robot.lookup("#fm-use-cnn").query().isVisible(), "maps show: no switch");
        assertFalse(robot.lookup("#fm-message").query().isVisible());
        shot("cnn-tab-switched");
    }
}
