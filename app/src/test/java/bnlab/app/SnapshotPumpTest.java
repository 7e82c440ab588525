package bnlab.app;

import bnlab.engine.api.Snapshot;
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
    void heavyViewsTakeTurnsAndHiddenOnesCatchUpLater(FxRobot robot) {
        AtomicReference<Snapshot> latest = new AtomicReference<>(Snapshots.at(1, 0));
        Recorder a = new Recorder(false);
        Recorder b = new Recorder(false);
        Recorder cheap = new Recorder(false);
        Pane pa = sized(new Pane());
        Pane pb = sized(new Pane());
        robot.interact(() -> {
            new javafx.scene.Scene(new javafx.scene.layout.HBox(pa, pb), 200, 100).getRoot().layout();
            SnapshotPump pump = new SnapshotPump(latest::get, List.of(cheap), List.of(at(a, pa), at(b, pb)), null);
            pump.pump();
            assertEquals(1, a.versions.size() + b.versions.size(), "one heavy view per frame");
            pump.pump();
            assertEquals(List.of(1L), a.versions);
            assertEquals(List.of(1L), b.versions, "the other one on the next frame");
            pb.setVisible(false);
            latest.set(Snapshots.at(2, 1));
            pump.pump();
            pump.pump();
            assertEquals(List.of(1L, 2L), a.versions);
            assertEquals(List.of(1L), b.versions, "hidden: skipped");
            pb.setVisible(true);
            pump.pump();
            assertEquals(List.of(1L, 2L), b.versions, "shown again: catches up without a new snapshot");
        });
        assertEquals(List.of(1L, 2L), cheap.versions);
    }

    /** In a small window the grid is one column: a view below the window's edge waits until scrolled in. */
    @Test
    void aViewScrolledOutOfTheWindowWaitsUntilItIsScrolledIn(FxRobot robot) {
        AtomicReference<Snapshot> latest = new AtomicReference<>(Snapshots.at(1, 0));
        Recorder a = new Recorder(false);
        Recorder b = new Recorder(false);
        Pane pa = sized(new Pane());
        Pane pb = sized(new Pane());
        javafx.scene.layout.VBox column = new javafx.scene.layout.VBox(pa, pb);
        robot.interact(() -> {
            new javafx.scene.Scene(column, 100, 100);
            column.applyCss();
            column.layout();
            SnapshotPump pump = new SnapshotPump(latest::get, List.of(), List.of(at(a, pa), at(b, pb)), null);
            pump.pump();
            pump.pump();
            assertEquals(List.of(1L), a.versions);
            assertEquals(List.of(), b.versions, "below the window: not updated");
            column.setTranslateY(-60);
            pump.pump();
            assertEquals(List.of(1L), b.versions, "partly scrolled in: catches up");
        });
    }

    /**
     * A view that changes its two charts at once: while training plays they are drawn on two frames, one
     * each, in the order they changed; paused, both on the same frame. A view taken out draws its own again.
     */
    @Test
    void chartsOfHeavyViewsAreDrawnOneAFrameWhilePlaying(FxRobot robot) {
        AtomicReference<Snapshot> latest = new AtomicReference<>();
        org.jfree.chart.JFreeChart[] charts = charts(2);
        org.jfree.chart.fx.ChartViewer[] viewers = viewers(charts);
        SnapshotView view = retitling(charts, viewers);
        robot.interact(() -> {
            new javafx.scene.Scene((Pane) view.node(), 200, 100).getRoot().layout();
            latest.set(Snapshots.with(Snapshots.at(1, 0), null, null, true));
            SnapshotPump pump = new SnapshotPump(latest::get, List.of(), List.of(view), null);
            ChartTurns turns = pump.charts();
            pump.pump();
            assertFalse(turns.isDue(viewers[0].getCanvas()), "the first chart that changed is drawn");
            assertTrue(turns.isDue(viewers[1].getCanvas()), "the second waits for the next frame");
            pump.pump();
            assertEquals(0, turns.due());
            latest.set(Snapshots.with(Snapshots.at(2, 1), null, null, false));
            pump.pump();
            assertEquals(0, turns.due(), "paused: both at once");
            // a draw makes a new rendering info
            Object info = viewers[0].getCanvas().getRenderingInfo();
            charts[0].setTitle("while adopted");
            assertSame(info, viewers[0].getCanvas().getRenderingInfo(), "adopted: not drawn on a change");
            pump.remove(view);
            charts[0].setTitle("after");
            assertNotSame(info, viewers[0].getCanvas().getRenderingInfo(), "taken out: drawn on a change again");
            assertEquals(0, turns.due());
        });
    }

    /**
     * Charts tagged to be drawn together (a histogram row's panels, which share one x range) are drawn in
     * the same frame while training plays; an untagged chart that changed with them still waits its turn.
     */
    @Test
    void chartsDrawnTogetherShareAFrame(FxRobot robot) {
        AtomicReference<Snapshot> latest = new AtomicReference<>();
        org.jfree.chart.JFreeChart[] charts = charts(3);
        org.jfree.chart.fx.ChartViewer[] viewers = viewers(charts);
        // the row's panels are the first and the last to change: an untagged chart changes between them
        bnlab.app.style.DrawnTogether.tag(viewers[0].getCanvas(), viewers[2].getCanvas());
        SnapshotView view = retitling(charts, viewers);
        robot.interact(() -> {
            new javafx.scene.Scene((Pane) view.node(), 300, 100).getRoot().layout();
            latest.set(Snapshots.with(Snapshots.at(1, 0), null, null, true));
            SnapshotPump pump = new SnapshotPump(latest::get, List.of(), List.of(view), null);
            ChartTurns turns = pump.charts();
            pump.pump();
            assertFalse(turns.isDue(viewers[0].getCanvas()));
            assertFalse(turns.isDue(viewers[2].getCanvas()), "drawn with its companion, in the same frame");
            assertTrue(turns.isDue(viewers[1].getCanvas()), "the untagged chart waits for the next frame");
            pump.pump();
            assertEquals(0, turns.due());
        });
    }

    private static org.jfree.chart.JFreeChart[] charts(int n) {
        org.jfree.chart.JFreeChart[] charts = new org.jfree.chart.JFreeChart[n];
        for (int i = 0; i < n; i++) {
            charts[i] = new org.jfree.chart.JFreeChart(new org.jfree.chart.plot.XYPlot());
        }
        return charts;
    }

    private static org.jfree.chart.fx.ChartViewer[] viewers(org.jfree.chart.JFreeChart[] charts) {
        org.jfree.chart.fx.ChartViewer[] viewers = new org.jfree.chart.fx.ChartViewer[charts.length];
        for (int i = 0; i < charts.length; i++) {
            viewers[i] = new org.jfree.chart.fx.ChartViewer(charts[i]);
            viewers[i].setPrefSize(100, 100);
        }
        return viewers;
    }

    /** A view of the viewers in a row whose every show changes every chart (its title to the version). */
    private static SnapshotView retitling(org.jfree.chart.JFreeChart[] charts, org.jfree.chart.fx.ChartViewer[] viewers) {
        Pane root = new javafx.scene.layout.HBox(viewers);
        return new SnapshotView() {
            @Override
            public Node node() {
                return root;
            }

            @Override
            public void show(Snapshot s) {
                for (org.jfree.chart.JFreeChart c : charts) {
                    c.setTitle("version " + s.version());
                }
            }
        };
    }

    private static Pane sized(Pane p) {
        p.setPrefSize(100, 100);
        p.setMinSize(100, 100);
        return p;
    }

    /** A recorder whose node is the given pane. */
    private static SnapshotView at(Recorder r, Pane pane) {
        return new SnapshotView() {
            @Override
            public Node node() {
                return pane;
            }

            @Override
            public void show(Snapshot s) {
                r.show(s);
            }
        };
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
