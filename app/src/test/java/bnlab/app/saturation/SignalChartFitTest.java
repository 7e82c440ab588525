package bnlab.app.saturation;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jfree.chart.ChartRenderingInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gradient chart in a cell of the live grid at 1600 x 1000 (the view 570 x 420): its lower panel, the ratio
 * "÷ top layer" the lessons point at, is tall enough for its axis's name, which ran up past the panel over the upper
 * panel's lowest tick ("0.001").
 */
@ExtendWith(ApplicationExtension.class)
class SignalChartFitTest {
    /** The gap between the chart's two panels, px (SignalChart). */
    private static final double GAP = 8;
    private SaturationView view;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        view = new SaturationView(c -> { });
        stage.setScene(new Scene((Parent) view.node(), 570, 420));
        stage.sizeToScene(); // the stage is shared: an earlier test class may have set its size
        stage.show();
    }

    @Test
    void theRatioPanelHoldsItsAxisName(FxRobot robot) {
        java.util.List<SaturationFixtures.Layer> layers = new java.util.ArrayList<>();
        for (int l = 0; l < 3; l++) {
            layers.add(new SaturationFixtures.Layer(SaturationFixtures.gaussian(0, 1, -4, 4, 40, 6000), 0.1,
                    Math.pow(10, -l), Math.pow(10, -l - 1)));
        }
        robot.interact(() -> view.show(SaturationFixtures.snapshot(layers, layers)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        SignalChart c = view.pane().signal;
        double[] panel = new double[1];
        robot.interact(() -> {
            ChartRenderingInfo info = c.viewer.getCanvas().getRenderingInfo();
            panel[0] = info.getPlotInfo().getSubplotInfo(1).getDataArea().getHeight();
        });
        String name = c.ratioAxis.getLabel();
        java.awt.Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        double length = g.getFontMetrics(c.ratioAxis.getLabelFont()).stringWidth(name);
        g.dispose();
        assertTrue(view.pane().compact, "shown small");
        // the name is centred on the panel: half of what it overruns goes above, into the 8 px gap between the panels,
        // short of the upper panel's ticks (at 3 : 2 it overran by 25 px)
        assertTrue((length - panel[0]) / 2 <= GAP, "'" + name + "' " + length + " px beside a panel " + panel[0] + " px");
    }
}
