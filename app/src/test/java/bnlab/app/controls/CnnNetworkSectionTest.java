package bnlab.app.controls;

import bnlab.app.WindowFixture;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
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

/** The network choice for CNNs, on image data: blocks, channels, the norms that suit, GroupNorm's groups, files. */
@ExtendWith(ApplicationExtension.class)
class CnnNetworkSectionTest {
    private final WindowFixture w = new WindowFixture(WindowFixture.IMAGES);

    @Start
    void start(Stage stage) {
        w.start(stage);
    }

    private static java.nio.file.Path folder(String name) throws java.io.IOException {
        return java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "network-section", name));
    }

    /** MLP or CNN: a switch starts from that network's first experiment; depth and width become blocks and channels. */
    @Test
    void choosingACnnRebuildsFromItsFirstExperimentAndOffersItsNormalizations(FxRobot robot) {
        w.enter("#seed-field", "7");
        w.pump();
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").setValue(bnlab.engine.api.ArchKind.CNN));
        bnlab.engine.api.ExperimentSpec cnn = w.session.last(Command.Rebuild.class).spec();
        assertEquals(bnlab.engine.api.ExperimentSpec.cnnDefaults().withSeed(7), cnn, "the CNN's first experiment, same seed");
        w.pump();
        assertFalse(shown(w.node("#depth-field")));
        assertTrue(shown(w.node("#blocks-field")) && shown(w.node("#channels-field")));
        assertEquals("8", w.text("#channels-value"));
        ComboBox<bnlab.engine.api.NormKind> norm = w.node("#norm");
        assertEquals(java.util.List.of(bnlab.engine.api.NormKind.BATCH, bnlab.engine.api.NormKind.LAYER,
                bnlab.engine.api.NormKind.INSTANCE, bnlab.engine.api.NormKind.GROUP), norm.getItems());
        w.enter("#blocks-field", "3");
        assertEquals(java.util.List.of(8, 16, 32), w.session.last(Command.Rebuild.class).spec().hidden(),
                "each block doubles the channels");
        w.pump();
        w.enter("#channels-field", "6");
        assertEquals(java.util.List.of(6, 12, 24), w.session.last(Command.Rebuild.class).spec().hidden());
        w.pump();
        w.enter("#blocks-field", "5");
        assertEquals(I18n.problem(Problem.of(bnlab.engine.api.SettingProblem.OUT_OF_RANGE,
                bnlab.engine.api.Setting.CNN_DEPTH, 5.0, 1.0, 4.0)), w.<Label>node("#blocks-error").getText());
        assertFalse(shown(w.node("#groups-field")), "groups only with GroupNorm");
        robot.interact(() -> norm.setValue(bnlab.engine.api.NormKind.GROUP));
        assertEquals(bnlab.engine.api.NormKind.GROUP, w.session.last(Command.Rebuild.class).spec().norm());
        w.pump();
        assertTrue(shown(w.node("#groups-field")));
        int before = w.session.sent.size();
        w.enter("#groups-field", "4");
        assertEquals(I18n.problem(Problem.of(bnlab.engine.api.SettingProblem.GROUPS_DO_NOT_DIVIDE, 4, 6)),
                w.<Label>node("#groups-error").getText(), "4 groups cannot split 6 channels");
        assertEquals(before, w.session.sent.size(), "nothing was sent");
        w.enter("#groups-field", "3");
        assertEquals(3, w.session.last(Command.Rebuild.class).spec().groups());
        w.pump();
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").setValue(bnlab.engine.api.ArchKind.MLP));
        assertEquals(ExperimentCommands.firstExperiment().withSeed(7), w.session.last(Command.Rebuild.class).spec());
        w.pump();
        assertTrue(norm.getItems().contains(bnlab.engine.api.NormKind.RMS));
        assertFalse(norm.getItems().contains(bnlab.engine.api.NormKind.GROUP));
        assertTrue(shown(w.node("#depth-field")));
    }

    @Test
    void aSavedCnnExperimentOpensAsACnn(FxRobot robot) throws Exception {
        ExperimentCommands exp = w.window.controls().model().experiment();
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").setValue(bnlab.engine.api.ArchKind.CNN));
        w.pump();
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.NormKind>>node("#norm").setValue(bnlab.engine.api.NormKind.GROUP));
        w.pump();
        java.nio.file.Path file = folder("cnn").resolve("cnn.json");
        ProblemException[] result = new ProblemException[1];
        robot.interact(() -> result[0] = exp.saveTo(file, w.window.controls().model().settingsProperty().get()));
        assertNull(result[0]);
        int before = w.session.sent.size();
        robot.interact(() -> result[0] = exp.openFrom(file));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> w.session.sent.size() >= before + 1);
        assertNull(result[0]);
        Command.Open open = w.session.last(Command.Open.class);
        assertEquals(bnlab.engine.api.ArchKind.CNN, open.spec().arch());
        assertEquals(bnlab.engine.api.NormKind.GROUP, open.spec().norm());
        assertEquals(bnlab.engine.api.ExperimentSpec.DEFAULT_GROUPS, open.spec().groups());
    }

    /** 8 x 8 images allow 3 blocks of 2 x 2 pooling, not 4: refused inline with the image's size. */
    @Test
    void tooManyBlocksForTheImageAreRefusedWithItsSize(FxRobot robot) {
        robot.interact(() -> w.<ComboBox<bnlab.engine.api.ArchKind>>node("#arch").setValue(bnlab.engine.api.ArchKind.CNN));
        w.pump();
        int before = w.session.sent.size();
        w.enter("#blocks-field", "4");
        assertEquals(I18n.problem(Problem.of(bnlab.engine.api.SettingProblem.IMAGE_TOO_SMALL_FOR_CNN, 8, 8, 4, 3)),
                w.<Label>node("#blocks-error").getText());
        assertEquals(before, w.session.sent.size(), "nothing was sent");
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
