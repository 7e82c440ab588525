package bnlab.app.runningstats;

import bnlab.app.histograms.SnapshotFixtures;
import bnlab.app.i18n.I18n;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A lesson's options choose the layer and the unit, counted from 1 as the choosers show them. */
@ExtendWith(ApplicationExtension.class)
class RunningStatsOptionsTest {
    private RunningStatsView view;

    @Start
    void start(Stage stage) {
        view = new RunningStatsView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 1280, 800));
        stage.show();
    }

    @Test
    void layerAndUnitFromOneAsShown(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        robot.interact(() -> view.configure(Map.of("layer", 2, "unit", 3)));
        assertEquals(1, view.model().layerProperty().get());
        assertEquals(2, view.model().unit().unit(), "unit 3 is index 2");
        assertEquals(1, view.pane().layerChooser.getValue());
        assertEquals(2, view.pane().unitChooser.getValue());
        assertEquals(I18n.get("runningStats.mean") + I18n.get("runningStats.ofUnit", 3, 2),
                view.pane().mean.plot.getChart().getTitle().getText());
    }

    @Test
    void aUnitAskedForBeforeTheFirstSnapshotIsChosenWhenItIsProbed(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("unit", 2, "ignored", "x")));
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        assertEquals(1, view.model().unit().unit());
        robot.interact(() -> view.pane().unitChooser.setValue(0)); // the user's choice wins afterwards
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(4)));
        assertEquals(0, view.model().unit().unit());
    }

    @Test
    void aUnitThatIsNotProbedLeavesTheChoiceAsItWas(FxRobot robot) {
        robot.interact(() -> view.show(SnapshotFixtures.snapshot(3)));
        robot.interact(() -> view.configure(Map.of("unit", 50)));
        assertEquals(0, view.model().unit().unit());
    }
}
