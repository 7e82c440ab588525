package bnlab.app.export;

import bnlab.app.i18n.I18n;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import java.awt.image.BufferedImage;

/**
 * A view copied to the system clipboard, to paste into slides or a spreadsheet: a picture as its PNG export would
 * draw it (size, theme, background), or a chart's numbers as its CSV export would write them. FX thread.
 */
final class ClipboardCopy {
    private ClipboardCopy() {
    }

    /** Whether a format can go to the clipboard: a picture or the numbers (not a vector file, not a recording). */
    static boolean copies(ExportFormat f) {
        return f == ExportFormat.PNG || f == ExportFormat.CSV;
    }

    /** Put the view on the clipboard in the format and look chosen; what was copied, in words. */
    static String copy(Node view, ExportChoices c, ThemeSwitch themes, boolean whole) {
        if (!copies(c.format())) {
            throw new IllegalArgumentException(c.format() + " does not go to the clipboard");
        }
        ClipboardContent content = new ClipboardContent();
        String said;
        if (c.format() == ExportFormat.CSV) {
            String csv = SeriesCsv.of(view);
            content.putString(csv);
            said = I18n.get("export.copied.csv", csv.lines().count());
        } else {
            BufferedImage img = Exporter.picture(view, c.size(), c.look(), themes, whole);
            content.putImage(javafx.embed.swing.SwingFXUtils.toFXImage(img, null));
            said = I18n.get("export.copied.picture", img.getWidth(), img.getHeight());
        }
        Clipboard.getSystemClipboard().setContent(content);
        return said;
    }
}
