package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.app.WindowFixture;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Command;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** Choosers that rebuild both twins, and data set loading off the FX thread. */
@ExtendWith(ApplicationExtension.class)
class NetworkSectionTest {
    private final WindowFixture w = new WindowFixture();

    @Start
    void start(Stage stage) {
        w.start(stage);
    }

    @Test
    void architectureChoicesRebuildWithTheCurrentData(FxRobot robot) {
        robot.interact(() -> w.<ComboBox<ActivationKind>>node("#activation").setValue(ActivationKind.TANH));
        Command.Rebuild r = w.session.last(Command.Rebuild.class);
        assertEquals(ActivationKind.TANH, r.spec().activation());
        assertSame(WindowFixture.TINY, r.data());
        w.pump();
        robot.interact(() -> w.<ComboBox<InitChoice>>node("#init").setValue(InitChoice.SMALL));
        r = w.session.last(Command.Rebuild.class);
        assertEquals(InitKind.GAUSSIAN, r.spec().init());
        assertEquals(0.01, r.spec().sigma());
        assertEquals(ActivationKind.TANH, r.spec().activation(), "earlier applied choices are kept");
        w.pump();
        robot.interact(() -> w.<ComboBox<Placement>>node("#placement").setValue(Placement.AFTER_ACTIVATION));
        assertEquals(Placement.AFTER_ACTIVATION, w.session.last(Command.Rebuild.class).spec().placement());
        w.pump();
        w.enter("#depth-field", "5");
        assertEquals(5, w.session.last(Command.Rebuild.class).spec().hidden().size());
        w.pump();
        w.enter("#width-field", "32");
        assertEquals(java.util.List.of(32, 32, 32, 32, 32), w.session.last(Command.Rebuild.class).spec().hidden());
        w.pump();
        assertEquals("32", w.text("#width-value"));
        assertEquals(InitChoice.SMALL, w.<ComboBox<InitChoice>>node("#init").getValue());
        w.enter("#depth-field", "50");
        assertEquals(I18n.problem(Problem.of(bnlab.engine.api.SettingProblem.OUT_OF_RANGE, bnlab.engine.api.Setting.DEPTH,
                50.0, 1.0, 8.0)), w.<Label>node("#depth-error").getText());
    }

    /**
     * The chooser names the initialization the twins were built with: Figure 1's N(0, 0.1^2) (a lesson's set-up)
     * was shown as N(0, 1); a saved experiment's sigma of no preset is listed as it is, and goes again when
     * another is built.
     */
    @Test
    void theInitChooserShowsTheBuiltSigmaExactly(FxRobot robot) {
        ComboBox<InitChoice> init = w.node("#init");
        w.session.send(new Command.Rebuild(bnlab.engine.api.ExperimentSpec.figure1(1), WindowFixture.TINY));
        w.pump();
        assertEquals(InitChoice.TENTH, init.getValue());
        assertEquals(InitChoice.PRESETS, init.getItems());
        assertEquals(I18n.get("init.gaussian", 0.1), init.getButtonCell().getText());
        assertEquals("N(0, 0.1\u00b2)", init.getButtonCell().getText(), "the number as the user reads it");

        w.session.send(new Command.Rebuild(bnlab.engine.api.ExperimentSpec.defaults().withInit(InitKind.GAUSSIAN, 0.3),
                WindowFixture.TINY));
        w.pump();
        assertEquals(InitChoice.gaussian(0.3), init.getValue());
        assertEquals(InitChoice.PRESETS.size() + 1, init.getItems().size(), "listed after the presets");
        assertEquals("N(0, 0.3\u00b2)", init.getButtonCell().getText());

        robot.interact(() -> init.setValue(InitChoice.LARGE));
        assertEquals(10.0, w.session.last(Command.Rebuild.class).spec().sigma());
        w.pump();
        assertEquals(InitChoice.PRESETS, init.getItems(), "a preset built: the odd one goes");
        assertEquals(InitChoice.LARGE, init.getValue());
        robot.interact(() -> init.setValue(InitChoice.UNIT));
        w.pump();
        assertEquals(I18n.get("init.standardNormal"), init.getButtonCell().getText());
    }

    @Test
    void standardizationAndLayerNormAreChoicesThatRebuild(FxRobot robot) {
        javafx.scene.control.CheckBox standardize = w.node("#standardize");
        assertTrue(standardize.isSelected(), "the default spec standardizes");
        robot.interact(standardize::fire);
        assertFalse(w.session.last(Command.Rebuild.class).spec().standardize());
        w.pump();
        assertFalse(standardize.isSelected(), "shows the applied spec");
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.NormKind>>node("#norm").setValue(bnlab.engine.api.NormKind.LAYER));
        Command.Rebuild r = w.session.last(Command.Rebuild.class);
        assertEquals(bnlab.engine.api.NormKind.LAYER, r.spec().norm());
        assertFalse(r.spec().standardize(), "earlier applied choices are kept");
    }

    private static java.nio.file.Path folder(String name) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "network-section", name));
    }

    /** A saved experiment is said in a notice (nothing said so); one that cannot be written is not. */
    @Test
    void aSavedExperimentIsSaidInANotice(FxRobot robot) throws Exception {
        java.nio.file.Path file = folder("said").resolve("said.json");
        java.nio.file.Files.deleteIfExists(file);
        javafx.stage.Window owner = w.window.root().getScene().getWindow();
        robot.interact(() -> ExperimentDialogs.saveAndSay(owner, w.window.controls().model(), file));
        assertTrue(java.nio.file.Files.exists(file));
        javafx.stage.Popup notice = bnlab.app.style.Notice.showing();
        assertTrue(notice != null, "a notice shows");
        assertEquals(bnlab.app.i18n.I18n.get("experiment.saved", "said.json"),
                ((javafx.scene.control.Label) notice.getContent().get(0)).getText());
        robot.interact(notice::hide);
        java.nio.file.Path nowhere = folder("said").resolve("no-such-folder").resolve("x.json");
        robot.interact(() -> ExperimentDialogs.saveAndSay(owner, w.window.controls().model(), nowhere));
        assertNull(bnlab.app.style.Notice.showing(), "nothing saved, nothing said to be");
        assertTrue(w.window.controls().model().experiment().problemProperty().get() != null, "the alert bar says why");
    }

    /** Save writes what the engine applied; opening it rebuilds from the file with exactly its settings. */
    @Test
    void anExperimentSavedAndOpenedAgainRebuildsTheSameTwins(FxRobot robot) throws Exception {
        ExperimentCommands exp = w.window.controls().model().experiment();
        robot.interact(() -> w.<ComboBox<ActivationKind>>node("#activation").setValue(ActivationKind.TANH));
        w.pump();
        java.nio.file.Path file = folder("saved").resolve("exp.json");
        ProblemException[] result = new ProblemException[1];
        robot.interact(() -> result[0] = exp.saveTo(file, w.window.controls().model().settingsProperty().get()));
        assertNull(result[0]);
        assertTrue(java.nio.file.Files.readString(file).contains("\"TANH\""));
        int before = w.session.sent.size();
        robot.interact(() -> result[0] = exp.openFrom(file));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.session.sent.size() >= before + 1);
        assertNull(result[0]);
        Command.Open open = w.session.last(Command.Open.class);
        assertEquals(ActivationKind.TANH, open.spec().activation());
        assertEquals(w.window.controls().model().settingsProperty().get(), open.settings(),
                "one command: the spec and exactly the saved settings");
    }

    @Test
    void aBadExperimentFileChangesNothingAndSaysWhyInTheBanner(FxRobot robot) throws Exception {
        ExperimentCommands exp = w.window.controls().model().experiment();
        java.nio.file.Path file = folder("bad").resolve("broken.json");
        java.nio.file.Files.writeString(file, "{\"format\": 1, \"dataset\": \"DIGITS\"}");
        int before = w.session.sent.size();
        ProblemException[] result = new ProblemException[1];
        robot.interact(() -> result[0] = exp.openFrom(file));
        assertEquals("broken.json", result[0].file());
        assertEquals(Problem.of(FileProblem.MISSING_PART, "spec"), result[0].problem());
        assertEquals(I18n.get("alert.message", I18n.problem(result[0])), w.text("#engine-message"));
        assertTrue(w.node("#engine-message").getParent().isVisible(), "said in the banner, where the user looks");
        assertEquals(before, w.session.sent.size(), "nothing was sent");
    }

    @Test
    void aDataSetLoadsInTheBackgroundThenRebuilds(FxRobot robot) throws Exception {
        robot.interact(() -> w.<ComboBox<DatasetId>>node("#dataset").setValue(DatasetId.MOONS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> w.session.last(Command.Rebuild.class) != null);
        assertSame(WindowFixture.MOONS, w.session.last(Command.Rebuild.class).data());
        w.pump();
        robot.interact(() -> w.<ComboBox<ActivationKind>>node("#activation").setValue(ActivationKind.RELU));
        assertSame(WindowFixture.MOONS, w.session.last(Command.Rebuild.class).data(), "later rebuilds keep the new data");
    }

    /**
     * The badly scaled moons are picked unstandardized (their point is the feature 1000 times the other's; the
     * window's standardizing made them the moons again); another pick keeps the box as the user set it.
     */
    @Test
    void theBadlyScaledMoonsComeUnstandardized(FxRobot robot) throws Exception {
        assertTrue(w.window.controls().model().specProperty().get().standardize(), "the experiment standardizes");
        robot.interact(() -> w.<ComboBox<DatasetId>>node("#dataset").setValue(DatasetId.BADLY_SCALED_MOONS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.session.last(Command.Rebuild.class) != null);
        assertFalse(w.session.last(Command.Rebuild.class).spec().standardize());
        w.pump();
        robot.interact(() -> w.<ComboBox<DatasetId>>node("#dataset").setValue(DatasetId.MOONS));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> w.session.last(Command.Rebuild.class).data() == WindowFixture.MOONS);
        assertFalse(w.session.last(Command.Rebuild.class).spec().standardize(), "kept as it was");
    }

    @Test
    void aLoadErrorShowsTheLoadersProblemInTheBannerAndChangesNothing(FxRobot robot) throws Exception {
        int before = w.session.sent.size();
        robot.interact(() -> w.<ComboBox<DatasetId>>node("#dataset").setValue(DatasetId.WINE));
        Label error = w.node("#engine-message");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> error.getParent().isVisible());
        assertEquals(WindowFixture.WINE_PROBLEM, w.window.controls().model().experiment().problemProperty().get()
                .problem());
        assertEquals(I18n.get("alert.message", I18n.problem(WindowFixture.WINE_PROBLEM)), error.getText());
        assertEquals(before, w.session.sent.size(), "nothing was sent");
    }

    /** A CNN needs images: on a table of features the choice is refused inline, nothing is sent. */
    @Test
    void aCnnOnATableOfFeaturesIsRefusedWithWhy(FxRobot robot) {
        int before = w.session.sent.size();
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").setValue(bnlab.engine.api.ArchKind.CNN));
        assertEquals(I18n.problem(Problem.of(bnlab.engine.api.SettingProblem.CNN_NEEDS_IMAGES, "digits")),
                w.text("#arch-error"));
        assertEquals(before, w.session.sent.size(), "nothing was sent");
        assertEquals(bnlab.engine.api.ArchKind.MLP, w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").getValue(),
                "the chooser shows what applies");
    }

    // visible with all its parents
    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
