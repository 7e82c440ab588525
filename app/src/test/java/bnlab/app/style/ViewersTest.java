package bnlab.app.style;

import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.ChartCanvas;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chart on screen does not zoom, on the wheel or on a drag (JFreeChart's own viewer does both). */
@ExtendWith(ApplicationExtension.class)
class ViewersTest {
    private ChartViewer ours;
    private ChartViewer plain;

    @Start
    void start(Stage stage) {
        ours = Viewers.of(chart());
        plain = new ChartViewer(chart());
        HBox box = new HBox(ours, plain);
        ours.setPrefSize(400, 300);
        plain.setPrefSize(400, 300);
        stage.setScene(new Scene(box, 800, 300));
        stage.show();
    }

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("s");
        for (int i = 0; i <= 10; i++) {
            s.add(i, i * i);
        }
        return ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection(s));
    }

    @Test
    void neitherTheWheelNorADragZooms(FxRobot robot) {
        robot.interact(() -> {
            ChartCanvas c = ours.getCanvas();
            assertFalse(c.isDomainZoomable() || c.isRangeZoomable(), "the wheel's zoom is off");
            assertNull(c.getMouseHandler("zoom"), "no drag to zoom");
            // what JFreeChart's own viewer does
            assertTrue(plain.getCanvas().isRangeZoomable());
            assertNotNull(plain.getCanvas().getMouseHandler("zoom"));
        });
    }
}
