package bnlab.app.export;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Theme;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Export dialog offers what fits the format and answers with what was chosen. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    private Region view;

    @Start
    void start(Stage stage) {
        view = new Region();
        view.setPrefSize(800, 500);
        stage.setScene(new Scene(view, 800, 500));
        stage.sizeToScene(); // the stage is shared: an earlier test class may have set its width
        stage.show();
    }

    @Test
    void aPictureOffersSizeThemeAndBackgroundARecordingItsFrames(FxRobot robot) {
        AtomicReference<ExportDialog> d = new AtomicReference<>();
        robot.interact(() -> d.set(new ExportDialog(view, "Histograms", ExportChoices.DEFAULT, true)));
        ExportDialog dialog = d.get();
        robot.interact(() -> dialog.format.setValue(ExportFormat.PNG));
        assertFalse(dialog.factor.isDisabled());
        assertFalse(dialog.theme.isDisabled());
        assertTrue(dialog.fps.isDisabled());
        assertFalse(dialog.fps.isVisible() || dialog.seconds.isVisible() || dialog.frameWidth.isVisible(),
                "a picture's dialog does not show a recording's fields");
        assertFalse(dialog.width.isVisible(), "a width only where the size is a width");
        assertEquals(I18n.get("export.pixels", 1600, 1000), dialog.pixels.getText(), "2x of 800 x 500");
        robot.interact(() -> {
            dialog.factor.setValue(0);
            dialog.width.getValueFactory().setValue(3840);
        });
        assertFalse(dialog.width.isDisabled());
        assertTrue(dialog.width.isVisible());
        assertEquals(I18n.get("export.pixels", 3840, 2400), dialog.pixels.getText());
        robot.interact(() -> dialog.format.setValue(ExportFormat.GIF));
        assertTrue(dialog.factor.isDisabled());
        assertTrue(dialog.theme.isDisabled(), "a recording is in the window's theme");
        assertFalse(dialog.fps.isDisabled());
        assertFalse(dialog.seconds.isDisabled());
        assertTrue(dialog.fps.isVisible() && dialog.seconds.isVisible() && dialog.frameWidth.isVisible());
        robot.interact(() -> dialog.format.setValue(ExportFormat.SVG));
        assertTrue(dialog.factor.isDisabled(), "a vector has no pixel size");
        assertFalse(dialog.transparent.isDisabled());
    }

    /**
     * In Chinese, shown, at type scale 1 and 1.5: no label of the dialog is cut ("最长录制时间（秒）" was cut to
     * "最长录制时间（..."), and every control lies inside the dialog (at 1.5 the width spinner lay past its edge).
     */
    @Test
    void noLabelIsCutInChinese(FxRobot robot) {
        I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        try {
            for (double scale : new double[] {1.0, 1.5}) {
                AtomicReference<ExportDialog> d = new AtomicReference<>();
                robot.interact(() -> {
                    bnlab.app.i18n.Fonts.registerFx();
                    bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, scale));
                    bnlab.app.shell.Shell.style(view.getScene(), Theme.LIGHT); // the window's look
                    d.set(new ExportDialog(view, "\u76f4\u65b9\u56fe", ExportChoices.DEFAULT, true));
                    d.get().format.setValue(ExportFormat.GIF);
                    ExportDialog.inLook(d.get().dialog, view.getScene().getWindow()); // as ask does
                    d.get().dialog.show();
                });
                org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                java.util.List<String> cut = new java.util.ArrayList<>();
                robot.interact(() -> {
                    javafx.scene.control.DialogPane pane = d.get().dialog.getDialogPane();
                    cut.addAll(bnlab.app.TextCut.cut(pane));
                    double w = pane.getScene().getWidth();
                    for (javafx.scene.Node n : pane.lookupAll(".spinner")) {
                        double right = n.localToScene(n.getBoundsInLocal()).getMaxX();
                        if (right > w + 0.5) {
                            cut.add("a spinner ends at " + Math.round(right) + " of " + Math.round(w) + " px");
                        }
                    }
                    d.get().dialog.setResult(null);
                    d.get().dialog.close();
                });
                assertEquals(java.util.List.of(), cut, "type scale " + scale);
            }
        } finally {
            I18n.setLocale(java.util.Locale.ENGLISH);
            robot.interact(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0)));
        }
    }

    /**
     * On a short screen at a large type (1280x720 at type 2.5, the dialog no taller than 660 px) the form scrolls and
     * its buttons stay inside the dialog: they stood below the screen's edge.
     */
    @Test
    void theButtonsStayOnAShortScreen(FxRobot robot) {
        AtomicReference<ExportDialog> d = new AtomicReference<>();
        try {
            robot.interact(() -> {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 2.5));
                d.set(new ExportDialog(view, "x", ExportChoices.DEFAULT, true));
                d.get().format.setValue(ExportFormat.GIF); // the longest form
                ExportDialog.inLook(d.get().dialog, view.getScene().getWindow());
                javafx.scene.control.DialogPane pane = d.get().dialog.getDialogPane();
                pane.setStyle(pane.getStyle() + " -fx-max-height: 660px;"); // as Dialogs caps it on that screen
                d.get().dialog.show();
            });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                javafx.scene.control.DialogPane pane = d.get().dialog.getDialogPane();
                javafx.scene.Node bar = pane.lookup(".button-bar");
                double bottom = bar.localToScene(bar.getBoundsInLocal()).getMaxY();
                double height = pane.getScene().getWindow().getHeight();
                d.get().dialog.setResult(null);
                d.get().dialog.close();
                assertTrue(height <= 661 && bottom <= height + 0.5, "buttons end at " + bottom + " of " + height);
            });
        } finally {
            robot.interact(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(Theme.LIGHT, 1.0)));
        }
    }

    /**
     * A view of maps has no lines to write as CSV: not offered, and a CSV choice kept from before is PNG; a view that
     * gives a table of its numbers has CSV.
     */
    @Test
    void csvIsOfferedOnlyForAViewWithChartLines(FxRobot robot) {
        ExportChoices csv = new ExportChoices(ExportFormat.CSV, 2, 3840, null, false, 10, 10, 960);
        AtomicReference<ExportDialog> d = new AtomicReference<>();
        robot.interact(() -> d.set(new ExportDialog(view, "x", csv, true)));
        assertFalse(d.get().format.getItems().contains(ExportFormat.CSV));
        assertEquals(ExportFormat.PNG, d.get().format.getValue());
        javafx.scene.layout.StackPane charts = new javafx.scene.layout.StackPane(new org.jfree.chart.fx.ChartViewer(
                new org.jfree.chart.JFreeChart(new org.jfree.chart.plot.XYPlot())));
        robot.interact(() -> d.set(new ExportDialog(charts, "x", csv, true)));
        assertEquals(ExportFormat.CSV, d.get().format.getValue());
        // a view that gives a table of its numbers (the BN table) has CSV too; while it has none to give, not
        javafx.scene.layout.StackPane table = new javafx.scene.layout.StackPane(new javafx.scene.control.Label("1"));
        AtomicReference<String> given = new AtomicReference<>();
        bnlab.app.TableCsv.attach(table.getChildren().get(0), () -> given.get() != null, given::get);
        robot.interact(() -> d.set(new ExportDialog(table, "x", csv, true)));
        assertFalse(d.get().format.getItems().contains(ExportFormat.CSV));
        given.set(new bnlab.app.TableCsv.Rows(java.util.List.of("i", "x")).add(java.util.List.of("1", "2.5")).text());
        robot.interact(() -> d.set(new ExportDialog(table, "x", csv, true)));
        assertEquals(ExportFormat.CSV, d.get().format.getValue());
        assertEquals("i,x\n1,2.5\n", SeriesCsv.of(table));
    }

    @Test
    void theChoicesComeBackAsSet(FxRobot robot) {
        ExportChoices c = new ExportChoices(ExportFormat.PDF, 4, 2000, Theme.DARK, true, 12, 20, 1280);
        AtomicReference<ExportChoices> back = new AtomicReference<>();
        robot.interact(() -> back.set(new ExportDialog(view, "x", c, true).choices()));
        assertEquals(c, back.get());
        assertEquals(new ExportLook(Theme.DARK, true), back.get().look());
        assertEquals(ExportSize.times(4), back.get().size());
        RecordingSpec r = new ExportChoices(ExportFormat.FRAMES, 2, 0, null, false, 12, 20, 1280).recording();
        assertEquals(ExportFormat.FRAMES, r.format());
        assertEquals(240, r.maxFrames());
    }

    /** A picture of the dialog in both languages, to look at (target/export-test/dialog-*.png). */
    @Test
    void aPictureOfTheDialog(FxRobot robot) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "export-test"));
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            robot.interact(() -> {
                I18n.setLocale(l);
                bnlab.app.i18n.Fonts.registerFx();
                ExportDialog dialog = new ExportDialog(view, I18n.get("window.histograms"), ExportChoices.DEFAULT, true);
                dialog.dialog.getDialogPane().setStyle("-fx-font-family: '" + bnlab.app.i18n.Fonts.FAMILY + "';");
                javafx.scene.control.DialogPane p = dialog.dialog.getDialogPane();
                p.applyCss();
                p.resize(p.prefWidth(-1), p.prefHeight(-1));
                p.layout();
                try {
                    ImageIO.write(SwingFXUtils.fromFXImage(p.snapshot(null, null), null), "png",
                            dir.resolve("dialog-" + l.getLanguage() + ".png").toFile());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        I18n.setLocale(Locale.ENGLISH);
    }
}
