package bnlab.app.controls;

import bnlab.app.WindowFixture;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Command;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Each control sends its command, and the panel shows what the engine applied. */
@ExtendWith(ApplicationExtension.class)
class ControlPanelTest {
    private final WindowFixture w = new WindowFixture();

    @Start
    void start(Stage stage) {
        w.start(stage);
    }

    @Test
    void typedLearningRateIsSentAndTheAppliedValueShown(FxRobot robot) {
        robot.interact(() -> ((javafx.scene.control.TextField) w.node("#lr-field")).clear());
        robot.clickOn("#lr-field").write("0.05").type(KeyCode.ENTER);
        assertEquals(0.05, w.session.last(Command.SetLearningRate.class).value(), 1e-12);
        w.pump();
        assertEquals("0.05", w.text("#lr-value"));
        assertFalse(w.<Label>node("#lr-error").isVisible());
    }

    /**
     * A section's title wraps where the panel is too narrow for it on one line, rather than cut ("Batch
     * normalizat..." at type 1.5 in a 290 px panel): large type here, the panel's width unchanged.
     */
    @Test
    void sectionTitlesWrapRatherThanBeCut(FxRobot robot) {
        javafx.scene.Node panel = w.node(".control-section").getParent();
        robot.interact(() -> {
            panel.setStyle("-fx-font-size: 40px;");
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
        });
        var titles = robot.lookup(".section-title").queryAllAs(Label.class);
        assertTrue(titles.size() >= 4, "the panel's sections: " + titles.size());
        boolean wrapped = false;
        for (Label t : titles) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) t.lookup(".text");
            assertEquals(t.getText(), shown.getText(), "the title shown whole");
            wrapped |= t.getHeight() > 1.8 * t.getFont().getSize();
        }
        assertTrue(wrapped, "a title on two lines at this size");
        robot.interact(() -> panel.setStyle(""));
    }

    /** The problem a control shows under its field (the code, not its wording). */
    private Problem shown(String id) {
        return ((ValueControl) w.node("#" + id + "-error").getParent()).shownProblem();
    }

    @Test
    void unparsableOrAbsurdValuesShowAMessageAndSendNothing() {
        for (String bad : new String[] {"abc", "-3", "1e9", "NaN", ""}) {
            int before = w.session.sent.size();
            w.enter("#lr-field", bad);
            assertEquals(before, w.session.sent.size(), "sent something for '" + bad + "'");
            Label error = w.node("#lr-error");
            assertTrue(error.isVisible(), "no message for '" + bad + "'");
            assertFalse(error.getText().isBlank());
        }
        w.enter("#lr-field", "NaN");
        assertEquals(Setting.LEARNING_RATE.check(Double.NaN), shown("lr"), "NaN: the learning rate's own range");
        w.enter("#lr-field", "1e9");
        assertEquals(Problem.of(SettingProblem.OUT_OF_RANGE, Setting.LEARNING_RATE, 1e9, 1e-4, 100.0), shown("lr"));
        assertEquals(I18n.problem(shown("lr")), w.text("#lr-error"));
        w.enter("#lr-field", "0.2");
        assertFalse(w.<Label>node("#lr-error").isVisible(), "a good value clears the message");
        w.enter("#batch-field", "12.5");
        assertEquals(Problem.of(SettingProblem.NOT_WHOLE, Setting.BATCH_SIZE, 12.5), shown("batch"));
    }

    /** One range everywhere: the slider's ends are the setting's (gamma reaches the 7.5 a file may hold). */
    @Test
    void slidersSpanTheirSettingsRange() {
        Slider gamma = w.node("#gamma-slider");
        assertEquals(Setting.GAMMA.min(), gamma.getMin());
        assertEquals(Setting.GAMMA.max(), gamma.getMax());
        assertTrue(Setting.GAMMA.accepts(7.5));
        Slider lr = w.node("#lr-slider");
        assertEquals(Math.log10(Setting.LEARNING_RATE.min()), lr.getMin(), 1e-12);
        assertEquals(Math.log10(Setting.LEARNING_RATE.max()), lr.getMax(), 1e-12);
        w.enter("#gamma-field", "7.5");
        assertEquals(7.5, w.session.last(Command.PinGamma.class).value(), "typed values are honoured");
    }

    /**
     * An arrow key moves the learning-rate slider by a twentieth of its log range (one press used to jump
     * from 0.1 to an end: JavaFX's default step, 10, is more than the range of 6 decades).
     */
    @Test
    void anArrowKeyMovesASliderByATwentiethOfItsRange(FxRobot robot) {
        w.enter("#lr-field", "0.1");
        Slider lr = w.node("#lr-slider");
        robot.clickOn(lr);
        robot.interact(() -> lr.setValue(Math.log10(0.1)));
        robot.type(KeyCode.RIGHT);
        double step = (Math.log10(Setting.LEARNING_RATE.max()) - Math.log10(Setting.LEARNING_RATE.min())) / 20;
        assertEquals(Math.log10(0.1) + step, lr.getValue(), 1e-9);
        assertEquals(Math.pow(10, Math.log10(0.1) + step), w.session.last(Command.SetLearningRate.class).value(),
                1e-3, "about 0.2, not the slider's end");
    }

    @Test
    void everySliderSendsItsCommand(FxRobot robot) {
        Map<String, Class<? extends Command>> expected = Map.ofEntries(
                Map.entry("lr", Command.SetLearningRate.class),
                Map.entry("sgd-momentum", Command.SetOptimizerMomentum.class),
                Map.entry("batch", Command.SetBatchSize.class),
                Map.entry("speed", Command.SetSpeed.class),
                Map.entry("gamma", Command.PinGamma.class),
                Map.entry("beta", Command.PinBeta.class),
                Map.entry("bn-momentum", Command.SetBnMomentum.class),
                Map.entry("eps", Command.SetEps.class),
                Map.entry("depth", Command.Rebuild.class),
                Map.entry("width", Command.Rebuild.class));
        expected.forEach((id, type) -> {
            int before = w.session.sent.size();
            robot.interact(() -> {
                Slider s = w.node("#" + id + "-slider");
                s.setValue(s.getMin() + 0.37 * (s.getMax() - s.getMin()));
            });
            assertTrue(w.session.sent.size() > before, id + " sent nothing");
            assertInstanceOf(type, w.session.sent.get(w.session.sent.size() - 1), id);
        });
        w.enter("#seed-field", "7");
        assertEquals(7, w.session.last(Command.Rebuild.class).spec().seed(), "the seed is typed (no slider over 9e15)");
        w.pump();
        assertEquals("7", w.text("#seed-value"));
    }

    /**
     * Batch size 1 with BN in a fully connected network is refused under its field (the engine's rule, applied
     * before sending), as every other value is; once the field reads the applied 60 again, the message goes with
     * the refused text.
     */
    @Test
    void aBatchOfOneIsRefusedUnderItsFieldAndTheAppliedValueStays(FxRobot robot) {
        int before = w.session.sent.size();
        robot.interact(() -> w.node("#batch-field").requestFocus()); // typed there, as a user does
        w.enter("#batch-field", "1");
        assertEquals(before, w.session.sent.size(), "nothing was sent");
        assertEquals(I18n.problem(Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM)), w.text("#batch-error"));
        assertTrue(w.node("#batch-error").isVisible());
        assertEquals("60", w.text("#batch-value"));
        robot.interact(() -> w.node("#lr-field").requestFocus());
        w.pump();
        assertEquals("60", w.<javafx.scene.control.TextField>node("#batch-field").getText());
        assertFalse(w.node("#batch-error").isVisible(), "said no more under a field that reads 60");
    }

    @Test
    void gammaFollowsTheLearnedValueUntilPinned(FxRobot robot) {
        double learned = w.window.controls().model().learnedGamma();
        assertEquals(I18n.get("controls.learned", learned), w.text("#gamma-value"));
        assertEquals(I18n.get("controls.gammaBeta.perUnit"), w.text("#gamma-beta-per-unit"), "one per unit: their mean");
        robot.interact(() -> w.<CheckBox>node("#gamma-pin").fire());
        Command.PinGamma pin = w.session.last(Command.PinGamma.class);
        assertNotNull(pin.value());
        assertEquals(-1, pin.layer());
        w.pump();
        assertEquals(I18n.get("controls.pinned", pin.value()), w.text("#gamma-value"));
        robot.interact(() -> w.<ComboBox<String>>node("#pin-layer").getSelectionModel().select(2));
        assertEquals(1, w.session.last(Command.PinGamma.class).layer(), "the pin moves to layer 2 (index 1)");
        w.enter("#gamma-field", "2.5");
        assertEquals(2.5, w.session.last(Command.PinGamma.class).value());
        w.pump();
        assertEquals(I18n.get("controls.pinned", 2.5), w.text("#gamma-value"));
        robot.interact(() -> w.<CheckBox>node("#gamma-pin").fire());
        assertNull(w.session.last(Command.PinGamma.class).value(), "unpinning sends null");
        w.enter("#beta-field", "-0.5");
        assertEquals(-0.5, w.session.last(Command.PinBeta.class).value());
        w.pump();
        assertTrue(w.<CheckBox>node("#beta-pin").isSelected());
    }

    @Test
    void conventionSwitchShowsTheConvertedMomentumAndHalfLife(FxRobot robot) {
        assertEquals(I18n.get("controls.halfLife", 6.6), w.text("#half-life"));
        robot.interact(() -> w.<ComboBox<Convention>>node("#convention").setValue(Convention.KERAS));
        assertEquals(Convention.KERAS, w.session.last(Command.SetConvention.class).convention());
        w.pump();
        assertEquals("0.9", w.text("#bn-momentum-value"));
        assertEquals(I18n.get("controls.halfLife", 6.6), w.text("#half-life"),
                "same weight, same half-life");
        w.enter("#bn-momentum-field", "0.99");
        w.pump();
        assertEquals(I18n.get("controls.halfLife", 69.0), w.text("#half-life"));
        assertEquals(68.97, Convention.KERAS.halfLifeSteps(0.99), 0.01);
    }

    @Test
    void playPauseStepAndReset(FxRobot robot) {
        robot.clickOn("#play");
        assertInstanceOf(Command.Play.class, w.session.sent.get(w.session.sent.size() - 1));
        w.pump();
        assertTrue(w.node("#play").isDisabled());
        assertFalse(w.node("#pause").isDisabled());
        robot.clickOn("#pause");
        assertInstanceOf(Command.Pause.class, w.session.sent.get(w.session.sent.size() - 1));
        w.pump();
        robot.clickOn("#step");
        assertEquals(1, w.session.last(Command.Step.class).n());
        w.pump();
        assertEquals(1, w.window.controls().model().snapshotProperty().get().step());
        assertEquals(status(), w.text("#status"));
        robot.clickOn("#reset");
        assertInstanceOf(Command.Reset.class, w.session.sent.get(w.session.sent.size() - 1));
        w.pump();
        assertEquals(0, w.window.controls().model().snapshotProperty().get().step());
        assertEquals(status(), w.text("#status"));
    }

    private String status() {
        var s = w.window.controls().model().snapshotProperty().get();
        return I18n.get("controls.status", s.step(), s.epoch(), s.playing() ? 1 : 0, Math.round(s.stepsPerSec()));
    }
}
