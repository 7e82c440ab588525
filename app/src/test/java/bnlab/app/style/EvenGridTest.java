package bnlab.app.style;

import javafx.scene.Scene;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An even grid's columns are equally wide at every width, where a plain grid's 50 % columns are a pixel apart at
 * half the widths (the charts in them chose their titles' size each at its own width).
 */
@ExtendWith(ApplicationExtension.class)
class EvenGridTest {
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(holder, 600, 300));
        stage.show();
    }

    @Test
    void theColumnsAreEquallyWideAtEveryWidth(FxRobot robot) {
        robot.interact(() -> {
            for (int cols = 2; cols <= 3; cols++) {
                EvenGrid even = new EvenGrid(cols, 1);
                GridPane plain = new GridPane();
                Grids.equalCells(plain, cols, 1);
                for (GridPane g : new GridPane[] {even, plain}) {
                    g.setHgap(6);
                    g.setPadding(new javafx.geometry.Insets(3, 5, 3, 4));
                    for (int c = 0; c < cols; c++) {
                        g.add(new Region(), c, 0);
                    }
                }
                Pane both = new Pane(even, plain);
                holder.getChildren().setAll(both);
                int plainApart = 0;
                for (int w = 400; w < 430; w++) {
                    even.resizeRelocate(0, 0, w, 100);
                    plain.resizeRelocate(0, 150, w, 100);
                    even.layout();
                    plain.layout();
                    double first = ((Region) even.getChildren().get(0)).getWidth();
                    for (var n : even.getChildren()) {
                        assertEquals(first, ((Region) n).getWidth(), 1e-9, cols + " columns in " + w + " px");
                    }
                    assertEquals(Math.rint(first), first, 1e-9, "whole pixels");
                    assertTrue(even.getWidth() <= w && even.getWidth() > w - cols, "the grid's width at " + w
                            + " px: " + even.getWidth());
                    double plainFirst = ((Region) plain.getChildren().get(0)).getWidth();
                    for (var n : plain.getChildren()) {
                        plainApart += Math.abs(((Region) n).getWidth() - plainFirst) > 0.5 ? 1 : 0;
                    }
                }
                // else this test could not tell an even grid from a plain one
                assertTrue(plainApart > 0, "a plain grid's columns are apart at some width (" + cols + " columns)");
            }
        });
    }
}
