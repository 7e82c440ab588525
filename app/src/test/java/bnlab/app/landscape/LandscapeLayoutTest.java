package bnlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.app.histograms.PngSnapshots;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Both tabs at the size they get in a 1600x1000 and in a 1280x720 window (the control panel takes
 * the left 27 %): no text is cut to "...", the read-outs fit under the charts, and a PNG of each is
 * written under target/ to look at.
 */
@ExtendWith(ApplicationExtension.class)
class LandscapeLayoutTest {

    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        s.show();
    }

    private void onFx(Runnable r) {
        WaitForAsyncUtils.asyncFx(r);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs on the FX thread and returns its value (an exception there fails the test here). */
    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }

    /** Labeled nodes whose rendered text is not their whole text (the skin cut it). */
    static List<String> cut(Parent root) {
        return bnlab.app.TextCut.cut(root);
    }

    private void check(Parent root, int w, int h, String png) {
        // the stage is shared with other test classes: it takes this scene's size whatever it had before
        onFx(() -> {
            stage.setScene(new Scene(root, w, h));
            stage.sizeToScene();
        });
        onFx(root::layout);
        List<String> cut = fx(() -> {
            PngSnapshots.write(root, "target/" + png);
            return cut(root);
        });
        assertEquals(List.of(), cut, png);
    }

    /** a ends above b starts, and b ends inside the window. */
    private static void below(Node a, Node b, double height) {
        Bounds ba = fx(() -> a.localToScene(a.getBoundsInLocal()));
        Bounds bb = fx(() -> b.localToScene(b.getBoundsInLocal()));
        assertTrue(ba.getMaxY() <= bb.getMinY() + 1, "no overlap: " + ba + " above " + bb);
        assertTrue(bb.getMaxY() <= height + 1, "inside the window: " + bb);
    }

    @Test
    void twoWeightTabFitsAt1600x1000And1280x720() {
        for (int[] size : new int[][] {{1160, 940}, {925, 655}}) {
            TwoWeightLandscapePane p = fx(() -> {
                TwoWeightLandscapePane q = new TwoWeightLandscapePane();
                q.model().pause();
                q.model().advance(SideState.MAX_STEPS);
                return q;
            });
            check(p, size[0], size[1], "landscape-" + size[0] + "x" + size[1] + ".png");
            below(p.rawChart().viewer(), p.lookup("#raw"), size[1]);
            below(p.standardizedChart().viewer(), p.lookup("#std"), size[1]);
            double h = fx(() -> p.rawChart().viewer().getHeight());
            assertTrue(h >= 250, "chart height " + h);
        }
    }

    @Test
    void oneEtaModeFitsAt1280x720() {
        TwoWeightLandscapePane p = fx(() -> {
            TwoWeightLandscapePane q = new TwoWeightLandscapePane();
            q.model().setMode(StepRate.Mode.ONE_ETA);
            q.model().pause();
            q.model().advance(SideState.MAX_STEPS);
            return q;
        });
        check(p, 925, 655, "landscape-one-eta-925x655.png");
        below(p.rawChart().viewer(), p.lookup("#raw"), 655);
    }

    @Test
    void wineFeaturesFitAt1280x720() {
        TwoWeightLandscapePane p = fx(() -> {
            TwoWeightLandscapePane q = new TwoWeightLandscapePane();
            q.model().setSource(LandscapeModel.Source.WINE);
            q.model().setWinePair(LandscapeModel.WINE_PAIRS.get(1));
            q.model().pause();
            q.model().advance(SideState.MAX_STEPS);
            return q;
        });
        assertEquals(LandscapeModel.Source.WINE, p.model().sourceProperty().get(), "the wine CSV is on the classpath");
        check(p, 925, 655, "landscape-wine-925x655.png");
        below(p.rawChart().viewer(), p.lookup("#raw"), 655);
    }

    @Test
    void networkTabControlsFitAt1280x720() {
        NetworkLandscapeView view = fx(() -> new NetworkLandscapeView(c -> { }, () -> null));
        check((Parent) view.node(), 925, 655, "network-landscape-925x655.png");
    }

    /** The surface's spinners at the back of the room's type size show their whole values (the grid's 25 read 2). */
    @Test
    void networkTabControlsFitAtTypeScale2() {
        try {
            NetworkLandscapeView view = fx(() -> {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 2.0));
                return new NetworkLandscapeView(c -> { }, () -> null);
            });
            Parent root = (Parent) view.node();
            onFx(() -> root.setStyle(bnlab.app.style.Look.current().rootStyle()));
            check(root, 925, 655, "network-landscape-scale-2.png");
            // each spinner on the same line as its label (the flow had put "seed" at a line's end, its field
            // at the next line's start)
            List<String> keys = List.of("surface.grid", "surface.range", "surface.samples", "surface.seed");
            List<Node> spinners = fx(() -> List.copyOf(root.lookupAll(".spinner")));
            assertEquals(keys.size(), spinners.size());
            for (int i = 0; i < keys.size(); i++) {
                String text = bnlab.app.i18n.I18n.get(keys.get(i));
                Node label = fx(() -> root.lookupAll(".label").stream().filter(n -> n instanceof javafx.scene.control.Label l
                        && l.getText().equals(text)).findFirst().orElseThrow());
                Bounds l = fx(() -> label.localToScene(label.getLayoutBounds()));
                Node spinner = spinners.get(i);
                Bounds sp = fx(() -> spinner.localToScene(spinner.getLayoutBounds()));
                assertTrue(l.getCenterY() > sp.getMinY() && l.getCenterY() < sp.getMaxY() && l.getMaxX() <= sp.getMinX(),
                        text + " at " + l + ", its field at " + sp);
            }
        } finally {
            onFx(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)));
        }
    }

    /**
     * The back of the room: at type scale 1.5 the tab's caption and chart fonts are 1.5 times those at 1
     * (they were fixed sizes and ignored the setting); no text is cut, and the plots keep a square of at
     * least {@link SquarePlotBox#MIN_SIDE} px (the view scrolls below that) instead of collapsing.
     */
    @Test
    void textFollowsTheWindowsTypeScale() {
        double[] caption = new double[2];
        int[] ticks = new int[2];
        double[] scales = {1.0, 1.5};
        try {
            for (int i = 0; i < 2; i++) {
                double scale = scales[i];
                for (int[] size : new int[][] {{1160, 940}, {925, 655}}) {
                    TwoWeightLandscapePane p = fx(() -> {
                        bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, scale));
                        TwoWeightLandscapePane q = new TwoWeightLandscapePane();
                        q.model().pause();
                        q.model().advance(SideState.MAX_STEPS);
                        return q;
                    });
                    check(p, size[0], size[1], "landscape-scale-" + scale + "-" + size[0] + "x" + size[1] + ".png");
                    double side = fx(() -> p.rawChart().box().side());
                    assertTrue(side >= fx(() -> p.rawChart().box().minSide()) - 1, scale + " " + size[0] + ": side " + side);
                    // both scales are compact at 925 x 655: the same fonts, times the scale
                    caption[i] = fx(() -> ((javafx.scene.control.Label) p.lookup("#rateCaption")).getFont().getSize());
                    ticks[i] = fx(() -> p.rawChart().tickSize());
                }
            }
        } finally {
            onFx(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)));
        }
        assertEquals(1.5, caption[1] / caption[0], 0.03, "caption " + caption[0] + " -> " + caption[1]);
        assertEquals(1.5, ticks[1] / (double) ticks[0], 0.05, "ticks " + ticks[0] + " -> " + ticks[1]);
    }

    /**
     * At the largest type (2.5) in Chinese on a 1920 x 1080 screen: each chart spans its half, so its title and
     * legend take a line each (in a chart as narrow as its plot they took three and two, whose height came off the
     * plot, a 160 px square beside 500 px of nothing), and the plot is at least as tall as its vertical axis's label
     * (which ran into the title).
     */
    @Test
    void atTheLargestTypeTheTitlesSpanTheirHalvesAndThePlotOutgrowsItsAxisLabel() {
        try {
            TwoWeightLandscapePane p = fx(() -> {
                bnlab.app.i18n.I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 2.5));
                TwoWeightLandscapePane q = new TwoWeightLandscapePane();
                q.model().pause();
                q.model().advance(SideState.MAX_STEPS);
                return q;
            });
            check(p, 1900, 880, "landscape-2.5-zh.png");
            for (int i = 0; i < 6; i++) { // the charts' margins are measured after each drawing
                onFx(p::layout);
                WaitForAsyncUtils.sleep(80, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            for (LandscapeChart c : new LandscapeChart[] {p.rawChart(), p.standardizedChart()}) {
                double half = fx(() -> c.box().getWidth());
                assertEquals(half, fx(() -> c.viewer().getWidth()), 1.0, "the chart spans its half");
                double least = fx(() -> c.box().minSide());
                assertTrue(least > SquarePlotBox.MIN_SIDE, "at type 2.5 the axis label is longer than "
                        + SquarePlotBox.MIN_SIDE + " px: " + least);
                assertTrue(fx(() -> c.box().side()) >= least - 1, "side " + fx(() -> c.box().side()) + " < " + least);
            }
        } finally {
            onFx(() -> {
                bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0));
            });
        }
    }

    /**
     * The twins' surface at the largest type in a wide, short window, a grid shown: each chart spans its half (it was as
     * narrow as its plot and scale, 368 px in a 922 px half, its subtitle on three lines), the maps keep at least the
     * least square, and they scroll where they are taller than the room left.
     */
    @Test
    void theTwinsMapsSpanTheirHalvesAtTheLargestType() {
        try {
            NetworkLandscapeView view = fx(() -> {
                bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 2.5));
                return new NetworkLandscapeView(c -> { }, () -> null);
            });
            // a grid shown in both maps: the colour scale at their right and a subtitle of three lines under the title
            double[] axis = {-1, -0.5, 0, 0.5, 1};
            double[][] values = new double[5][5];
            for (int j = 0; j < 5; j++) {
                for (int i = 0; i < 5; i++) {
                    values[j][i] = 1 + axis[i] * axis[i] + axis[j] * axis[j];
                }
            }
            onFx(() -> {
                LogRamp shared = new LogRamp(1, 3);
                String sub = bnlab.app.i18n.I18n.get("surface.intro");
                view.bnMap().show(axis, axis, values, shared, sub);
                view.plainMap().show(axis, axis, values, shared, sub);
            });
            Parent root = (Parent) view.node();
            onFx(() -> root.setStyle(bnlab.app.style.Look.current().rootStyle()));
            check(root, 1900, 655, "network-landscape-scale-2.5.png");
            for (int i = 0; i < 6; i++) { // the charts' margins are measured after each drawing
                onFx(root::layout);
                WaitForAsyncUtils.sleep(80, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            // taller than the room under the controls: the maps scroll (the cell cut their lower axes off)
            Node center = fx(() -> ((javafx.scene.layout.BorderPane) view.node()).getCenter());
            assertTrue(center instanceof javafx.scene.control.ScrollPane, "the maps in a scroll pane");
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) center;
            assertTrue(fx(() -> scroll.getContent().getLayoutBounds().getHeight() > scroll.getViewportBounds().getHeight()
                    + 1), "they scroll");
            for (NetworkHeatMap m : new NetworkHeatMap[] {view.bnMap(), view.plainMap()}) {
                // the least square, or as wide as the half allows beside the axes and the colour scale
                double side = fx(() -> m.node().side());
                assertTrue(side >= SquarePlotBox.MIN_SIDE, "side " + side);
                assertEquals(fx(() -> m.node().getWidth()), fx(() -> m.viewer().getWidth()), 4.0, "spans its half");
            }
        } finally {
            onFx(() -> bnlab.app.style.Look.use(new bnlab.app.style.Look(bnlab.app.style.Theme.LIGHT, 1.0)));
        }
    }
}
