package bnlab.app.saturation;

import bnlab.app.HarnessedLessonTest;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 2 in a window maximized on a 1920 x 1080 screen (1920 x 1000 left for its content below the title bar and
 * above a task bar), its saturation view above the curves: the chart of the gradients reaching each
 * layer is shown small, yet it still says which lines are the signal (solid) and which the weights' gradients
 * (dashed); without its legend a class sees two kinds of line and nothing naming them.
 */
class SaturationStageLegendTest extends HarnessedLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void theGradientChartNamesItsLinesInATwoViewLesson() {
        h.show(stage, Locale.SIMPLIFIED_CHINESE, 1920, 1000);
        h.open("saturation-init");
        h.predict(0);
        h.flush();
        SaturationPane p = h.view(SaturationView.class).pane();
        boolean[] shown = new boolean[2];
        double[] tall = new double[1];
        robot.interact(() -> {
            shown[0] = p.compact;
            shown[1] = p.signal.chart().getLegend().isVisible();
            tall[0] = p.signal.viewer.getHeight();
        });
        System.out.println("signal chart " + tall[0]);
        assertTrue(shown[0], "shown small beside the curves");
        assertTrue(shown[1], "the legend, in a chart " + tall[0] + " px tall");
    }
}
