package bnlab.app.controls;

import bnlab.app.WindowFixture;
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
        w.enter("#lr-field", "0.2");
        assertFalse(w.<Label>node("#lr-error").isVisible(), "a good value clears the message");
        w.enter("#batch-field", "12.5");
        assertTrue(w.<Label>node("#batch-error").getText().contains("whole number"));
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
                Map.entry("width", Command.Rebuild.class),
                Map.entry("seed", Command.Rebuild.class));
        expected.forEach((id, type) -> {
            int before = w.session.sent.size();
            robot.interact(() -> {
                Slider s = w.node("#" + id + "-slider");
                s.setValue(s.getMin() + 0.37 * (s.getMax() - s.getMin()));
            });
            assertTrue(w.session.sent.size() > before, id + " sent nothing");
            assertInstanceOf(type, w.session.sent.get(w.session.sent.size() - 1), id);
        });
        w.pump();
        assertEquals(w.session.latest().spec().seed() + "", w.text("#seed-value"));
    }

    @Test
    void engineRefusalIsShownAndTheAppliedValueStays() {
        w.enter("#batch-field", "1");
        assertEquals(1, w.session.last(Command.SetBatchSize.class).value());
        w.pump();
        Label message = w.node("#engine-message");
        assertTrue(message.isVisible() && message.getParent().isVisible());
        assertTrue(message.getText().contains("batch size 1 refused"), message.getText());
        assertEquals("60", w.text("#batch-value"));
    }

    @Test
    void gammaFollowsTheLearnedValueUntilPinned(FxRobot robot) {
        assertTrue(w.text("#gamma-value").endsWith("learned"), w.text("#gamma-value"));
        robot.interact(() -> w.<CheckBox>node("#gamma-pin").fire());
        Command.PinGamma pin = w.session.last(Command.PinGamma.class);
        assertNotNull(pin.value());
        assertEquals(-1, pin.layer());
        w.pump();
        assertTrue(w.text("#gamma-value").endsWith("pinned"));
        robot.interact(() -> w.<ComboBox<String>>node("#pin-layer").getSelectionModel().select(2));
        assertEquals(1, w.session.last(Command.PinGamma.class).layer(), "the pin moves to layer 2 (index 1)");
        w.enter("#gamma-field", "2.5");
        assertEquals(2.5, w.session.last(Command.PinGamma.class).value());
        w.pump();
        assertEquals("2.5 pinned", w.text("#gamma-value"));
        robot.interact(() -> w.<CheckBox>node("#gamma-pin").fire());
        assertNull(w.session.last(Command.PinGamma.class).value(), "unpinning sends null");
        w.enter("#beta-field", "-0.5");
        assertEquals(-0.5, w.session.last(Command.PinBeta.class).value());
        w.pump();
        assertTrue(w.<CheckBox>node("#beta-pin").isSelected());
    }

    @Test
    void conventionSwitchShowsTheConvertedMomentumAndHalfLife(FxRobot robot) {
        assertTrue(w.text("#half-life").contains("6.579"), w.text("#half-life"));
        robot.interact(() -> w.<ComboBox<Convention>>node("#convention").setValue(Convention.KERAS));
        assertEquals(Convention.KERAS, w.session.last(Command.SetConvention.class).convention());
        w.pump();
        assertEquals("0.9", w.text("#bn-momentum-value"));
        assertTrue(w.text("#half-life").contains("6.579"), "same weight, same half-life");
        w.enter("#bn-momentum-field", "0.99");
        w.pump();
        assertTrue(w.text("#half-life").contains("68.97"), w.text("#half-life"));
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
        assertTrue(w.text("#status").contains("step 1 "), w.text("#status"));
        robot.clickOn("#reset");
        assertInstanceOf(Command.Reset.class, w.session.sent.get(w.session.sent.size() - 1));
        w.pump();
        assertTrue(w.text("#status").contains("step 0 "), w.text("#status"));
    }
}
