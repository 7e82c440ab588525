package bnlab.app.axes;

import bnlab.app.CnnSnapshots;
import bnlab.app.histograms.PngSnapshots;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.style.Palette;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The block view: the cells framed for each normalization are exactly the ones {@link NormAxes#pooled}
 * names (read off the drawn pixels), the read-out's statistics are the set's, and a click chooses a cell.
 */
@ExtendWith(ApplicationExtension.class)
class BlockViewTest {
    private BlockView view;

    @Start
    void start(Stage stage) {
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)); // another test's may linger
        view = new BlockView();
        stage.setScene(new Scene((Parent) view.node(), 1400, 900));
        stage.show();
    }

    // whether the frame around cell (n, c) is drawn in the normalization's colour (its middle pixel above the cell)
    private static boolean framed(PixelReader px, BlockCanvas canvas, int n, int c, java.awt.Color colour) {
        Rectangle2D r = canvas.cellBounds(n, c);
        return near(px.getArgb((int) (r.getMinX() + r.getWidth() / 2), (int) (r.getMinY() - BlockCanvas.GAP / 4)),
                colour);
    }

    // whether a pixel has this colour, give or take a little
    private static boolean near(int argb, java.awt.Color colour) {
        return Math.abs(((argb >> 16) & 255) - colour.getRed()) < 8 && Math.abs(((argb >> 8) & 255) - colour.getGreen()) < 8
                && Math.abs((argb & 255) - colour.getBlue()) < 8;
    }

    private void checkHighlight(FxRobot robot, Snapshot s, NormKind k, int sample, int channel) {
        robot.interact(() -> {
            view.show(s);
            view.configure(Map.of("norm", k.name(), "sample", sample + 1, "channel", channel + 1));
        });
        assertEquals(k, view.shownNorm());
        BlockFrame f = view.frame();
        BatchBlock b = f.block();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = view.canvas.snapshot(null, null));
        PixelReader px = img[0].getPixelReader();
        int inSet = 0;
        for (int n = 0; n < view.canvas.rows(); n++) {
            for (int c = 0; c < view.canvas.columns(); c++) {
                boolean pooled = NormAxes.pooled(k, b.channels(), f.groups(), sample, channel, n, c);
                assertEquals(pooled, framed(px, view.canvas, n, c, BlockCanvas.colour(k)),
                        k + ": cell (" + n + ", " + c + ") for (" + sample + ", " + channel + ")");
                inSet += pooled ? 1 : 0;
                if (pooled) { // not veiled: a value's block of pixels has its colour on the scale
                    int q = b.positions() / 2 + b.width() / 2;
                    Rectangle2D r = view.canvas.cellBounds(n, c);
                    double pw = r.getWidth() / b.width();
                    double ph = r.getHeight() / b.height();
                    int argb = px.getArgb((int) (r.getMinX() + (q % b.width() + 0.5) * pw),
                            (int) (r.getMinY() + (q / b.width() + 0.5) * ph));
                    java.awt.Color want = new java.awt.Color(bnlab.app.featuremaps.Scales.argb(b.get(n, c, q), f.scale()));
                    assertTrue(near(argb, want), "value " + q + " of cell (" + n + ", " + c + ")");
                }
            }
        }
        assertTrue(inSet > 0);
        NormAxes.Pooled p = NormAxes.stats(k, b, f.groups(), sample, channel);
        Label mean = robot.lookup("#block-mean-" + k).query();
        Label count = robot.lookup("#block-count-" + k).query();
        if (k != NormKind.RMS) {
            assertEquals(BlockView.compact(p.mean()), mean.getText());
            // the sentence over the table gives the same numbers, rounded alike
            assertTrue(view.readout.getText().contains(mean.getText()), view.readout.getText());
            assertTrue(view.readout.getText().contains(BlockView.compact(p.var())), view.readout.getText());
        }
        assertEquals(Long.toString(p.count()), count.getText());
        if (k != NormKind.RMS) {
            // the RMS column: sqrt(mean of x^2) = sqrt(mu^2 + sigma^2) (biased sigma^2), not the std unless mu = 0
            Label rms = robot.lookup("#block-rms-" + k).query();
            double want = Math.sqrt(p.mean() * p.mean() + p.var());
            assertEquals(want, Double.parseDouble(rms.getText()), 0.01 * want + 1e-9, "RMS of " + k);
        }
        Label head = robot.lookup("#block-rms-head").query();
        assertEquals(I18n.get("block.table.rms.tip"), bnlab.app.style.Tips.text(head));
        assertTrue(view.readout.getText().startsWith(I18n.label(k)));
    }

    @Test
    void eachConvNormalizationFramesExactlyTheCellsItPools(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 6, 30);
        for (NormKind k : new NormKind[] {NormKind.BATCH, NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP}) {
            checkHighlight(robot, s, k, 2, 5);
            checkHighlight(robot, s, k, 0, 0);
        }
        robot.interact(() -> view.configure(Map.of("norm", "BATCH", "sample", 3, "channel", 2)));
        // BN pools one channel over N * H * W values
        assertEquals(Long.toString(6L * 64), robot.lookup("#block-count-BATCH").queryAs(Label.class).getText());
        assertEquals(Long.toString(8L * 64), robot.lookup("#block-count-LAYER").queryAs(Label.class).getText());
        assertEquals("64", robot.lookup("#block-count-INSTANCE").queryAs(Label.class).getText());
        assertEquals(Long.toString(4L * 64), robot.lookup("#block-count-GROUP").queryAs(Label.class).getText());
        robot.interact(() -> PngSnapshots.write(view.node(), "target/block-bn.png"));
    }

    @Test
    void anMlpBlockIsTheSamplesByFeaturesTableWithBatchNormsColumnAndTheRowsOfLayerAndRmsNorm(FxRobot robot) {
        Snapshot s = CnnSnapshots.mlp(NormKind.BATCH, 5, 30);
        for (NormKind k : new NormKind[] {NormKind.BATCH, NormKind.LAYER, NormKind.RMS}) {
            checkHighlight(robot, s, k, 1, 3);
        }
        assertNull(robot.lookup("#block-norm-INSTANCE").tryQuery().orElse(null), "no InstanceNorm for an MLP");
        assertNotNull(robot.lookup("#block-norm-RMS").tryQuery().orElse(null));
    }

    /**
     * The view's CSV holds every value of the live block (not only the drawn ones) with the engine's float digits,
     * and marks the set the chosen cell's statistics pool: the marked values' mean and variance are the read-out's
     * (the NormAxes oracle), for BatchNorm and LayerNorm.
     */
    @Test
    void theCsvHoldsEveryValueAndMarksThePooledSet(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 6, 30);
        for (NormKind k : new NormKind[] {NormKind.BATCH, NormKind.LAYER}) {
            robot.interact(() -> {
                view.show(s);
                view.configure(Map.of("norm", k.name(), "sample", 2, "channel", 3));
            });
            bnlab.app.CsvText t = bnlab.app.CsvText.of(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000,
                    () -> bnlab.app.TableCsv.in(view.node())));
            BatchBlock b = view.frame().block();
            assertEquals(java.util.List.of("sample", "channel", "row", "column", "x", "pooled"), t.header());
            assertEquals(b.samples() * b.channels() * b.positions(), t.rows().size());
            java.util.List<String> last = t.rows().get(t.rows().size() - 1);
            assertEquals(java.util.List.of(Integer.toString(b.samples()), Integer.toString(b.channels()),
                    Integer.toString(b.height()), Integer.toString(b.width())), last.subList(0, 4));
            assertEquals(b.get(b.samples() - 1, b.channels() - 1, b.positions() - 1), Float.parseFloat(last.get(4)), 0f);
            double sum = 0;
            double sq = 0;
            long m = 0;
            for (java.util.List<String> r : t.rows()) {
                if (r.get(5).equals("1")) {
                    double x = Double.parseDouble(r.get(4));
                    sum += x;
                    sq += x * x;
                    m++;
                }
            }
            NormAxes.Pooled p = NormAxes.stats(k, b, view.frame().groups(), 1, 2);
            assertEquals(p.count(), m, k + ": the pooled set");
            assertEquals(p.mean(), sum / m, 1e-6 * Math.max(1, Math.abs(p.mean())), k + ": its mean");
            assertEquals(p.var(), sq / m - (sum / m) * (sum / m), 1e-4 * Math.max(1, p.var()), k + ": its variance");
        }
    }

    @Test
    void aClickChoosesTheCellAndAButtonTheNormalization(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 6, 30);
        robot.interact(() -> view.show(s));
        assertEquals(NormKind.BATCH, view.shownNorm(), "the network's own at first");
        Rectangle2D r = view.canvas.cellBounds(4, 6);
        robot.clickOn(view.canvas.localToScreen(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2)
                .getX(), view.canvas.localToScreen(r.getMinX() + r.getWidth() / 2, r.getMinY() + r.getHeight() / 2)
                .getY());
        assertArrayEquals(new int[] {4, 6}, view.cell());
        robot.interact(() -> robot.lookup("#block-norm-INSTANCE").queryAs(ToggleButton.class).fire());
        assertEquals(NormKind.INSTANCE, view.shownNorm());
        assertTrue(view.readout.getText().contains(Long.toString(64)));
    }

    @Test
    void theFourNormalizationButtonsShareOneRowInAViewAsWideAsALessons(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 6, 30);
        robot.interact(() -> {
            view.show(s);
            view.node().getScene().getWindow().setWidth(880);
        });
        robot.interact(() -> { });
        double y = -1;
        for (javafx.scene.Node b : view.normButtons.getChildren()) {
            double by = b.localToScene(0, 0).getY();
            if (y >= 0) {
                assertEquals(y, by, 0.5, "every button on the first's row");
            }
            y = by;
        }
        assertEquals(4, view.normButtons.getChildren().size());
    }

    // a new view in a window of its own of this size, shown two training steps of the CNN; measure reads it
    private static <T> T inWindow(FxRobot robot, int width, int height,
                                  java.util.function.Function<BlockView, T> measure) {
        BlockView small = new BlockView();
        Stage[] stage = new Stage[1];
        robot.interact(() -> {
            stage[0] = new Stage();
            // the window's fonts and type, as in the app and in exports
            bnlab.app.i18n.Fonts.registerFx();
            Scene scene = new Scene((Parent) small.node(), width, height);
            scene.getStylesheets().add(bnlab.app.MainWindow.stylesheet());
            stage[0].setScene(scene);
            stage[0].show();
            small.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 30));
        });
        robot.interact(() -> small.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 31)));
        robot.interact(() -> { });
        List<T> out = new ArrayList<>();
        robot.interact(() -> {
            out.add(measure.apply(small));
            stage[0].close();
        });
        return out.get(0);
    }

    /**
     * In a lesson's view on a 1280 x 720 screen (about 880 x 600) the read-out and its table stand beside the block,
     * where its cells leave room: they went under it (out of sight) while the table's columns needed more than the
     * width the view gave the read-out.
     */
    @Test
    void theTableStandsBesideTheBlockWhereTheCellsLeaveRoomForIt(FxRobot robot) {
        javafx.geometry.Bounds[] b = inWindow(robot, 874, 560, v -> new javafx.geometry.Bounds[] {
            v.canvas.localToScene(v.canvas.getLayoutBounds()), v.side.localToScene(v.side.getLayoutBounds())});
        javafx.geometry.Bounds c = b[0];
        javafx.geometry.Bounds t = b[1];
        assertTrue(t.getMinX() >= c.getMaxX() && t.getMinY() < c.getMaxY(), "beside: canvas " + c + ", table " + t);
        assertTrue(t.getMaxX() <= 874, "and within the view: " + t);
    }

    /**
     * Lesson 13 step 4 on a 1280 x 720 screen: the network switched from BatchNorm to GroupNorm, its table's row now
     * "GroupNorm (G = 2) (this network)", stays beside the block in both languages. The view placed it by the table
     * of the draw before, and the wider one went under the block, out of sight.
     */
    @Test
    void aNetworkSwitchedToGroupNormKeepsItsTableBesideTheBlock(FxRobot robot) {
        java.util.Locale before = I18n.locale();
        try {
            for (java.util.Locale locale : List.of(java.util.Locale.SIMPLIFIED_CHINESE, java.util.Locale.ENGLISH)) {
                I18n.setLocale(locale);
                BlockView v = new BlockView();
                Stage[] stage = new Stage[1];
                robot.interact(() -> {
                    stage[0] = new Stage();
                    bnlab.app.i18n.Fonts.registerFx();
                    Scene scene = new Scene((Parent) v.node(), 874, 560);
                    scene.getStylesheets().add(bnlab.app.MainWindow.stylesheet());
                    stage[0].setScene(scene);
                    stage[0].show();
                    v.configure(Map.of("norm", "GROUP", "sample", 2, "channel", 3));
                    v.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 3));
                });
                robot.interact(() -> v.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 4)));
                robot.interact(() -> v.show(CnnSnapshots.cnn(NormKind.GROUP, 8, 20)));
                robot.interact(() -> { });
                javafx.geometry.Bounds[] b = new javafx.geometry.Bounds[2];
                robot.interact(() -> {
                    b[0] = v.canvas.localToScene(v.canvas.getLayoutBounds());
                    b[1] = v.side.localToScene(v.side.getLayoutBounds());
                    stage[0].close();
                });
                assertTrue(b[1].getMinX() >= b[0].getMaxX() && b[1].getMinY() < b[0].getMaxY(),
                        locale + ": beside: canvas " + b[0] + ", table " + b[1]);
                assertTrue(b[1].getMaxX() <= 874, locale + ": and within the view: " + b[1]);
            }
        } finally {
            I18n.setLocale(before);
        }
    }

    /** In a short view at a projector's type the cells keep their smallest size and the view scrolls to the rest. */
    @Test
    void aShortViewAtLargeTypeKeepsReadableCells(FxRobot robot) {
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.5));
        try {
            Rectangle2D cell = inWindow(robot, 862, 330, v -> v.canvas.cellBounds(0, 0));
            assertTrue(cell.getHeight() >= 28 * 1.5 - 0.5, "cell " + cell);
        } finally {
            bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
        }
    }

    /**
     * Where its line above wraps (a view 880 px wide, as in a lesson) the block still fits the view's height: no row
     * under the edge and no scroll bar (a fixed allowance for that line left both in every exported still).
     */
    @Test
    void theBlockFitsUnderAWrappedLine(FxRobot robot) {
        double[] h = inWindow(robot, 1280, 800, v -> new double[] {v.scroll().getContent().getLayoutBounds().getHeight(),
            v.scroll().getViewportBounds().getHeight(), v.canvas.rows()});
        assertEquals(8, h[2], "all 8 samples drawn");
        assertTrue(h[0] <= h[1] + 0.5, "content " + h[0] + " within the viewport " + h[1]);
    }
}
