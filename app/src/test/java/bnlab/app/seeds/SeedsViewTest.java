package bnlab.app.seeds;

import bnlab.app.TableCsv;
import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.SeedOutcome;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The repeat over seeds on the digits: each run is what {@link Engine#outcome} gives for its seed and batch size,
 * bit for bit; the dots, the mean bars, the words under the chart and the CSV say the outcomes; a stop keeps what
 * came; a batch size the engine refuses is said and nothing runs.
 */
@ExtendWith(ApplicationExtension.class)
class SeedsViewTest {
    private static Dataset digits;
    private static SessionHandle session;
    private static Snapshot setUp;
    private SeedsView view;

    @BeforeAll
    static void startSession() throws Exception {
        digits = Engine.load(DatasetId.DIGITS, null);
        ExperimentSpec spec = ExperimentSpec.defaults().withHidden(List.of(32, 32));
        session = Engine.start(spec, TrainSettings.defaults(), digits);
        setUp = session.latest();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        view = new SeedsView(() -> digits);
        stage.setScene(new Scene((Parent) view.node(), 900, 700));
        stage.show();
        view.show(setUp);
    }

    private static void await(FxRobot robot, BooleanSupplier done) throws Exception {
        long end = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < end) {
            boolean[] d = new boolean[1];
            robot.interact(() -> d[0] = done.getAsBoolean());
            if (d[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("not done in 120 s");
    }

    @Test
    void eachRunIsTheEnginesOutcomeForItsSeedAndBatchSizeAndTheViewSaysThem(FxRobot robot) throws Exception {
        robot.interact(() -> view.configure(Map.of("seeds", 3, "steps", 100, "batches", "32, 8")));
        assertEquals(List.of(8, 32), view.model().batchSizes(), "ascending");
        robot.interact(() -> view.configure(Map.of("run", true)));
        await(robot, () -> !view.running());
        List<SeedOutcome> got = view.outcomes();
        assertEquals(6, got.size());
        int i = 0;
        for (long seed = 1; seed <= 3; seed++) {
            for (int b : List.of(8, 32)) {
                SeedOutcome o = got.get(i++);
                assertEquals(seed, o.seed(), "seeds take turns across the batch sizes");
                assertEquals(b, o.batchSize());
                assertEquals(Engine.outcome(setUp.spec().withSeed(seed), setUp.settings().withBatchSize(b), digits, 100),
                        o, "seed " + seed + ", batch " + b);
            }
        }
        robot.interact(() -> {
            SeedsPane p = view.pane();
            XYSeriesCollection d = (XYSeriesCollection) p.chart.plot.getDataset();
            int dots = d.getSeries(SeedsChart.AHEAD).getItemCount() + d.getSeries(SeedsChart.LEVEL).getItemCount()
                    + d.getSeries(SeedsChart.BEHIND).getItemCount();
            assertEquals(6, dots);
            for (int k = 0; k < d.getSeries(SeedsChart.AHEAD).getItemCount(); k++) {
                assertTrue(d.getSeries(SeedsChart.AHEAD).getY(k).doubleValue() > 0);
            }
            // the bar of batch 8 (column 0) at the mean of its three leads, by hand
            double mean8 = got.stream().filter(o -> o.batchSize() == 8).mapToInt(SeedOutcome::samplesAhead).sum() / 3.0;
            assertEquals(0, d.getSeries(SeedsChart.MEAN).getX(0).doubleValue());
            assertEquals(mean8, d.getSeries(SeedsChart.MEAN).getY(0).doubleValue(), 1e-12);
            assertEquals(I18n.get("seeds.done", 6, 100), p.status.getText());
            assertEquals(2, p.tallies.getChildren().size());
            assertEquals(SeedsPane.line(Tally.of(got, 8)), ((Label) p.tallies.getChildren().get(0)).getText());
            assertFalse(p.run.isDisabled());
            assertTrue(p.stop.isDisabled());
            // other choices for the next repeat leave the chart saying what its dots are of
            String subtitle = p.chart.subtitle();
            p.stepsChoice.getValueFactory().setValue(700);
            p.batchesChoice.setText("64");
            p.batchesChoice.fireEvent(new javafx.event.ActionEvent());
            assertEquals(subtitle, p.chart.subtitle());
            assertEquals(6, ((XYSeriesCollection) p.chart.plot.getDataset()).getSeries(SeedsChart.AHEAD).getItemCount()
                    + ((XYSeriesCollection) p.chart.plot.getDataset()).getSeries(SeedsChart.LEVEL).getItemCount()
                    + ((XYSeriesCollection) p.chart.plot.getDataset()).getSeries(SeedsChart.BEHIND).getItemCount());
            assertEquals(2, p.tallies.getChildren().size());
            p.stepsChoice.getValueFactory().setValue(100);
            p.batchesChoice.setText("8, 32");
            p.batchesChoice.fireEvent(new javafx.event.ActionEvent());
            String[] csv = TableCsv.in(view.node()).split("\n");
            assertEquals(7, csv.length);
            assertEquals("seed,batch_size,steps,test_samples,test_accuracy_bn,test_accuracy_plain,diverged,samples_ahead_bn", csv[0]);
            SeedOutcome first = got.get(0);
            assertEquals("1,8,100," + first.testRows() + "," + TableCsv.number(first.normalizedTest()) + ","
                    + TableCsv.number(first.plainTest()) + ",," + first.samplesAhead(), csv[1]);
        });
    }

    @Test
    void aStopKeepsWhatCameAndNothingMoreArrives(FxRobot robot) throws Exception {
        robot.interact(() -> view.configure(Map.of("seeds", 60, "steps", 400, "batches", "16", "run", true)));
        await(robot, () -> view.outcomes().size() >= 2);
        robot.interact(() -> view.pane().stop.fire());
        int[] kept = new int[1];
        robot.interact(() -> {
            kept[0] = view.outcomes().size();
            assertFalse(view.running());
            assertEquals(I18n.get("seeds.stopped", kept[0], 60), view.pane().status.getText());
        });
        Thread.sleep(1500); // longer than a run: the one under way at the stop is dropped
        robot.interact(() -> assertEquals(kept[0], view.outcomes().size()));
    }

    /** Enlarged and back (out of one parent, into another, in one event) the repeat goes on; out of the window it stops. */
    @Test
    void movingTheViewKeepsTheRepeatAndClosingItStopsIt(FxRobot robot) throws Exception {
        robot.interact(() -> view.configure(Map.of("seeds", 60, "steps", 400, "batches", "16", "run", true)));
        robot.interact(() -> {
            Scene scene = view.node().getScene();
            javafx.scene.layout.StackPane other = new javafx.scene.layout.StackPane();
            scene.setRoot(other);
            other.getChildren().add(view.node());
        });
        Thread.sleep(300);
        robot.interact(() -> assertTrue(view.running(), "moved, still running"));
        robot.interact(() -> ((javafx.scene.layout.StackPane) view.node().getParent()).getChildren().clear());
        Thread.sleep(300);
        robot.interact(() -> assertFalse(view.running(), "left the window: stopped"));
    }

    /** The choices above the chart show a lesson's options and set the next repeat; a list that is not one is said. */
    @Test
    void theChoicesFollowTheOptionsAndSetTheNextRepeat(FxRobot robot) {
        robot.interact(() -> view.configure(Map.of("seeds", 7, "steps", 300, "batches", "16,4")));
        robot.interact(() -> {
            SeedsPane p = view.pane();
            assertEquals(7, p.seedsChoice.getValue());
            assertEquals(300, p.stepsChoice.getValue());
            assertEquals("4, 16", p.batchesChoice.getText());
            view.configure(Map.of("seeds", 9));
            assertEquals(List.of(4, 16), view.model().batchSizes(), "an option that names no sizes keeps them");
            assertEquals(300, view.model().steps());
            p.seedsChoice.getValueFactory().setValue(5);
            p.batchesChoice.setText(" 32 ,8");
            p.batchesChoice.fireEvent(new javafx.event.ActionEvent());
            assertEquals(5, view.model().seeds());
            assertEquals(List.of(8, 32), view.model().batchSizes());
            assertEquals(I18n.get("seeds.run", 5, 2), p.run.getText());
            p.batchesChoice.setText("8, sixteen");
            p.batchesChoice.fireEvent(new javafx.event.ActionEvent());
            assertEquals(I18n.get("seeds.batches.bad", "8, sixteen"), p.status.getText());
            assertTrue(p.run.isDisabled(), "nothing to run until the list is mended");
            assertEquals(List.of(8, 32), view.model().batchSizes(), "unchanged");
            p.batchesChoice.setText("");
            p.batchesChoice.fireEvent(new javafx.event.ActionEvent());
            assertEquals(List.of(setUp.settings().batchSize()), view.model().batchSizes(), "empty: the set-up's own");
            assertFalse(p.run.isDisabled());
        });
    }

    /**
     * A lesson step that asks for another repeat drops the last one's dots (lesson 15's step 3, 300 steps at eta 1,
     * showed step 2's batches of 4, 16 and 120 and "60 runs of 300 steps done"); the same options keep them.
     */
    @Test
    void anotherRepeatDropsTheLastOnesDots(FxRobot robot) throws Exception {
        robot.interact(() -> view.configure(Map.of("seeds", 2, "steps", 20, "batches", "8", "run", true)));
        await(robot, () -> !view.running());
        robot.interact(() -> {
            assertEquals(2, view.outcomes().size());
            assertEquals(I18n.get("seeds.done", 2, 20), view.pane().status.getText());
            view.configure(Map.of("seeds", 2, "steps", 20, "batches", "8"));
            assertEquals(2, view.outcomes().size(), "the same repeat: its dots stay");
            view.configure(Map.of("seeds", 2, "steps", 20, "batches", " 8, 8"));
            assertEquals(2, view.outcomes().size(), "the same sizes written otherwise: the same repeat");
            view.configure(Map.of("seeds", 2, "steps", 30, "batches", "8"));
            assertTrue(view.outcomes().isEmpty(), "another repeat: none of the last one's dots");
            assertEquals(0, view.planned());
            assertEquals(I18n.get("seeds.idle", 30), view.pane().status.getText());
            assertEquals(0, ((XYSeriesCollection) view.pane().chart.plot.getDataset()).getSeries(SeedsChart.AHEAD)
                    .getItemCount());
        });
    }

    @Test
    void aBatchOfOneWithBatchNormIsSaidAndNothingRuns(FxRobot robot) throws Exception {
        robot.interact(() -> view.configure(Map.of("seeds", 2, "steps", 50, "batches", "1,16", "run", true)));
        robot.interact(() -> {
            assertFalse(view.running());
            assertEquals(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM, view.problem().code());
            assertEquals(I18n.problem(view.problem()), view.pane().status.getText());
            assertTrue(view.outcomes().isEmpty());
        });
    }

    /**
     * Seeds where a twin diverged are drawn beyond every lead (the plain twin's above, BN's below, both on the line),
     * and the legend names a divergence only where one happened.
     */
    @Test
    void aDivergedTwinIsAMarkerBeyondTheLeads(FxRobot robot) {
        List<SeedOutcome> got = List.of(new SeedOutcome(1, 60, 100, 0.9, 0.8, 10),
                new SeedOutcome(2, 60, 100, 0.9, Double.NaN, 10), new SeedOutcome(3, 60, 100, 0.5, 0.8, 10),
                new SeedOutcome(4, 60, 100, Double.NaN, Double.NaN, 10));
        SeedsChart chart = view.pane().chart;
        robot.interact(() -> chart.show(got, List.of(60), 4, Tally.of(got, List.of(60))));
        XYSeriesCollection d = (XYSeriesCollection) chart.plot.getDataset();
        assertEquals(1, d.getSeries(SeedsChart.AHEAD).getItemCount());
        assertEquals(1, d.getSeries(SeedsChart.BEHIND).getItemCount());
        assertEquals(1, d.getSeries(SeedsChart.PLAIN_DIVERGED).getItemCount());
        assertTrue(d.getSeries(SeedsChart.PLAIN_DIVERGED).getY(0).doubleValue() > 1, "above BN's lead of 1");
        assertEquals(0, d.getSeries(SeedsChart.BN_DIVERGED).getItemCount());
        assertEquals(0.0, d.getSeries(SeedsChart.BOTH_DIVERGED).getY(0).doubleValue());
        org.jfree.chart.LegendItemCollection legend = chart.plot.getLegendItems();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < legend.getItemCount(); i++) {
            names.add(legend.get(i).getLabel());
        }
        assertTrue(names.contains(I18n.get("seeds.marker.plain")), names.toString());
        assertTrue(names.contains(I18n.get("seeds.marker.both")), names.toString());
        assertFalse(names.contains(I18n.get("seeds.marker.bn")), names.toString());
        // no number beside the diverged row: the axis ticks the leads only (here -10 to +10), not the row above them
        double row = d.getSeries(SeedsChart.PLAIN_DIVERGED).getY(0).doubleValue();
        java.awt.Graphics2D g = new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_ARGB)
                .createGraphics();
        org.jfree.chart.axis.ValueAxis y = chart.plot.getRangeAxis();
        List<?> ticks = y.refreshTicks(g, new org.jfree.chart.axis.AxisState(),
                new java.awt.geom.Rectangle2D.Double(0, 0, 400, 400), org.jfree.chart.ui.RectangleEdge.LEFT);
        g.dispose();
        double highest = ticks.stream().mapToDouble(t -> ((org.jfree.chart.axis.ValueTick) t).getValue()).max()
                .orElseThrow();
        assertTrue(highest <= 10 && highest < row - 1, "the highest tick " + highest + " under the row at " + row);
        assertTrue(y.getRange().getUpperBound() > row, "the row still in the plot");
    }

    /** markSeed and markLead: one earlier run (lesson 14's seed 42, +10) as a named dashed line among the dots. */
    @Test
    void aMarkedRunIsANamedLineAtItsLead(FxRobot robot) {
        List<SeedOutcome> got = List.of(new SeedOutcome(1, 16, 100, 0.9, 0.8, 10), new SeedOutcome(2, 16, 100, 0.5, 0.8, 10));
        SeedsChart chart = view.pane().chart;
        robot.interact(() -> {
            view.configure(java.util.Map.of("markSeed", 42, "markLead", 10));
            chart.show(got, List.of(16), 2, Tally.of(got, List.of(16)));
        });
        String name = I18n.get("seeds.mark", 42, "10");
        String onLine = I18n.get("seeds.mark.line", 42);
        java.util.function.Supplier<List<String>> labels = () -> chart.plot.getRangeMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).stream().map(m -> ((org.jfree.chart.plot.Marker) m).getLabel())
                .filter(java.util.Objects::nonNull).toList();
        java.util.function.Supplier<List<String>> legend = () -> {
            List<String> out = new java.util.ArrayList<>();
            org.jfree.chart.LegendItemCollection items = chart.plot.getLegendItems();
            for (int i = 0; i < items.getItemCount(); i++) {
                out.add(items.get(i).getLabel());
            }
            return out;
        };
        assertTrue(labels.get().contains(onLine), labels.get().toString());
        assertTrue(legend.get().contains(name), legend.get().toString());
        // the name in full at the line's left end ran over the first seeds' dots (lesson 15 at 1280 x 720): there
        // only the seed, in the room the dots leave at the column's left, (1 - SPREAD) / 2 of it
        robot.interact(() -> {
            view.node().getScene().getWindow().setWidth(880);
            view.node().getScene().getWindow().setHeight(600);
        });
        robot.interact(() -> { });
        double plot = chart.viewer.getCanvas().getRenderingInfo().getPlotInfo().getDataArea().getWidth();
        double word = ChartStyle.legendFont().getStringBounds(onLine,
                new java.awt.font.FontRenderContext(null, true, true)).getWidth();
        assertTrue(word + 8 * bnlab.app.style.Look.current().scale() < plot * (1 - SeedsChart.SPREAD) / 2,
                word + " px of words beside " + plot + " px of plot");
        robot.interact(() -> view.configure(java.util.Map.of("markSeed", 0)));
        assertFalse(labels.get().contains(onLine), "taken away");
        assertFalse(legend.get().contains(name), "from the legend too");
        robot.interact(() -> { // the shared stage back at this class's size for the tests after
            view.node().getScene().getWindow().setWidth(900);
            view.node().getScene().getWindow().setHeight(700);
        });
    }

    /**
     * Lesson 15 opens on seed 42's line before any run: the axis reaches the line then (it stood at 0 to 1, the line
     * off the plot), and still when every dot lies below it; without a mark the axis is the dots' again.
     */
    @Test
    void theMarkedLineIsInTheAxisRangeBeforeAndAfterTheFirstRun(FxRobot robot) {
        SeedsChart[] c = new SeedsChart[1];
        List<SeedOutcome> got = List.of(new SeedOutcome(1, 16, 1, 0.9, 0.8, 10), new SeedOutcome(2, 16, 2, 0.5, 0.8, 10));
        robot.interact(() -> {
            c[0] = new SeedsChart();
            c[0].mark(new SeedsChart.Mark(42, 10));
        });
        java.util.function.Supplier<org.jfree.data.Range> range = () -> c[0].plot.getRangeAxis().getRange();
        assertTrue(range.get().contains(10) && range.get().contains(0), "before any run: " + range.get());
        robot.interact(() -> c[0].show(got, List.of(16), 2, Tally.of(got, List.of(16))));
        assertTrue(range.get().contains(10) && range.get().contains(0), "dots at 1 and -3: " + range.get());
        robot.interact(() -> {
            c[0].mark(null);
            c[0].show(got, List.of(16), 2, Tally.of(got, List.of(16)));
        });
        assertTrue(range.get().getUpperBound() < 10, "no mark: " + range.get());
    }

    /** The legend's letters keep their tails ("diverged"): the chart's bottom rows are bare, not cut ink. */
    @Test
    void theLegendIsNotCutAtTheChartsFoot(FxRobot robot) {
        List<SeedOutcome> got = List.of(new SeedOutcome(1, 60, 100, 0.9, 0.8, 10),
                new SeedOutcome(2, 60, 100, 0.9, Double.NaN, 10));
        SeedsChart chart = view.pane().chart;
        robot.interact(() -> chart.show(got, List.of(60), 2, Tally.of(got, List.of(60))));
        robot.interact(() -> { });
        javafx.scene.image.WritableImage[] shot = new javafx.scene.image.WritableImage[1];
        robot.interact(() -> shot[0] = chart.viewer.snapshot(null, null));
        javafx.scene.image.PixelReader px = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        for (int y = h - 3; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = px.getArgb(x, y);
                int darkest = Math.min((argb >> 16) & 255, Math.min((argb >> 8) & 255, argb & 255));
                assertTrue(darkest > 200, "ink at the chart's foot, x " + x + ", y " + y + ": " + Integer.toHexString(argb));
            }
        }
    }
}
