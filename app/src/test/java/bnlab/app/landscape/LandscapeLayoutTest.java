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
}
