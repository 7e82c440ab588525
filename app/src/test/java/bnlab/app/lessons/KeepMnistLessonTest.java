package bnlab.app.lessons;

import bnlab.app.LessonHarness;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Snapshot;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 4 keeps an MNIST folder the user opened (its set-up says keepIfInUse: MNIST_FOLDER) and otherwise
 * trains on its bundled digits; a lesson without keepIfInUse loads its own data set over the folder.
 */
@ExtendWith(ApplicationExtension.class)
class KeepMnistLessonTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** A tiny MNIST folder: n random 28 x 28 images with labels i mod 10, for training and for test. */
    static Path tinyMnist(int n) throws IOException {
        Path dir = Path.of("target", "tiny-mnist");
        Files.createDirectories(dir);
        Random r = new Random(1);
        for (String prefix : new String[] {"train", "t10k"}) {
            ByteArrayOutputStream img = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(img);
            d.writeInt(0x00000803);
            d.writeInt(n);
            d.writeInt(28);
            d.writeInt(28);
            byte[] px = new byte[n * 28 * 28];
            r.nextBytes(px);
            d.write(px);
            Files.write(dir.resolve(prefix + "-images-idx3-ubyte"), img.toByteArray());
            ByteArrayOutputStream lab = new ByteArrayOutputStream();
            DataOutputStream l = new DataOutputStream(lab);
            l.writeInt(0x00000801);
            l.writeInt(n);
            for (int i = 0; i < n; i++) {
                l.writeByte(i % 10);
            }
            Files.write(dir.resolve(prefix + "-labels-idx1-ubyte"), lab.toByteArray());
        }
        return dir;
    }

    private static Snapshot openAndAwait(LessonHarness h, String id) {
        long before = h.session.latest().version();
        h.open(id);
        Lesson l = h.model().lesson();
        ExperimentSpec expected = Patches.spec(ExperimentSpec.defaults(), l.setup().spec());
        return h.await(s -> s.version() > before && s.spec().equals(expected) && s.step() == 0, 60, id + " set up");
    }

    @Test
    void figure1KeepsAnOpenMnistFolderAndOtherwiseUsesTheDigits() throws Exception {
        Path mnist = tinyMnist(200);
        try (LessonHarness h = new LessonHarness()) {
            h.show(stage, Locale.ENGLISH, 1280, 720);
            assertEquals("digits", openAndAwait(h, "figure1").datasetName());

            new FxRobot().interact(() -> h.window.controls().model().experiment()
                    .loadDataset(DatasetId.MNIST_FOLDER, mnist));
            h.await(s -> s.datasetName().startsWith("train-images"), 60, "MNIST folder loaded");
            assertEquals(DatasetId.MNIST_FOLDER, h.window.controls().model().experiment().datasetId());

            h.session.send(new bnlab.engine.api.Command.SetLearningRate(0.3));
            h.await(s -> s.settings().learningRate() == 0.3, 60, "learning rate 0.3");

            Snapshot kept = openAndAwait(h, "figure1");
            h.await(s -> s.settings().learningRate() == ExperimentSpec.FIGURE1_LEARNING_RATE, 60,
                    "the lesson set up anew");
            assertTrue(kept.datasetName().startsWith("train-images"), kept.datasetName());
            assertTrue(h.session.latest().datasetName().startsWith("train-images"));

            assertEquals("digits", openAndAwait(h, "saturation-init").datasetName(), "a lesson without keepIfInUse");
        }
    }
}
