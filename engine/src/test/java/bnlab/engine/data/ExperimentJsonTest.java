package bnlab.engine.data;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.TrainSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExperimentJsonTest {
    private static final ExperimentSpec SPEC = ExperimentSpec.defaults().withHidden(List.of(64, 32))
            .withActivation(ActivationKind.TANH).withInit(InitKind.GAUSSIAN, 0.01).withSeed(7).withStandardize(false);
    private static final TrainSettings SETTINGS = TrainSettings.defaults().withLearningRate(0.37)
            .withBn(0.9, Convention.KERAS, 1e-3).withPins(2.5, null, 1).withBatchSize(32);

    @Test
    void roundTripKeepsEveryValue() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "experiment-json"));
        Path file = dir.resolve("exp.json");
        ExperimentJson.write(ExperimentFile.of("CSV", "/data/my.csv", SPEC, SETTINGS), file);
        ExperimentFile back = ExperimentJson.read(file);
        assertEquals(SPEC, back.spec());
        assertEquals(SETTINGS, back.settings());
        assertEquals("CSV", back.dataset());
        assertEquals("/data/my.csv", back.datasetPath());
        assertTrue(Files.readString(file).contains("\"learningRate\": 0.37"), "readable JSON");
    }

    /** Noise after BN is saved and read back; a file saved before it has none; a level out of range is refused. */
    @Test
    void theNoiseAfterBnIsKeptAndAnOldFileHasNone() throws Exception {
        TrainSettings noisy = SETTINGS.withBnNoise(1.5);
        String json = ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, SPEC, noisy));
        assertTrue(json.contains("\"bnNoise\": 1.5"), json);
        assertEquals(noisy, ExperimentJson.parse(json, "noisy.json").settings());
        String old = valid().replaceAll("(?m),\\n\\s*\"bnNoise\": 0\\.0", "");
        assertTrue(!old.contains("bnNoise"), old);
        assertEquals(0.0, ExperimentJson.parse(old, "old.json").settings().bnNoise());
        outOfRange(Setting.BN_NOISE, 4.0, json.replace("\"bnNoise\": 1.5", "\"bnNoise\": 4.0"));
        outOfRange(Setting.BN_NOISE, -1.0, json.replace("\"bnNoise\": 1.5", "\"bnNoise\": -1.0"));
    }

    @Test
    void aCnnKeepsItsArchAndGroups() throws Exception {
        ExperimentSpec cnn = ExperimentSpec.cnnDefaults().withNorm(bnlab.engine.api.NormKind.GROUP,
                bnlab.engine.api.Placement.BEFORE_ACTIVATION).withGroups(4);
        ExperimentFile back = ExperimentJson.parse(ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, cnn,
                SETTINGS)), "cnn.json");
        assertEquals(cnn, back.spec());
        assertEquals(bnlab.engine.api.ArchKind.CNN, back.spec().arch());
        assertEquals(4, back.spec().groups());
    }

    /** A file saved before CNNs (no spec.arch, no spec.groups) is the MLP it was. */
    @Test
    void anOldFileWithoutArchLoadsAsAnMlp() throws Exception {
        String old = valid().replaceAll("(?m)^\\s*\"arch\": \"MLP\",?\\n", "")
                .replaceAll("(?m)^\\s*\"groups\": 2,?\\n", "");
        assertTrue(!old.contains("arch") && !old.contains("groups"), old);
        ExperimentFile back = ExperimentJson.parse(old.replace(",\n  }", "\n  }"), "old.json");
        assertEquals(SPEC, back.spec());
        assertEquals(bnlab.engine.api.ArchKind.MLP, back.spec().arch());
    }

    @Test
    void anUnknownArchIsRefused() {
        Problem p = bad(valid().replace("\"arch\": \"MLP\"", "\"arch\": \"RNN\""));
        assertEquals(SettingProblem.MISSING_CHOICE, p.code());
    }

    @Test
    void aDataSetWithoutAFileHasNoPath() throws Exception {
        ExperimentFile back = ExperimentJson.parse(ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, SPEC,
                SETTINGS)), "x.json");
        assertNull(back.datasetPath());
    }

    @Test
    void aFileSavedBeforeCnnsLoadsAsAnMlpAndACnnKeepsItsArchAndGroups() throws Exception {
        String old = valid().replaceAll(",\\s*\"arch\": \"MLP\"", "").replaceAll(",\\s*\"groups\": 2", "");
        assertTrue(!old.contains("arch") && !old.contains("groups"), old);
        ExperimentSpec back = ExperimentJson.parse(old, "old.json").spec();
        assertEquals(bnlab.engine.api.ArchKind.MLP, back.arch());
        assertEquals(ExperimentSpec.DEFAULT_GROUPS, back.groups());
        assertEquals(SPEC, back);
        ExperimentSpec cnn = ExperimentSpec.cnnDefaults().withNorm(bnlab.engine.api.NormKind.GROUP,
                bnlab.engine.api.Placement.BEFORE_ACTIVATION).withGroups(4);
        assertEquals(cnn, ExperimentJson.parse(ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, cnn,
                SETTINGS)), "cnn.json").spec());
        assertEquals(SettingProblem.GROUPS_DO_NOT_DIVIDE, bad(ExperimentJson.toJson(ExperimentFile.of("DIGITS", null,
                cnn, SETTINGS)).replace("\"groups\": 4", "\"groups\": 3")).code());
        assertEquals(SettingProblem.NORM_NOT_FOR_ARCH, bad(valid().replace("\"LAYER\"", "\"INSTANCE\"")
                .replace("\"BATCH\"", "\"INSTANCE\"")).code());
    }

    private static Problem bad(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> ExperimentJson.parse(json, "bad.json"));
        assertEquals("bad.json", e.file());
        return e.problem();
    }

    private static String valid() {
        return ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, SPEC, SETTINGS));
    }

    private static void outOfRange(Setting s, double value, String json) {
        assertEquals(Problem.of(SettingProblem.OUT_OF_RANGE, s, value, s.min(), s.max()), bad(json));
    }

    @Test
    void everyBadFileIsRefusedWithItsNameAndTheProblem() {
        assertEquals(FileProblem.EMPTY, bad("").code());
        // Gson's refusals arrive as the place it stopped at, in numbers (its English advice is not passed on)
        assertEquals(Problem.of(FileProblem.UNEXPECTED_AT, 1, 8), bad("{ not json")); // lenient: "not" read as a name
        assertEquals(Problem.of(FileProblem.WRONG_ROOT), bad("[1, 2]"));
        assertEquals(Problem.of(FileProblem.WRONG_ROOT), bad("\"a string\""), "JSON, but not an experiment");
        // a file of one bare word (binary bytes) the lenient parser reads as a string: not JSON, where the word starts
        assertEquals(Problem.of(FileProblem.UNEXPECTED_AT, 1, 1), bad("\u0000\u0001garbage"));
        assertEquals(Problem.of(FileProblem.UNEXPECTED_AT, 2, 3), bad("\n  garbage"));
        assertEquals(Problem.of(FileProblem.NOT_A_NUMBER, "wide"), bad(valid().replaceFirst("64,", "\"wide\",")));
        assertEquals(Problem.of(FileProblem.WRONG_PART, "settings.learningRate"),
                bad(valid().replace("\"learningRate\": 0.37", "\"learningRate\": [0.37]")));
        assertEquals(Problem.of(FileProblem.UNEXPECTED_AT, 3, 5), bad("{\n  \"format\": 1,\n    ]"));
        // cut short: in a string, between parts, after a comma; said as the line it stops on
        String v = valid();
        for (int cut : new int[] {v.length() / 2, v.indexOf("\"settings\""), v.lastIndexOf(',') + 1}) {
            String part = v.substring(0, cut);
            int lines = part.stripTrailing().split("\n", -1).length;
            assertEquals(Problem.of(FileProblem.ENDS_EARLY, lines), bad(part), "cut at " + cut);
        }
        assertEquals(Problem.of(FileProblem.FORMAT_UNSUPPORTED, 2, 1), bad(valid().replace("\"format\": 1", "\"format\": 2")));
        assertEquals(Problem.of(SettingProblem.MISSING_CHOICE, "activation"), bad(valid().replace("\"TANH\"", "\"SWISH\"")));
        outOfRange(Setting.LEARNING_RATE, -1.0, valid().replace("\"learningRate\": 0.37", "\"learningRate\": -1.0"));
        assertEquals(Problem.of(SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM),
                bad(valid().replace("\"batchSize\": 32", "\"batchSize\": 1")));
        assertEquals(Problem.of(SettingProblem.NO_SUCH_LAYER, 5, 2), bad(valid().replace("\"pinLayer\": 1", "\"pinLayer\": 5")));
        outOfRange(Setting.EPS, 0.0, valid().replace("\"eps\": 0.001", "\"eps\": 0.0"));
        outOfRange(Setting.WIDTH, 0.0, valid().replaceFirst("64,", "0,"));
        outOfRange(Setting.GAMMA, 1e30, valid().replace("\"pinnedGamma\": 2.5", "\"pinnedGamma\": 1e30"));
        assertEquals(Problem.of(FileProblem.MISSING_PART, "dataset"), bad(valid().replace("\"dataset\": \"DIGITS\",", "")));
        assertEquals(Problem.of(FileProblem.MISSING_PART, "spec"), bad("{\"format\": 1, \"dataset\": \"DIGITS\"}"));
    }

    /**
     * Whole numbers are checked as written: Gson narrowed a batch size of 1.5 to 1 (and blamed "batch size 1 with
     * BN"), 1e12 to -727379968 (a number not in the file), and a seed of 1e300 to one in range, which was accepted
     * (a robustness review).
     */
    @Test
    void aWholeNumberFieldTakesOnlyAWholeNumberItCanHold() {
        assertEquals(Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, "settings.batchSize", "1.5"),
                bad(valid().replace("\"batchSize\": 32", "\"batchSize\": 1.5")));
        assertEquals(Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, "settings.batchSize", "1e12"),
                bad(valid().replace("\"batchSize\": 32", "\"batchSize\": 1e12")));
        assertEquals(Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, "spec.hidden[0]", "64.5"),
                bad(valid().replaceFirst("64,", "64.5,")));
        String seed = valid().replaceFirst("\"seed\": \\d+", "\"seed\": 1e300");
        assertEquals(Problem.of(FileProblem.NOT_A_WHOLE_NUMBER, "spec.seed", "1e300"), bad(seed));
        // a whole number written with a fraction or an exponent is one: 32.0 and 3.2e1 read as 32
        for (String w : new String[] {"32.0", "3.2e1"}) {
            assertEquals(32, assertDoesNotThrow(() -> ExperimentJson.parse(
                    valid().replace("\"batchSize\": 32", "\"batchSize\": " + w), "ok.json")).settings().batchSize());
        }
    }

    @Test
    void aWriteIntoAMissingFolderSaysWhy() {
        Path file = Path.of("target", "no-such-folder", "exp.json");
        ProblemException e = assertThrows(ProblemException.class,
                () -> ExperimentJson.write(ExperimentFile.of("DIGITS", null, SPEC, SETTINGS), file));
        assertEquals(FileProblem.UNWRITABLE, e.problem().code());
        assertEquals("exp.json", e.file());
    }
}
