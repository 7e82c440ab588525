package bnlab.app.axes;

import bnlab.app.HarnessedLessonTest;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitStats;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Lesson 13 (norm-axes) on the real engine: the block view frames BatchNorm's, LayerNorm's,
 * InstanceNorm's and GroupNorm's sets with the counts the text gives (512, 512, 64, 256 at a batch of 8
 * and 8 x 8 maps); BatchNorm's set is what the engine normalized with (its per-channel batch statistics),
 * GroupNorm's too when the twins train with it; only BatchNorm's count follows the batch size.
 */
class NormAxesLessonTest extends HarnessedLessonTest {

    @Start
    void start(Stage stage) {
        h.show(stage, Locale.ENGLISH, 1920, 1080);
    }

    private BlockView view() {
        return h.view(BlockView.class);
    }

    private long count(NormKind k) {
        // read on the FX thread: the view rebuilds its table there, and a lookup from here could land mid-way
        return org.testfx.util.WaitForAsyncUtils.waitForAsyncFx(10_000,
                () -> Long.parseLong(((Label) robot.lookup("#block-count-" + k).query()).getText()));
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }

    /**
     * Opened at step 5 (--lesson-step 5), the lesson enters it as from its start: its BatchNorm patch lands on the
     * set-up's CNN. Walking there step by step before the engine had applied the set-up patched the engine's old
     * spec: a fully connected network, under a text about conv blocks and images.
     */
    @Test
    void openedAtStepFiveItIsTheLessonsCnn() {
        h.open("norm-axes", 4);
        h.await(x -> x.step() == 3 && !x.playing(), 60, "three steps in");
        // the engine has taken every command by the time a later one answers: the last spec stands
        org.testfx.util.WaitForAsyncUtils.sleep(1500, java.util.concurrent.TimeUnit.MILLISECONDS);
        Snapshot s = h.await(x -> !x.playing(), 10, "settled");
        assertEquals(ArchKind.CNN, s.spec().arch(), "the lesson's CNN, not an MLP: " + s.spec());
        assertEquals(3, s.step());
        assertEquals(NormKind.BATCH, s.spec().norm());
        assertEquals(java.util.List.of(8, 16), s.spec().hidden());
        assertEquals(4, h.model().stepProperty().get());
        h.flush();
        assertEquals(512, count(NormKind.BATCH), "8 images x 8 x 8 positions");
    }

    @Test
    void theLessonShowsWhatItSays() {
        h.open("norm-axes");
        Snapshot s = h.await(x -> x.spec().arch() == ArchKind.CNN && x.step() == 3 && !x.playing()
                && !x.normalized().layers().isEmpty(), 60, "set up and 3 steps");
        h.flush();
        assertEquals(NormKind.BATCH, view().shownNorm());
        assertArrayEquals(new int[] {0, 2}, view().cell());
        assertEquals(512, count(NormKind.BATCH), "8 images x 64 positions");
        assertEquals(512, count(NormKind.LAYER), "8 channels x 64 positions");
        assertEquals(64, count(NormKind.INSTANCE));
        assertEquals(256, count(NormKind.GROUP), "4 channels x 64 positions");
        // BatchNorm's framed set is the one the engine took its statistics over
        LayerProbe p = s.normalized().layers().get(0);
        for (UnitStats u : p.units()) {
            NormAxes.Pooled set = NormAxes.stats(NormKind.BATCH, p.block(), 2, 0, u.unit());
            close(u.batchMean(), set.mean(), "channel " + (u.unit() + 1) + "'s batch mean");
            close(u.batchVar(), set.var(), "channel " + (u.unit() + 1) + "'s batch variance");
        }
        LessonShots.write(robot, h, "norm-axes-1");
        h.predict(0);
        h.reveal();

        h.next();
        assertEquals(NormKind.LAYER, view().shownNorm());
        assertArrayEquals(new int[] {1, 2}, view().cell());
        h.next();
        assertEquals(NormKind.INSTANCE, view().shownNorm());
        h.next();
        assertEquals(NormKind.GROUP, view().shownNorm());
        LessonShots.write(robot, h, "norm-axes-4");
        h.act(0); // the twins with GroupNorm
        s = h.await(x -> x.spec().norm() == NormKind.GROUP && x.step() >= 20 && !x.playing(), 60, "GroupNorm twins");
        assertNull(s.problem());
        // the maps were normalized with their own group's statistics: NormAxes' GROUP set of that image
        FeatureMaps m = s.normalized().layers().get(0).maps();
        BatchBlock one = new BatchBlock(0, 1, m.channels(), m.height(), m.width(), m.x());
        for (int c = 0; c < m.channels(); c++) {
            NormAxes.Pooled set = NormAxes.stats(NormKind.GROUP, one, s.spec().groups(), 0, c);
            close(set.mean(), m.mean()[c], "GroupNorm's mean for channel " + (c + 1));
            close(set.var(), m.var()[c], "GroupNorm's variance for channel " + (c + 1));
        }
        // the class goes on without "Back to BatchNorm": step 5, about BatchNorm's batch, brings it back itself
        h.next();
        h.await(x -> x.spec().norm() == NormKind.BATCH && x.step() >= 3 && !x.playing(), 60, "BatchNorm again");
        h.predict(0);
        h.reveal();
        h.act(0); // batch of 2
        h.await(x -> x.settings().batchSize() == 2 && !x.playing() && x.normalized().layers().get(0).block()
                .samples() == 2, 60, "batch of 2");
        h.flush();
        assertEquals(128, count(NormKind.BATCH), "2 images x 64 positions");
        assertEquals(512, count(NormKind.LAYER), "unchanged");
        assertEquals(64, count(NormKind.INSTANCE), "unchanged");
        assertEquals(256, count(NormKind.GROUP), "unchanged");
        LessonShots.write(robot, h, "norm-axes-5");
        h.act(1); // batch of 32
        h.await(x -> x.settings().batchSize() == 32 && !x.playing() && x.normalized().layers().get(0).block()
                .samples() == 32, 60, "batch of 32");
        h.flush();
        assertEquals(2048, count(NormKind.BATCH));
        assertEquals(512, count(NormKind.LAYER));
    }
}
