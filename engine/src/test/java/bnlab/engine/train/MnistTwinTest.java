package bnlab.engine.train;

import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InputScaling;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Standardizer;
import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An MNIST folder is used as MNIST defines it: its training files to train on and its t10k files to
 * test on, as images scaled by one mean and std (per-pixel statistics would send rare ink to |z| of
 * thousands). Needs ../shared/datasets/mnist (skipped without it).
 */
class MnistTwinTest {
    private static final Path MNIST = Path.of("../../shared/datasets/mnist");

    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    @Test
    void theFoldersTrainAndTestFilesAreUsedAndImagesAreScaledAsImages() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(MNIST), "no MNIST folder at " + MNIST.toAbsolutePath());
        Dataset d = Engine.loadMnist(MNIST, 3000, 2500);
        assertEquals(3000, d.size());
        assertTrue(d.isImages());
        assertEquals(28, d.imageRows());
        assertEquals(2500, d.testSet().size(), "the t10k files");
        assertEquals(7, d.testSet().y(0), "the first t10k label is a 7");
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults(), d, TrainSettings.defaults(), DataType.FLOAT);
        assertEquals(3000, r.trainSize(), "all training images train (no hold-out)");
        assertEquals(2500, r.testSize());
        assertEquals(InputScaling.WHOLE_INPUT, r.dataInfo().scaling());
        assertTrue(r.dataInfo().ownTestSet());
        // one mean and std over all pixels keeps every value moderate; per pixel it does not
        double whole = maxAbs(Standardizer.fitWhole(d).apply(d.testSet()));
        double perPixel = maxAbs(Standardizer.fit(d).apply(d.testSet()));
        assertTrue(whole < 10, "whole-image scaling: max |z| " + whole);
        assertTrue(perPixel > 100, "per-pixel scaling: max |z| " + perPixel);
    }

    /** CNN twins on 28x28 MNIST: 28 -> 14 -> 7, per-channel maps of the first image; they learn. */
    @Test
    void cnnTwinsTrainOnMnist() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(MNIST), "no MNIST folder at " + MNIST.toAbsolutePath());
        Dataset d = Engine.loadMnist(MNIST, 3000, 500);
        TwinRunner r = new TwinRunner(ExperimentSpec.cnnDefaults(), d, TrainSettings.defaults().withLearningRate(0.1),
                DataType.FLOAT);
        assertEquals(28, r.dataInfo().imageRows());
        assertEquals(14 * 14, r.normalized().net().blocks().get(1).positions());
        for (int i = 0; i < 60; i++) {
            r.step(i % 30 == 0);
        }
        assertEquals(28 * 28, r.normalized().net().blocks().get(0).positions());
        double[] acc = r.testAccuracyBoth();
        // measured: 0.898 with BN, 0.816 without, after 60 steps of 60 images (500 t10k images)
        assertTrue(acc[0] > 0.6 && acc[1] > 0.6, acc[0] + ", " + acc[1]);
        r.close();
    }

    @Test
    void digitsAreTabularAndHeldOut() throws Exception {
        Dataset d = Engine.load(DatasetId.DIGITS, null);
        TwinRunner r = new TwinRunner(ExperimentSpec.defaults(), d, TrainSettings.defaults(), DataType.FLOAT);
        assertEquals(InputScaling.PER_FEATURE, r.dataInfo().scaling());
        assertEquals(d.size(), r.trainSize() + r.testSize(), "a held-out test set");
        TwinRunner raw = new TwinRunner(ExperimentSpec.defaults().withStandardize(false), d, TrainSettings.defaults(),
                DataType.FLOAT);
        assertEquals(InputScaling.NONE, raw.dataInfo().scaling());
    }

    private static double maxAbs(Dataset d) {
        double m = 0;
        float[] f = d.features();
        for (float v : f) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }
}
