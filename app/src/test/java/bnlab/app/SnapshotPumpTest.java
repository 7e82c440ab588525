package bnlab.app;

import bnlab.engine.session.Snapshot;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

@ExtendWith(ApplicationExtension.class)
class SnapshotPumpTest {

    @Start
    void start(Stage stage) {
    }

    static final class Recorder implements SnapshotView {
        final List<Long> versions = new ArrayList<>();
        final boolean fail;

        Recorder(boolean fail) {
            this.fail = fail;
        }

        @Override
        public Node node() {
            return new Pane();
        }

        @Override
        public void show(Snapshot s) {
            versions.add(s.version());
            if (fail) {
                throw new IllegalStateException("broken view");
            }
        }
    }

    @Test
    void showsEachNewVersionOnceAndSurvivesABrokenView(FxRobot robot) {
        AtomicReference<Snapshot> latest = new AtomicReference<>(Snapshots.at(1, 0));
        Recorder good = new Recorder(false);
        Recorder bad = new Recorder(true);
        List<Throwable> reported = new ArrayList<>();
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e));
            SnapshotPump pump = new SnapshotPump(latest::get, List.of(bad, good), null);
            assertTrue(pump.pump());
            assertFalse(pump.pump(), "same version is skipped");
            latest.set(Snapshots.at(2, 1));
            assertTrue(pump.pump());
            assertEquals(2, pump.shown());
        });
        assertEquals(List.of(1L, 2L), good.versions);
        assertEquals(List.of(1L, 2L), bad.versions, "a view that threw still gets snapshots");
        assertEquals(1, reported.size(), "reported once");
        assertTrue(reported.get(0).getMessage().contains("Recorder"));
    }
}
