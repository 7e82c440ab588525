package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** The file choosers for saving and opening an experiment (the data section's buttons and the File menu). */
public final class ExperimentDialogs {
    private ExperimentDialogs() {
    }

    private static FileChooser chooser(boolean save) {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.get(save ? "controls.save.title" : "controls.open.title"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("controls.experimentFiles"), "*.json"));
        return fc;
    }

    /** Ask where, then save what the engine applied; a failure shows in the banner. */
    public static void save(Window owner, ControlsModel model) {
        FileChooser fc = chooser(true);
        fc.setInitialFileName("experiment.json");
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            saveAndSay(owner, model, f.toPath());
        }
    }

    /** Save to file; a notice says it was saved (nothing did), else the alert bar says why not. */
    static void saveAndSay(Window owner, ControlsModel model, java.nio.file.Path file) {
        if (model.experiment().saveTo(file, model.settingsProperty().get()) == null) {
            bnlab.app.style.Notice.show(owner, bnlab.app.i18n.I18n.get("experiment.saved",
                    String.valueOf(file.getFileName())));
        }
    }

    /** Ask which, then open it; a file that does not check out changes nothing and says why. */
    public static void open(Window owner, ControlsModel model) {
        File f = chooser(false).showOpenDialog(owner);
        if (f != null) {
            model.experiment().openFrom(f.toPath());
        }
    }
}
