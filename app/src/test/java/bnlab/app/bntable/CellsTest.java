package bnlab.app.bntable;

import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A worked line's note in a narrow table: beside a short formula; above a wide one, as its caption (under it, the
 * biased variance's note read as the heading of the unbiased variance's line below).
 */
@ExtendWith(ApplicationExtension.class)
class CellsTest {
    @Start
    void start(Stage stage) {
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
    }

    @Test
    void aWideFormulasNoteIsItsCaptionAbove(FxRobot robot) {
        Pane[] rows = new Pane[2];
        robot.interact(() -> {
            Cells narrow = new Cells(true);
            rows[0] = narrow.texRow("\\sigma_B^2 = \\frac{1}{m} \\sum_i (x_i - \\mu_B)^2 = \\frac{33.976258}{36} = 0.94378494",
                    "biased");
            rows[1] = narrow.texRow("m = 36", "short");
        });
        assertInstanceOf(Label.class, rows[0].getChildren().get(0), "the note first, then the formula");
        assertInstanceOf(ImageView.class, rows[0].getChildren().get(1));
        assertEquals("biased", ((Label) rows[0].getChildren().get(0)).getText());
        assertInstanceOf(ImageView.class, rows[1].getChildren().get(0), "a short formula keeps its note beside it");
        assertInstanceOf(Label.class, rows[1].getChildren().get(1));
    }
}
