package bnlab.app.style;

import bnlab.app.i18n.ArchWords;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A chooser of indices counts as people do ("layer 1" for 0) in its button, also for a value its list
 * does not hold yet (a lesson chose the layer before the first snapshot filled the list): the combo box
 * shows such a value through its converter, which wrote the bare index "0".
 */
@ExtendWith(ApplicationExtension.class)
class IndexCellTest {
    private ComboBox<Integer> box;

    @Start
    void start(Stage stage) {
        box = new ComboBox<>();
        IndexCell.install(box, "view.layerNumber", null, () -> false);
        stage.setScene(new Scene(new StackPane(box), 300, 100));
        stage.show();
    }

    @Test
    void aValueOutsideTheListIsWordedLikeTheOthers(FxRobot robot) {
        String layer1 = ArchWords.get("view.layerNumber", false, 1);
        robot.interact(() -> box.setValue(0)); // the list is still empty
        assertEquals(layer1, ((ListCell<?>) box.getButtonCell()).getText());
        robot.interact(() -> {
            box.getItems().setAll(0, 1, 2);
            box.setValue(2);
        });
        assertEquals(ArchWords.get("view.layerNumber", false, 3), ((ListCell<?>) box.getButtonCell()).getText());
        assertEquals(layer1, box.getConverter().toString(0));
    }
}
