package bnlab.app.featuremaps;

import bnlab.app.HarnessedLessonTest;
import bnlab.app.histograms.PngSnapshots;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.BatchBlock;
import bnlab.engine.api.FeatureMaps;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.NormAxes;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.UnitStats;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

import java.io.File;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Lesson 12 (conv-bn) on the real engine: BN keeps one mean and variance per channel over all N * H * W
 * values of the batch (the engine's statistics are NormAxes' BATCH sets of the batch it trained on, and
 * the ones under the maps); after training, this image's channel means before BN span several units and
 * after BN a fraction of one; the second block has 16 channels of 4 x 4 (512 values a statistic); the
 * running mean of a channel approaches that channel's population mean.
 */
class ConvBnLessonTest extends HarnessedLessonTest {

    @Start
    void start(Stage stage) {
        h.show(stage, Locale.ENGLISH, 1920, 1080);
    }

    private FeatureMapsView maps() {
        return h.view(FeatureMapsView.class);
    }

    private void shot(String name) {
        new File("target/lesson-shots").mkdirs();
        h.flush();
        robot.interact(() -> PngSnapshots.write(h.window.root(), "target/lesson-shots/" + name + ".png"));
    }

    private static void close(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void theLessonShowsWhatItSays() {
        h.open("conv-bn");
        Snapshot s = h.await(x -> x.spec().arch() == ArchKind.CNN && x.step() == 5 && !x.playing()
                && !x.normalized().layers().isEmpty(), 60, "set up and 5 steps");
        h.flush();
        assertEquals(List.of(8, 16), s.spec().hidden());
        MapFrame f = maps().frame();
        assertNotNull(f, "the maps show");
        assertEquals(0, f.layer());
        assertEquals(8, f.bn().channels());
        assertEquals(32L * 8 * 8, f.pooledCount(), "channel c over 32 images x 64 positions");
        LayerProbe p = s.normalized().layers().get(0);
        BatchBlock b = p.block();
        FeatureMaps m = p.maps();
        // the statistics under the maps are the batch's, over N * H * W values: NormAxes' BATCH set
        for (int c = 0; c < 8; c++) {
            NormAxes.Pooled set = NormAxes.stats(NormKind.BATCH, b, s.spec().groups(), 0, c);
            assertEquals(2048, set.count());
            close(set.mean(), m.mean()[c], "channel " + (c + 1) + "'s mean");
            close(set.var(), m.var()[c], "channel " + (c + 1) + "'s variance");
        }
        for (UnitStats u : p.units()) {
            close(u.batchMean(), m.mean()[u.unit()], "the probe's batch mean of channel " + (u.unit() + 1));
            close(u.batchVar(), m.var()[u.unit()], "the probe's batch variance of channel " + (u.unit() + 1));
        }
        float[] plainAt5 = s.plain().layers().get(0).maps().x();
        // the answer waits while the question is open: the read-out naming the 2,048 values is not shown yet
        String answer = bnlab.app.i18n.I18n.get("featureMaps.row.stats.BATCH", 2048L);
        assertFalse(maps().summary.getText().contains(answer), maps().summary.getText());
        shot("conv-bn-1");
        h.predict(0);
        h.flush();
        assertFalse(maps().summary.getText().contains(answer), "chosen, not yet answered: the choice can still change");
        h.reveal();
        h.flush();
        assertTrue(maps().summary.getText().contains(answer), "shown once the answer is asked for");
        h.act(0); // train 100 steps
        s = h.await(x -> x.step() >= 105 && !x.playing(), 120, "100 steps");
        h.flush();
        FeatureMaps after = s.normalized().layers().get(0).maps();
        MapFrame.Spread before = MapFrame.spread(after.x(), 8);
        MapFrame.Spread y = MapFrame.spread(after.y(), 8);
        MapFrame.Spread plain = MapFrame.spread(s.plain().layers().get(0).maps().x(), 8);
        System.out.printf("conv-bn: step %d, this image's channel means before BN %.3g to %.3g (std %.3g to %.3g), "
                + "after %.3g to %.3g (std %.3g to %.3g), without BN %.3g to %.3g%n", s.step(), before.minMean(), before.maxMean(),
                before.minStd(), before.maxStd(), y.minMean(), y.maxMean(), y.minStd(), y.maxStd(), plain.minMean(), plain.maxMean());
        assertTrue(before.maxMean() - before.minMean() > 3, "before BN the channels sit at their own levels");
        assertTrue(y.maxMean() - y.minMean() < 1, "after BN every channel sits around 0");
        assertTrue(y.minStd() > 0.3 && y.maxStd() < 2, "with a similar spread");
        // step 2's text: without BN channels 5 and 8 sit below 0 at every position of this image, pass nothing
        // through the ReLU, get no gradient: their maps are those of step 5, their means -26.25 and -19.68
        float[] plainNow = s.plain().layers().get(0).maps().x();
        int positions = plainNow.length / 8;
        for (int c : new int[] {4, 7}) {
            double sum = 0;
            for (int i = 0; i < positions; i++) {
                float v = plainNow[c * positions + i];
                assertTrue(v < 0, "channel " + (c + 1) + " below 0 at position " + i + ": " + v);
                assertEquals(plainAt5[c * positions + i], v, 1e-5, "channel " + (c + 1) + " unchanged since step 5");
                sum += v;
            }
            assertEquals(c == 4 ? "-26.25" : "-19.68", bnlab.app.i18n.Numbers.format(sum / positions),
                    "the mean the text quotes for channel " + (c + 1));
            // and the view shows it under the channel's map, marked: below 0 at every position
            int channel = c;
            javafx.scene.control.Label under = (javafx.scene.control.Label) maps().node().lookup("#fm-plain-stats-" + c);
            assertTrue(under != null && under.getText().contains(c == 4 ? "-26.25" : "-19.68"),
                    "under the map: " + (under == null ? null : under.getText()));
            assertTrue(under.getStyleClass().contains("fm-dead-channel"), "marked: channel " + (channel + 1));
        }

        h.next();
        shot("conv-bn-2");
        h.next(); // block 2
        h.flush();
        f = maps().frame();
        assertEquals(1, f.layer());
        assertEquals(16, f.bn().channels());
        assertEquals(4, f.bn().height());
        assertEquals(32L * 16, f.pooledCount(), "32 images x 16 positions");
        shot("conv-bn-3");

        h.next(); // running statistics
        Snapshot start = h.session.latest();
        h.act(0); // play
        s = h.await(x -> x.step() >= start.step() + 300, 120, "300 more steps");
        h.act(1); // pause
        s = h.await(x -> !x.playing(), 30, "paused");
        UnitStats u = s.normalized().layers().get(0).units().get(0);
        double sd = Math.sqrt(u.populationVar());
        System.out.printf("conv-bn: step %d, channel 1: running mean %.4g, population mean %.4g (population std %.4g); "
                + "running var %.4g, population var %.4g%n", s.step(), u.runningMean(), u.populationMean(), sd,
                u.runningVar(), u.populationVar());
        assertTrue(Math.abs(u.runningMean() - u.populationMean()) < 0.2 * sd, "the running mean found the channel's");
        assertEquals(u.populationVar(), u.runningVar(), 0.3 * u.populationVar(), "and the running variance");
        shot("conv-bn-4");
        // the button follows channels 5 to 7 from now on, and the chart shows channel 5
        h.act(2);
        h.act(0);
        s = h.await(x -> x.settings().probeUnit() == 4 && x.step() >= start.step() + 320, 120, "channel 5 probed");
        h.act(1);
        h.flush();
        bnlab.app.runningstats.RunningStatsView stats = h.view(bnlab.app.runningstats.RunningStatsView.class);
        assertEquals(List.of(4, 5, 6), s.normalized().layers().get(0).units().stream().map(UnitStats::unit).toList());
        assertEquals(4, stats.shownUnit(), "channel 5 shown");
    }
}
