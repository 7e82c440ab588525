package bnlab.app.featuremaps;

import bnlab.app.CnnSnapshots;
import bnlab.app.histograms.PngSnapshots;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** The feature-map view on hand-made CNN snapshots: a map per channel and row, its statistics, the scale. */
@ExtendWith(ApplicationExtension.class)
class FeatureMapsViewTest {
    private FeatureMapsView view;
    /** What the view's switch button returns; counts its calls. */
    private bnlab.engine.api.Problem switchAnswer;
    private int switches;

    @Start
    void start(Stage stage) {
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)); // another test's may linger
        view = new FeatureMapsView(() -> {
            switches++;
            return switchAnswer;
        });
        stage.setScene(new Scene((Parent) view.node(), 1400, 700));
        stage.show();
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
    }

    private int images(FxRobot robot, String prefix) {
        int[] n = new int[1];
        robot.interact(() -> n[0] = (int) view.grid.getChildren().stream()
                .filter(x -> x instanceof ImageView && x.getId() != null && x.getId().startsWith(prefix)).count());
        return n[0];
    }

    /**
     * A tall view (a lesson's stage with the maps alone at 1920x1080) draws 8 maps as wide as it allows, the texts
     * under them; at 1400x700 they stay 96 px or less with the texts beside, as before.
     */
    @Test
    void aTallViewDrawsLargerMapsWithTheTextsUnderThem(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 8, 40);
        robot.interact(() -> view.show(s));
        double[] small = mapAndTexts(robot);
        assertTrue(small[0] <= 96.5, "a short view: at most 96 px: " + small[0]);
        robot.interact(() -> view.node().getScene().getWindow().setHeight(1000));
        robot.interact(() -> view.node().getScene().getWindow().setWidth(1330));
        robot.interact(() -> view.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 41)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> view.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 42)));
        double[] tall = mapAndTexts(robot);
        assertTrue(tall[0] > 1.2 * 96, "a tall view: larger maps: " + tall[0]);
        assertTrue(tall[2] >= tall[1], "the texts under the maps: " + tall[2] + " vs " + tall[1]);
        robot.interact(() -> PngSnapshots.write(view.node(), "target/feature-maps-tall.png"));
    }

    /**
     * The read-outs under the maps keep to the maps' width: at 1280 x 720 "max -0.03488" (bold) was wider than its
     * map, the columns grew past the view and a horizontal scroll bar showed (a teacher's review of lesson 12).
     */
    @Test
    void theReadOutsUnderTheMapsKeepToTheMapsWidth(FxRobot robot) {
        for (double width : new double[] {760, 820, 880}) {
            robot.interact(() -> view.node().getScene().getWindow().setWidth(width));
            robot.interact(() -> view.show(CnnSnapshots.cnn(NormKind.BATCH, 8, (long) width)));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                double map = view.grid.getChildren().stream().filter(x -> x instanceof ImageView && x.getId() != null
                        && x.getId().startsWith("fm-plain-")).mapToDouble(x -> x.getLayoutBounds().getWidth())
                        .findFirst().orElseThrow();
                for (javafx.scene.Node n : view.grid.getChildren()) {
                    if (n.getId() != null && (n.getId().startsWith("fm-stats-") || n.getId().startsWith("fm-plain-stats-"))) {
                        assertTrue(n.getLayoutBounds().getWidth() <= map + 1, // (snapped to whole pixels)
                                n.getId() + " at " + width + ": " + n.getLayoutBounds().getWidth() + " > " + map);
                    }
                }
            });
        }
        robot.interact(() -> view.node().getScene().getWindow().setWidth(1400));
    }

    /** The first map's width, the grid's bottom and the texts' top, in the scene. */
    private double[] mapAndTexts(FxRobot robot) {
        double[] out = new double[3];
        robot.interact(() -> {
            view.node().applyCss();
            ((Parent) view.node()).layout();
            javafx.scene.Node map = view.grid.getChildren().stream().filter(x -> "fm-x-0".equals(x.getId())).findFirst()
                    .orElseThrow();
            out[0] = map.getBoundsInParent().getWidth();
            out[1] = view.grid.localToScene(view.grid.getLayoutBounds()).getMaxY();
            Label summary = (Label) view.node().lookup("#fm-summary");
            out[2] = summary.localToScene(summary.getLayoutBounds()).getMinY();
        });
        return out;
    }

    @Test
    void everyChannelHasAMapBeforeAfterAndWithoutAndTheStatisticsItWasNormalizedWith(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 8, 40);
        robot.interact(() -> view.show(s));
        assertEquals(8, images(robot, "fm-x-"));
        assertEquals(8, images(robot, "fm-y-"));
        assertEquals(8, images(robot, "fm-plain-"));
        FeatureMaps m = s.normalized().layers().get(0).maps();
        for (int c = 0; c < 8; c++) {
            Label st = robot.lookup("#fm-stats-" + c).query();
            assertEquals(I18n.get("featureMaps.stats", FeatureMapsView.compact(m.mean()[c]), FeatureMapsView.compact(m.var()[c])),
                    st.getText());
        }
        // the batch's channel statistics: channel c's mean over N * H * W values of the block
        assertEquals(8L * 64, view.frame().pooledCount());
        robot.interact(() -> view.configure(Map.of("layer", 2)));
        assertEquals(16, images(robot, "fm-y-"), "the second block's 16 channels");
        assertEquals(1, view.frame().layer());
        robot.interact(() -> PngSnapshots.write(view.node(), "target/feature-maps-bn.png"));
    }

    /**
     * Lesson 12 step 1 asks over which values BatchNorm takes a channel's mean: while the question is open the
     * read-out that answers it ("its channel over the whole batch (512 values)") and the point under it wait; the maps
     * and each map's own statistics stay.
     */
    @Test
    void aLessonsOpenQuestionWithholdsTheLinesThatAnswerIt(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 8, 40);
        String answer = I18n.get("featureMaps.row.stats.BATCH", 8L * 64);
        robot.interact(() -> view.show(s));
        assertTrue(view.summary.getText().contains(answer), view.summary.getText());
        assertTrue(view.point.isVisible());
        robot.interact(() -> view.configure(Map.of("withhold", true)));
        assertFalse(view.summary.getText().contains(answer), view.summary.getText());
        assertFalse(view.summary.getText().isBlank(), "the spreads before and after stay");
        assertFalse(view.point.isVisible());
        assertEquals(8, images(robot, "fm-x-"));
        robot.interact(() -> view.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 41)));
        assertFalse(view.summary.getText().contains(answer), "a new snapshot keeps it back");
        robot.interact(() -> view.configure(Map.of("withhold", false)));
        assertTrue(view.summary.getText().contains(answer), view.summary.getText());
        assertTrue(view.point.isVisible());
    }

    @Test
    void oneScaleForAllMapsAndTheSpreadReadoutMatchesTheValues(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 8, 40);
        robot.interact(() -> view.show(s));
        FeatureMaps bn = s.normalized().layers().get(0).maps();
        FeatureMaps plain = s.plain().layers().get(0).maps();
        double scale = view.frame().scale();
        int over = 0;
        int all = 0;
        for (float[] a : new float[][] {bn.x(), bn.y(), plain.x()}) {
            for (float v : a) {
                all++;
                over += Math.abs(v) > scale ? 1 : 0;
            }
        }
        assertTrue(over > 0 && over <= Math.ceil(0.02 * all), "the 98th percentile of |v|: " + over + " of " + all);
        // after BN each channel of this sample is near 0; before, channel c sits near c - 4
        MapFrame.Spread x = MapFrame.spread(bn.x(), 8);
        MapFrame.Spread y = MapFrame.spread(bn.y(), 8);
        assertTrue(x.maxMean() - x.minMean() > 5, "before: channel levels differ by about 7");
        assertTrue(y.maxMean() - y.minMean() < x.maxMean() - x.minMean(), "after: closer together");
        assertEquals(0, Diverging.argb(0, 1) >>> 24 == 0xFF ? 0 : 1);
        assertEquals(0xFFF7F7F7, Diverging.argb(0, 1), "0 is near-white");
        assertEquals(0xFF276419, Diverging.argb(5, 1), "beyond the scale: the end colour");
    }

    /**
     * The CSV holds every value of the sample's maps at the block shown (all channels), with the twin with BN's x,
     * the mean and variance of its channel, its y and the plain twin's x, each as the probe gave it; an MLP has none.
     */
    @Test
    void theCsvHoldsEveryValueOfTheMaps(FxRobot robot) {
        Snapshot s = CnnSnapshots.cnn(NormKind.BATCH, 8, 40);
        robot.interact(() -> view.show(s));
        bnlab.app.CsvText t = bnlab.app.CsvText.of(org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> bnlab.app.TableCsv.in(view.node())));
        assertEquals(java.util.List.of("channel", "row", "column", "x", "mean", "var", "y", "x_plain"), t.header());
        FeatureMaps m = s.normalized().layers().get(0).maps();
        FeatureMaps p = s.plain().layers().get(0).maps();
        assertEquals(m.channels() * m.height() * m.width(), t.rows().size());
        for (java.util.List<String> r : t.rows()) {
            int c = Integer.parseInt(r.get(0)) - 1;
            int y = Integer.parseInt(r.get(1)) - 1;
            int x = Integer.parseInt(r.get(2)) - 1;
            assertEquals(m.x(c, y, x), Float.parseFloat(r.get(3)), 0f);
            assertEquals(m.mean()[c], Double.parseDouble(r.get(4)), 0);
            assertEquals(m.var()[c], Double.parseDouble(r.get(5)), 0);
            assertEquals(m.y(c, y, x), Float.parseFloat(r.get(6)), 0f);
            assertEquals(p.x(c, y, x), Float.parseFloat(r.get(7)), 0f);
        }
        robot.interact(() -> view.show(CnnSnapshots.mlp(NormKind.BATCH, 8, 10)));
        assertEquals(null, org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(5000, () -> bnlab.app.TableCsv.in(view.node())),
                "an MLP has no maps to write");
    }

    @Test
    void anMlpHasNoFeatureMapsAndSaysSoInBothLanguages(FxRobot robot) {
        Snapshot s = CnnSnapshots.mlp(NormKind.BATCH, 8, 10);
        robot.interact(() -> view.show(s));
        assertNull(view.frame());
        assertEquals(I18n.get("featureMaps.mlp"), view.message.getText());
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        robot.interact(() -> {
            FeatureMapsView zh = new FeatureMapsView(() -> null);
            zh.show(s);
            assertEquals(I18n.get("featureMaps.mlp"), zh.message.getText());
            assertNotEquals(zh.message.getText(), view.message.getText());
        });
    }

    /**
     * The message in the middle of the view ends its lines at its phrase marks: in the CNN tab at 1280 x 720 (the view
     * about 910 px wide) the Chinese one broke "随机种 / 子" wrapped in all its room.
     */
    @Test
    void theMessageBreaksAtItsPhraseMarks(FxRobot robot) {
        I18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        List<String> lines = new java.util.ArrayList<>();
        robot.interact(() -> {
            FeatureMapsView zh = new FeatureMapsView(() -> null);
            Stage stage = new Stage();
            Scene scene = new Scene((Parent) zh.node(), 910, 600);
            scene.getStylesheets().add(bnlab.app.MainWindow.stylesheet());
            ((Parent) zh.node()).setStyle(bnlab.app.style.Look.current().rootStyle());
            stage.setScene(scene);
            stage.show();
            zh.show(CnnSnapshots.mlp(NormKind.BATCH, 8, 10));
            zh.node().applyCss();
            ((Parent) zh.node()).layout();
            lines.addAll(bnlab.app.TextLines.of((javafx.scene.text.Text) zh.message.lookup(".text")));
            stage.close();
        });
        assertTrue(lines.size() > 1, "it wraps: " + lines);
        for (String line : lines.subList(0, lines.size() - 1)) {
            assertTrue("\u3002\uff0c\uff1b".indexOf(line.strip().charAt(line.strip().length() - 1)) >= 0,
                    "a line ends at a phrase mark: " + lines);
        }
    }

    /** On an MLP a button switches to the CNN (gone once maps show); a refusal is worded in the message. */
    @Test
    void anMlpOffersTheSwitchToACnn(FxRobot robot) {
        robot.interact(() -> view.show(CnnSnapshots.mlp(NormKind.BATCH, 8, 10)));
        assertTrue(view.useCnn.isVisible());
        // in the middle of the view, not at the top of an empty box
        javafx.geometry.Bounds root = view.node().localToScene(view.node().getLayoutBounds());
        javafx.geometry.Bounds b = view.useCnn.localToScene(view.useCnn.getLayoutBounds());
        assertTrue(b.getMinY() > root.getMinY() + root.getHeight() / 4, b + " in " + root);
        assertEquals(I18n.get("featureMaps.useCnn"), view.useCnn.getText());
        robot.clickOn("#fm-use-cnn");
        assertEquals(1, switches);
        assertEquals(I18n.get("featureMaps.mlp"), view.message.getText(), "switched: nothing to say");
        switchAnswer = bnlab.engine.api.Problem.of(bnlab.engine.api.SettingProblem.CNN_NEEDS_IMAGES, "wine");
        robot.clickOn("#fm-use-cnn");
        assertEquals(2, switches);
        assertEquals(I18n.problem(switchAnswer), view.message.getText());
        robot.interact(() -> view.show(CnnSnapshots.cnn(NormKind.BATCH, 8, 40)));
        assertFalse(view.useCnn.isVisible(), "a CNN's maps show: no switch");
        assertNotNull(view.frame());
        javafx.geometry.Bounds g = view.node().localToScene(view.node().getLayoutBounds());
        javafx.scene.Node maps = view.node().lookup("#fm-grid");
        assertTrue(maps.localToScene(maps.getLayoutBounds()).getMinY() < g.getMinY() + g.getHeight() / 4,
                "the maps from the top");
    }

    @Test
    void otherNormalizationsSayWhichStatisticsTheyUsed(FxRobot robot) {
        for (NormKind k : new NormKind[] {NormKind.LAYER, NormKind.INSTANCE, NormKind.GROUP}) {
            Snapshot s = CnnSnapshots.cnn(k, 8, 40);
            robot.interact(() -> view.show(s));
            long expected = switch (k) {
                case LAYER -> 8L * 64;
                case INSTANCE -> 64;
                default -> 4L * 64;
            };
            assertEquals(expected, view.frame().pooledCount(), k.name());
            assertEquals(I18n.get("featureMaps.point.other", I18n.label(k)), view.point.getText());
        }
    }
}
