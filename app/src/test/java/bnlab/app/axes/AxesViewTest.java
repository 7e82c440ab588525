package bnlab.app.axes;

import bnlab.app.histograms.PngSnapshots;
import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The axes view on the hand-made batch: the numbers a class checks with a calculator, which
 * statistics each normalization shows, the batch of one, the lesson options, and the live part.
 */
@ExtendWith(ApplicationExtension.class)
class AxesViewTest {
    private AxesView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        build(1600, 1000);
    }

    private void build(int w, int h) {
        view = new AxesView();
        stage.setScene(new Scene((Parent) view.node(), w, h));
        stage.show();
    }

    @AfterEach
    void lightEnglish() {
        javafx.application.Application.setUserAgentStylesheet(null);
        Look.use(new Look(Theme.LIGHT, 1.0));
        I18n.setLocale(Locale.ENGLISH);
    }

    private String text(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).query();
        assertNotNull(n, id);
        return ((Label) n).getText();
    }

    private boolean shown(FxRobot robot, String id) {
        Node n = robot.lookup("#" + id).tryQuery().orElse(null);
        while (n != null) {
            if (!n.isVisible()) {
                return false;
            }
            n = n.getParent();
        }
        return robot.lookup("#" + id).tryQuery().isPresent();
    }

    /**
     * Lesson 10 step 3 at 1280 x 720 (the view about 880 x 600): the two results (421 and 415 px wide) stood one
     * under the other below the batch, neither in sight. Their cells are narrower now, so they sit side by side, and
     * with "focus": "results" the view scrolls to them: both tables in sight together.
     */
    @Test
    void bothResultsInSightTogetherInALessonsSmallView(FxRobot robot) {
        robot.interact(() -> {
            build(880, 600);
            // the window's own styles: its font makes the tables wider than JavaFX's default
            view.node().getScene().getStylesheets().add(bnlab.app.MainWindow.stylesheet());
            ((javafx.scene.Parent) view.node()).setStyle(Look.current().rootStyle());
        });
        robot.interact(() -> view.configure(Map.of("norm", "BOTH", "focus", "results")));
        robot.interact(() -> { });
        robot.interact(() -> { });
        robot.interact(() -> {
            javafx.geometry.Bounds port = view.scroll.localToScene(view.scroll.getLayoutBounds());
            for (String id : List.of("axes-bn-result", "axes-ln-result")) {
                Node box = robot.lookup("#" + id).query();
                javafx.geometry.Bounds b = box.localToScene(box.getLayoutBounds());
                assertTrue(b.getMinY() >= port.getMinY() - 1 && b.getMaxY() <= port.getMaxY() + 1,
                        id + " at " + b + ", the view shows " + port.getMinY() + ".." + port.getMaxY()
                                + ", tables " + ((javafx.scene.layout.Region) robot.lookup("#axes-bn").query()).getWidth()
                                + " and " + ((javafx.scene.layout.Region) robot.lookup("#axes-ln").query()).getWidth());
            }
        });
        // "top": the view at its top again
        robot.interact(() -> view.configure(Map.of("focus", "top")));
        robot.interact(() -> { });
        assertEquals(0, view.scroll.getVvalue(), 1e-9);
    }

    /**
     * Each result's heading wraps within its table's width in even lines: in lesson 10 at 1280 x 720 (the view about
     * 880 wide) "BatchNorm：每一列（每个特征）在小批量上归一" stood over "化" alone. In both languages, at the lesson's size and
     * a narrower one, no heading that wraps leaves one character (Chinese) or one word (English) on its last line.
     */
    @Test
    void theResultsHeadingsWrapEvenly(FxRobot robot) {
        int wrapped = 0;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            for (int width : new int[]{880, 700}) {
                robot.interact(() -> {
                    I18n.setLocale(locale);
                    build(width, 600);
                    view.node().getScene().getStylesheets().add(bnlab.app.MainWindow.stylesheet());
                    ((javafx.scene.Parent) view.node()).setStyle(Look.current().rootStyle());
                });
                robot.interact(() -> view.configure(Map.of("norm", "BOTH")));
                robot.interact(() -> { });
                robot.interact(() -> { });
                for (String id : List.of("axes-bn-result", "axes-ln-result")) {
                    List<String> lines = new java.util.ArrayList<>();
                    robot.interact(() -> {
                        javafx.scene.layout.VBox box = robot.lookup("#" + id).query();
                        Label heading = (Label) box.getChildren().get(0);
                        assertEquals(I18n.get(id.equals("axes-bn-result") ? "axes.result.batch" : "axes.result.layer"),
                                bnlab.app.style.Balanced.text(heading));
                        Region table = (Region) box.getChildren().get(3);
                        assertTrue(heading.getWidth() <= table.getWidth() + 1, "within the table's width");
                        lines.addAll(bnlab.app.TextLines.of((javafx.scene.text.Text) heading.lookup(".text")));
                    });
                    String last = lines.get(lines.size() - 1).strip();
                    if (lines.size() > 1) {
                        wrapped++;
                        boolean one = locale == Locale.ENGLISH ? !last.contains(" ")
                                : last.codePointCount(0, last.length()) < 2;
                        assertFalse(one, locale + " at " + width + " px, " + id + ": " + lines);
                    }
                }
            }
        }
        assertTrue(wrapped > 0, "some heading wraps");
    }

    /** The whole-number statistics of the hand-made batch (HandBatch's table), under and beside it. */
    @Test
    void handMadeBatchHasTheStatisticsAClassComputes(FxRobot robot) {
        String[] colMean = {"2", "3", "4", "5", "6"};
        String[] colVar = {"4", "5", "9", "10", "12"};
        for (int j = 0; j < 5; j++) {
            assertEquals(colMean[j], text(robot, "axes-input-colMean-" + j));
            assertEquals(colVar[j], text(robot, "axes-input-colVar-" + j));
        }
        String[] rowMean = {"2", "6", "4", "4"};
        String[] rowVar = {"2", "10", "10", "10"};
        for (int i = 0; i < 4; i++) {
            assertEquals(rowMean[i], text(robot, "axes-input-rowMean-" + i));
            assertEquals(rowVar[i], text(robot, "axes-input-rowVar-" + i));
        }
        assertEquals("7", text(robot, "axes-input-r1-c2"));
        // x_hat by hand: (1 - 4) / sqrt(9 + 1e-5) = -1.000 (BN, feature 3);  (4 - 2) / sqrt(2) = 1.414 (LN, sample 1)
        assertEquals("-1", text(robot, "axes-bn-r0-c2"));
        assertEquals("-0.4472", text(robot, "axes-bn-r0-c1")); // (2 - 3) / sqrt(5)
        assertEquals("1.414", text(robot, "axes-ln-r0-c0"));
        assertEquals("-1.897", text(robot, "axes-ln-r1-c0")); // (0 - 6) / sqrt(10)
    }

    /** BN's result: every column 0 and 1, the rows not; LN's the other way round. */
    @Test
    void eachResultIsZeroAndOneAlongItsOwnAxisOnly(FxRobot robot) {
        for (int j = 0; j < 5; j++) {
            assertEquals("0", text(robot, "axes-bn-colMean-" + j));
            assertEquals("1", text(robot, "axes-bn-colVar-" + j));
        }
        for (int i = 0; i < 4; i++) {
            assertEquals("0", text(robot, "axes-ln-rowMean-" + i));
            assertEquals("1", text(robot, "axes-ln-rowVar-" + i));
            assertFalse(text(robot, "axes-bn-rowVar-" + i).equals("1"), "BN leaves row " + i + " unnormalized");
        }
        assertEquals("-0.5623", text(robot, "axes-bn-rowMean-0"));
        assertEquals(I18n.get("axes.caption.batch"), text(robot, "axes-bn-caption"));
        assertFalse(text(robot, "axes-ln-colVar-2").equals("1"));
    }

    /**
     * The view's CSV: the hand-made batch value by value with x_hat under each normalization shown; BatchNorm's column
     * means 0 and LayerNorm's row means 0, worked out from the file as a class would in a spreadsheet; a batch of 2
     * has 10 rows, and LayerNorm alone has no BatchNorm column.
     */
    @Test
    void theCsvIsTheBatchWithEachNormalizationsResult(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("norm", "BOTH", "batch", 4)));
        bnlab.app.CsvText t = bnlab.app.CsvText.of(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> bnlab.app.TableCsv.in(view.node())));
        assertEquals(java.util.List.of("sample", "feature", "x", "x_hat_batchnorm", "x_hat_layernorm"), t.header());
        assertEquals(20, t.rows().size());
        double[] columnSums = new double[5];
        double[] rowSums = new double[4];
        double x = 0;
        for (java.util.List<String> r : t.rows()) {
            int i = Integer.parseInt(r.get(0)) - 1;
            int j = Integer.parseInt(r.get(1)) - 1;
            x += Double.parseDouble(r.get(2));
            columnSums[j] += Double.parseDouble(r.get(3));
            rowSums[i] += Double.parseDouble(r.get(4));
        }
        assertEquals(80, x, 0, "the batch adds up to 4 x (2 + 3 + 4 + 5 + 6)");
        for (double c : columnSums) {
            assertEquals(0, c, 1e-12, "BatchNorm: every column's mean 0");
        }
        for (double r : rowSums) {
            assertEquals(0, r, 1e-12, "LayerNorm: every row's mean 0");
        }
        robot.interact(() -> view.configure(Map.of("norm", "LAYER", "batch", 2)));
        t = bnlab.app.CsvText.of(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.TableCsv.in(view.node())));
        assertEquals(java.util.List.of("sample", "feature", "x", "x_hat_layernorm"), t.header());
        assertEquals(10, t.rows().size());
    }

    @Test
    void optionsChooseTheNormalizationTheBatchAndTheHighlights(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("norm", "LAYER", "row", 2, "column", 4, "unknown", true)));
        assertFalse(shown(robot, "axes-bn-result"));
        assertTrue(shown(robot, "axes-ln-result"));
        assertTrue(robot.lookup("#axes-input-colMean-0").tryQuery().isEmpty(), "LN only: no column statistics");
        assertTrue(((ToggleButton) robot.lookup("#axes-shown-LAYER").query()).isSelected());
        assertEquals(I18n.get("axes.readout.layer", 2, "6", "10", 5), text(robot, "axes-ln-readout"));
        robot.interact(() -> view.configure(Map.of("norm", "batch", "column", 4)));
        assertTrue(shown(robot, "axes-bn-result"));
        assertFalse(shown(robot, "axes-ln-result"));
        assertEquals(I18n.get("axes.readout.batch", 4, "5", "10", 4), text(robot, "axes-bn-readout"));
        robot.interact(() -> view.configure(Map.of("norm", "nonsense", "column", 99, "batch", 3)));
        assertEquals(AxesModel.Shown.BATCH, view.model().shown(), "an unknown choice leaves the view");
        assertEquals(4, view.model().column(), "clamped to feature 5");
        assertEquals(3, view.model().batch());
        assertTrue(robot.lookup("#axes-input-r3-c0").tryQuery().isEmpty(), "a batch of 3 has 3 rows");
    }

    @Test
    void clickingACellMovesBothHighlights(FxRobot robot) {
        robot.clickOn("#axes-input-r2-c3");
        assertEquals(3, view.model().column());
        assertEquals(2, view.model().row());
        assertEquals(I18n.get("axes.readout.batch", 4, "5", "10", 4), text(robot, "axes-bn-readout"));
        assertEquals(I18n.get("axes.readout.layer", 3, "4", "10", 5), text(robot, "axes-ln-readout"));
    }

    @Test
    void theBarSetsTheNormalizationAndTheBatch(FxRobot robot) {
        robot.clickOn("#axes-shown-BATCH");
        assertEquals(AxesModel.Shown.BATCH, view.model().shown());
        assertFalse(shown(robot, "axes-ln-result"));
        robot.clickOn("#axes-shown-BATCH"); // clicking the chosen one again keeps it
        assertEquals(AxesModel.Shown.BATCH, view.model().shown());
        assertTrue(((ToggleButton) robot.lookup("#axes-shown-BATCH").query()).isSelected());
        robot.interact(() -> view.bar.batchChooser.setValue(2));
        assertEquals(2, view.model().batch());
        assertEquals("4", text(robot, "axes-input-colVar-0"), "samples 1 and 2 of feature 1: 4 and 0");
    }

    /** A batch of one: every column's variance 0 and BN's x_hat 0 whatever x; LN's row still 0 and 1. */
    @Test
    void aBatchOfOneLeavesBatchNormNothingAndLayerNormWorks(FxRobot robot) {
        assertFalse(shown(robot, "axes-one-note"));
        robot.interact(() -> view.configure(Map.of("batch", 1)));
        assertTrue(shown(robot, "axes-one-note"));
        for (int j = 0; j < 5; j++) {
            assertEquals("0", text(robot, "axes-input-colVar-" + j));
            assertEquals("0", text(robot, "axes-bn-r0-c" + j));
        }
        assertEquals("0", text(robot, "axes-ln-rowMean-0"));
        assertEquals("1", text(robot, "axes-ln-rowVar-0"));
        assertEquals("1.414", text(robot, "axes-ln-r0-c0"));
        assertEquals(I18n.get("axes.caption.batch.one"), text(robot, "axes-bn-caption"), "no claim of variance 1");
        assertEquals(I18n.get("axes.caption.layer"), text(robot, "axes-ln-caption"));
        robot.interact(() -> view.configure(Map.of("norm", "LAYER")));
        assertFalse(shown(robot, "axes-one-note"), "the note is about BatchNorm");
    }

    @Test
    void livePartShowsWhatTheEngineReports(FxRobot robot) {
        assertEquals(I18n.get("axes.live.waiting"), text(robot, "axes-live-heading"));
        Snapshot s = SnapshotFixtures.snapshot(20, TrainSettings.defaults().withProbeUnit(0));
        robot.interact(() -> view.show(s));
        assertEquals(I18n.get("axes.live.heading", I18n.label(s.normalized().norm()), I18n.trainingStep(20), 60), text(robot, "axes-live-heading"));
        assertEquals(bnlab.app.i18n.Numbers.format(SnapshotFixtures.batchMean(0, 20)), text(robot, "axes-live-mean-0"));
        // the fixture's x_hat is N(0, 1)
        assertEquals(I18n.get("axes.live.xhat.batch", 1, "0", "1"), text(robot, "axes-live-xhat"));
        assertEquals(I18n.get("axes.live.modes.batch", "90%", bnlab.app.i18n.Numbers.percent(0.9 - SnapshotFixtures.gap(20))),
                text(robot, "axes-live-modes"));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(21)));
        assertEquals(I18n.get("axes.live.pooled"), text(robot, "axes-live-xhat"), "pooled histograms: no column");
        robot.interact(() -> view.configure(Map.of("layer", 3)));
        assertEquals(2, view.live.layerChooser.getValue());
        robot.interact(() -> view.show(SnapshotFixtures.empty()));
        assertEquals(I18n.get("axes.live.waiting"), text(robot, "axes-live-heading"));
    }

    @Test
    void rendersInBothThemesAndLanguages(FxRobot robot) {
        new File("target/axes").mkdirs();
        Snapshot s = SnapshotFixtures.snapshot(20, TrainSettings.defaults().withProbeUnit(0));
        Object[][] cases = {{Theme.LIGHT, Locale.ENGLISH, 1600, 1000, "light-en"}, {Theme.LIGHT, Locale.ENGLISH, 880,
                560, "small-en"}, {Theme.DARK, Locale.SIMPLIFIED_CHINESE, 1600, 1000, "dark-zh"}};
        for (Object[] c : cases) {
            robot.interact(() -> {
                Look.use(new Look((Theme) c[0], 1.0));
                I18n.setLocale((Locale) c[1]);
                build((Integer) c[2], (Integer) c[3]);
                javafx.application.Application.setUserAgentStylesheet(c[0] == Theme.DARK
                        ? new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet() : null);
                stage.getScene().getStylesheets().add(bnlab.app.MainWindow.stylesheet());
                if (c[0] == Theme.DARK) {
                    stage.getScene().getStylesheets().add(bnlab.app.MainWindow.class.getResource("app-dark.css")
                            .toExternalForm());
                }
                view.show(s);
            });
            java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage> img = new java.util.concurrent.atomic.AtomicReference<>();
            robot.interact(() -> img.set(PngSnapshots.write(view.node(), "target/axes/" + c[4] + ".png")));
            int pixels = img.get().getWidth() * img.get().getHeight();
            int white = PngSnapshots.count(img.get(), java.awt.Color.WHITE, 12);
            if (c[0] == Theme.DARK) {
                assertTrue(white < pixels / 200, c[4] + ": no white ground in the dark theme, " + white + " white pixels");
            } else {
                // BatchNorm's highlighted column: Okabe-Ito blue at 30 % over white
                assertTrue(PngSnapshots.count(img.get(), new java.awt.Color(179, 213, 233), 4) > 200, c[4] + ": the column wash");
                assertTrue(white > pixels / 2, c[4] + ": the light theme's ground");
            }
        }
        robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(null));
    }
}
