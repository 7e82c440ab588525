package bnlab.app.export;

import bnlab.app.Snapshots;
import bnlab.app.curves.TrainingCurvesView;
import bnlab.app.i18n.I18n;
import bnlab.app.style.Notice;
import bnlab.app.style.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.stage.Popup;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A view copied to the clipboard, for slides or a spreadsheet: the picture its PNG export would write (size,
 * theme, background), or the CSV its export would write; the Export dialog offers Copy for those two only, and a
 * notice says what was copied.
 */
@ExtendWith(ApplicationExtension.class)
class ClipboardCopyTest {
    private TrainingCurvesView view;

    @Start
    void start(Stage stage) {
        I18n.setLocale(java.util.Locale.ENGLISH);
        view = new TrainingCurvesView();
        Scene scene = new Scene((Parent) view.node(), 900, 600);
        bnlab.app.shell.Shell.style(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.sizeToScene(); // the stage is shared: an earlier test class may have set its width
        stage.show();
        view.show(Snapshots.at(1, 300));
    }

    private static <T> T on(FxRobot robot, java.util.function.Supplier<T> work) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(work.get()));
        return out.get();
    }

    @Test
    void aPictureIsThePngExportsPixels(FxRobot robot) {
        Node node = view.node();
        ExportChoices c = new ExportChoices(ExportFormat.PNG, 2, 3840, null, true, 10, 10, 960);
        String said = on(robot, () -> ClipboardCopy.copy(node, c, ThemeSwitch.NONE, true));
        BufferedImage png = on(robot, () -> Exporter.picture(node, c.size(), c.look(), ThemeSwitch.NONE, true));
        Image copied = on(robot, () -> Clipboard.getSystemClipboard().getImage());
        assertTrue(copied != null, "an image on the clipboard");
        assertEquals(png.getWidth(), (int) copied.getWidth());
        assertEquals(png.getHeight(), (int) copied.getHeight());
        assertEquals(1800, png.getWidth(), "2x of 900 px");
        assertEquals(I18n.get("export.copied.picture", png.getWidth(), png.getHeight()), said);
        int differing = 0;
        for (int y = 0; y < png.getHeight(); y += 7) {
            for (int x = 0; x < png.getWidth(); x += 7) {
                if (!same(copied.getPixelReader().getArgb(x, y), png.getRGB(x, y))) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "the copied picture's pixels are the export's");
        // the transparent background asked for stays transparent
        assertEquals(0, copied.getPixelReader().getArgb(2, 2) >>> 24, "alpha in a corner");
    }

    // the same pixel: the same alpha; the same colour where it is not faint (JavaFX keeps premultiplied colours, which
    // round a faint pixel's colour)
    private static boolean same(int a, int b) {
        int alpha = a >>> 24;
        if (alpha != b >>> 24) {
            return false;
        }
        for (int shift = 0; shift < 24 && alpha >= 64; shift += 8) {
            if (Math.abs(((a >> shift) & 0xff) - ((b >> shift) & 0xff)) > 2) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theNumbersAreTheCsvExportsText(FxRobot robot) {
        Node node = view.node();
        ExportChoices c = new ExportChoices(ExportFormat.CSV, 2, 3840, null, false, 10, 10, 960);
        String said = on(robot, () -> ClipboardCopy.copy(node, c, ThemeSwitch.NONE, true));
        String csv = on(robot, () -> SeriesCsv.of(node));
        assertEquals(csv, on(robot, () -> Clipboard.getSystemClipboard().getString()));
        assertTrue(csv.lines().count() > 10, csv);
        assertEquals(I18n.get("export.copied.csv", csv.lines().count()), said);
    }

    @Test
    void theDialogOffersCopyForAPictureAndTheNumbersOnly(FxRobot robot) {
        AtomicReference<ExportDialog> d = new AtomicReference<>();
        robot.interact(() -> d.set(new ExportDialog(view.node(), "x", ExportChoices.DEFAULT, true)));
        ExportDialog dialog = d.get();
        Node copy = dialog.dialog.getDialogPane().lookupButton(dialog.copy);
        for (ExportFormat f : ExportFormat.values()) {
            robot.interact(() -> dialog.format.setValue(f));
            assertEquals(f == ExportFormat.PNG || f == ExportFormat.CSV, copy.isVisible(), f.name());
        }
        robot.interact(() -> dialog.format.setValue(ExportFormat.PNG));
        ExportDialog.Answer a = on(robot, () -> dialog.dialog.getResultConverter().call(dialog.copy));
        assertTrue(a.toClipboard());
        assertEquals(dialog.choices(), a.choices());
        javafx.scene.control.ButtonType go = dialog.dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst()
                .orElseThrow();
        assertFalse(on(robot, () -> dialog.dialog.getResultConverter().call(go)).toClipboard());
        assertEquals(I18n.get("export.copy"), ((javafx.scene.control.Button) copy).getText());
    }

    @Test
    void aNoticeSaysWhatWasCopiedOverTheWindowAndGoes(FxRobot robot) {
        javafx.stage.Window w = view.node().getScene().getWindow();
        Popup p = on(robot, () -> Notice.show(w, "copied 1800 x 1200"));
        assertTrue(p.isShowing());
        assertEquals("copied 1800 x 1200", ((Label) p.getContent().get(0)).getText());
        assertTrue(p.getY() > w.getY() + w.getHeight() / 2, "over the window's bottom half");
        Popup next = on(robot, () -> Notice.show(w, "again"));
        assertFalse(p.isShowing(), "one notice at a time");
        robot.sleep((long) (3.5 * 1000) + 700);
        assertFalse(next.isShowing(), "gone by itself");
    }

    /** An export written is said in a notice (a speaker had no word of it). */
    @Test
    void anExportWrittenIsSaidInANotice(FxRobot robot) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "export-test",
                "said")).resolve("curves.png");
        java.nio.file.Files.deleteIfExists(file);
        robot.interact(() -> WindowExports.writeAndSay(view.node(), ExportChoices.DEFAULT, file, true));
        assertTrue(java.nio.file.Files.size(file) > 1000);
        Popup notice = Notice.showing();
        assertTrue(notice != null, "a notice shows");
        assertEquals(I18n.get("export.saved", "curves.png"), ((Label) notice.getContent().get(0)).getText());
        robot.interact(notice::hide);
    }
}
