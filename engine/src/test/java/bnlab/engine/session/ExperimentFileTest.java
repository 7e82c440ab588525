package bnlab.engine.session;

import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.InitKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentFileTest {
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(64, 32))
            .withActivation(ActivationKind.TANH).withInit(InitKind.GAUSSIAN, 0.01).withSeed(7).withStandardize(false);
    private static final TrainSettings SETTINGS = TrainSettings.defaults().withLearningRate(0.37)
            .withBn(0.9, Convention.KERAS, 1e-3).withPins(2.5, null, 1).withBatchSize(32);

    @Test
    void roundTripKeepsEveryValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("exp.json");
        ExperimentFile.of("csv", "/data/my.csv", SPEC, SETTINGS).write(file);
        ExperimentFile back = ExperimentFile.read(file);
        assertEquals(SPEC, back.spec());
        assertEquals(SETTINGS, back.settings());
        assertEquals("csv", back.dataset());
        assertEquals("/data/my.csv", back.datasetPath());
        assertTrue(Files.readString(file).contains("\"learningRate\": 0.37"), "readable JSON");
    }

    @Test
    void aDataSetWithoutAFileHasNoPath() throws IOException {
        ExperimentFile back = ExperimentFile.parse(ExperimentFile.of("digits", null, SPEC, SETTINGS).toJson(), "x.json");
        assertNull(back.datasetPath());
    }

    private static String bad(String json) {
        IOException e = assertThrows(IOException.class, () -> ExperimentFile.parse(json, "bad.json"));
        assertTrue(e.getMessage().startsWith("bad.json: "), e.getMessage());
        return e.getMessage();
    }

    private static String valid() {
        return ExperimentFile.of("digits", null, SPEC, SETTINGS).toJson();
    }

    @Test
    void everyBadFileIsRefusedWithItsNameAndTheProblem() {
        assertTrue(bad("").contains("empty"));
        assertTrue(bad("{ not json").contains("not a BN Lab experiment"));
        assertTrue(bad("[1, 2]").contains("not a BN Lab experiment"));
        assertTrue(bad(valid().replace("\"format\": 1", "\"format\": 2")).contains("format 2"));
        assertTrue(bad(valid().replace("\"TANH\"", "\"SWISH\"")).contains("missing or unknown"));
        assertTrue(bad(valid().replace("\"learningRate\": 0.37", "\"learningRate\": -1.0")).contains("learning rate"));
        assertTrue(bad(valid().replace("\"batchSize\": 32", "\"batchSize\": 1")).contains("Expected more than 1 value"));
        assertTrue(bad(valid().replace("\"pinLayer\": 1", "\"pinLayer\": 5")).contains("no hidden layer 5"));
        assertTrue(bad(valid().replace("\"eps\": 0.001", "\"eps\": 0.0")).contains("epsilon"));
        assertTrue(bad(valid().replaceFirst("64,", "0,")).contains("widths"));
        assertTrue(bad(valid().replace("\"dataset\": \"digits\",", "")).contains("no data set"));
        assertTrue(bad("{\"format\": 1, \"dataset\": \"digits\"}").contains("section is missing"));
    }
}
