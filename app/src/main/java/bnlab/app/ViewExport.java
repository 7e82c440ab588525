package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.ProblemException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;

/**
 * Saves one view as a PNG for slides, at twice its on-screen resolution. Single charts can also be
 * exported as SVG from their own context menu (right click, Export As).
 */
final class ViewExport {
    /** Pixels per on-screen pixel in an exported PNG. */
    static final double SCALE = 2.0;

    private ViewExport() {
    }

    /** Render the node at SCALE on a white background and write it as PNG, completely or not at all. FX thread. */
    static void savePng(Node view, File file) throws ProblemException {
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        params.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = view.snapshot(params, null);
        java.awt.image.BufferedImage img = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file.toPath(), out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    /** Ask for a file and save; a failure is shown in a dialog and nothing else changes. */
    static void askAndSave(Node view, String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.get("export.title", title));
        fc.setInitialFileName(title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("export.png"), "*.png"));
        File file = fc.showSaveDialog(view.getScene() == null ? null : view.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            savePng(view, file);
        } catch (ProblemException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, I18n.problem(e));
            alert.setHeaderText(I18n.get("export.failed"));
            alert.show();
        }
    }
}
