package bnlab.app.landscape;

import bnlab.engine.api.Command;
import bnlab.engine.api.LandscapeState;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A lesson's options set the surface view's values; "compute" asks the engine with them, as the button does. */
@ExtendWith(ApplicationExtension.class)
class NetworkLandscapeOptionsTest {
    private final List<Command> sent = new CopyOnWriteArrayList<>();
    private final AtomicReference<LandscapeState> state = new AtomicReference<>();
    private NetworkLandscapeView view;

    @Start
    void start(Stage stage) {
        view = new NetworkLandscapeView(sent::add, state::get);
        stage.setScene(new Scene((javafx.scene.Parent) view.node(), 1200, 780));
        stage.show();
    }

    private void configure(Map<String, Object> options) {
        WaitForAsyncUtils.asyncFx(() -> view.configure(options));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void valuesAloneSendNothingComputeSendsThem() {
        configure(Map.of("grid", 21, "range", 0.3, "samples", 256, "seed", 2L));
        assertEquals(List.of(), sent, "setting values computes nothing");
        configure(Map.of("compute", true));
        assertEquals(List.of(new Command.ComputeLandscape(21, 0.3, 256, 2)), sent);
    }

    @Test
    void valuesOutsideTheControlsRangesAreKeptInThem() {
        configure(Map.of("grid", 500, "range", 0.01, "seed", 3, "compute", true));
        Command.ComputeLandscape c = (Command.ComputeLandscape) sent.get(sent.size() - 1);
        assertEquals(51, c.gridSize(), "the grid spinner's top");
        assertEquals(0.1, c.range(), 1e-12, "the range spinner's bottom");
        assertEquals(3, c.seed());
    }
}
