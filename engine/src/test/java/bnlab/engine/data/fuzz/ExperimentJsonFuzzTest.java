package bnlab.engine.data.fuzz;

import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.ExperimentJson;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes {@link ExperimentJson}: a valid saved experiment (as the app writes it) mutated as text and
 * as a JSON tree (wrong types, missing and unknown parts, huge numbers, NaN and Infinity, deep
 * nesting) with fixed seeds. Every read must end in an experiment whose every value is within its
 * {@link Setting}'s range, or a problem naming the file.
 */
class ExperimentJsonFuzzTest {

    private static final long SEED = 0x750_2024L;
    /** Random text mutants per seed. */
    static final int TEXT_MUTANTS = 2000;
    /** Random tree mutants per seed. */
    static final int TREE_MUTANTS = 1500;
    private static final Duration BATCH_TIMEOUT = Duration.ofSeconds(60);
    private static final Gson PRETTY = new GsonBuilder().setPrettyPrinting().serializeNulls()
            .serializeSpecialFloatingPointValues().create();
    private static final Gson COMPACT = new GsonBuilder().serializeNulls().serializeSpecialFloatingPointValues()
            .create();

    static final List<String> SEEDS = List.of(
            ExperimentJson.toJson(ExperimentFile.of("DIGITS", null, ExperimentSpec.defaults(), TrainSettings.defaults())),
            ExperimentJson.toJson(ExperimentFile.of("CSV", "/data/wine.csv",
                    ExperimentSpec.defaults().withHidden(List.of(64, 32)).withSeed(7),
                    TrainSettings.defaults().withPins(2.5, -1.0, 1).withBatchSize(32).withProbeUnit(3))));

    private Harness h;
    private Path work;

    @BeforeEach
    void setUp(TestInfo test) throws IOException {
        h = new Harness("json-" + test.getTestMethod().orElseThrow().getName());
        work = Harness.workDir("json");
    }

    /** Reads the bytes as a file, as the app opens one. */
    private void read(String what, byte[] bytes) throws IOException {
        Path p = Files.write(work.resolve("exp.json"), bytes);
        h.check(what, List.of("exp.json"), List.of(p), () -> ExperimentJson.read(p),
                ExperimentJsonFuzzTest::problemWith);
    }

    /** Parses the text, as for a file of that name. */
    private void parse(String what, String json) throws IOException {
        h.check(what, List.of("exp.json"), List.of(), () -> {
            try {
                return ExperimentJson.parse(json, "exp.json");
            } catch (RuntimeException | Error e) { // keep the input of an escape
                Files.writeString(work.resolve("escaped.json"), json);
                throw e;
            }
        }, ExperimentJsonFuzzTest::problemWith);
    }

    /** What is out of range in an experiment that was read cleanly (checked here, value by value), or null. */
    static String problemWith(ExperimentFile f) {
        if (f.format() != ExperimentFile.FORMAT || f.dataset() == null || f.dataset().isBlank() || f.spec() == null
                || f.settings() == null) {
            return "incomplete: " + f;
        }
        ExperimentSpec s = f.spec();
        TrainSettings t = f.settings();
        List<String> wrong = new ArrayList<>();
        if (s.hidden() == null || s.hidden().isEmpty() || s.hidden().size() > Setting.DEPTH.max()) {
            wrong.add("hidden " + s.hidden());
        } else {
            for (Integer w : s.hidden()) {
                in(wrong, Setting.WIDTH, w == null ? Double.NaN : w);
            }
        }
        if (s.activation() == null || s.init() == null || s.norm() == null || s.norm() == NormKind.NONE
                || s.placement() == null || s.loss() == null || t.convention() == null) {
            wrong.add("a choice missing: " + f);
        }
        in(wrong, Setting.INIT_SIGMA, s.sigma());
        in(wrong, Setting.SEED, s.seed());
        in(wrong, Setting.TEST_FRACTION, s.testFraction());
        in(wrong, Setting.LEARNING_RATE, t.learningRate());
        in(wrong, Setting.OPTIMIZER_MOMENTUM, t.optimizerMomentum());
        in(wrong, Setting.BN_MOMENTUM, t.bnMomentum());
        in(wrong, Setting.EPS, t.eps());
        in(wrong, Setting.BATCH_SIZE, t.batchSize());
        if (t.pinnedGamma() != null) {
            in(wrong, Setting.GAMMA, t.pinnedGamma());
        }
        if (t.pinnedBeta() != null) {
            in(wrong, Setting.BETA, t.pinnedBeta());
        }
        in(wrong, Setting.SPEED, t.stepsPerSecond());
        in(wrong, Setting.PROBE_EVERY, t.probeEvery());
        in(wrong, Setting.HISTOGRAM_BINS, t.histBins());
        in(wrong, Setting.SATURATION_THRESHOLD, t.saturationThreshold());
        in(wrong, Setting.EVAL_EVERY, t.evalEvery());
        if (s.hidden() != null && (t.pinLayer() < -1 || t.pinLayer() >= s.hidden().size())) {
            wrong.add("pinLayer " + t.pinLayer());
        }
        if (t.probeUnit() < -1 || t.probeUnit() > Setting.WIDTH.max()) {
            wrong.add("probeUnit " + t.probeUnit() + " outside -1.." + (int) Setting.WIDTH.max());
        }
        if (t.batchSize() == 1 && s.norm() == NormKind.BATCH) {
            wrong.add("batch of one with batch norm");
        }
        if (!wrong.isEmpty()) {
            return "accepted out of range: " + wrong;
        }
        try {
            ExperimentFile back = ExperimentJson.parse(ExperimentJson.toJson(f), "again.json");
            return back.equals(f) ? null : "written and read back it is " + back;
        } catch (Exception e) {
            return "written and read back: " + e;
        }
    }

    private static void in(List<String> wrong, Setting s, double v) {
        if (!(Double.isFinite(v) && v >= s.min() && v <= s.max() && (!s.whole() || v == Math.rint(v)))) {
            wrong.add(s + " = " + v);
        }
    }

    @Test
    void randomTextMutations() {
        for (int s = 0; s < SEEDS.size(); s++) {
            byte[] seed = SEEDS.get(s).getBytes(StandardCharsets.UTF_8);
            int si = s;
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
                for (int i = 0; i < TEXT_MUTANTS; i++) {
                    Mutator m = new Mutator(SEED + 1_000_003L * si + i);
                    byte[] b = m.mutate(seed, Mutator.Kind.TEXT);
                    read("json seed " + si + " #" + i + " " + m.ops(), b);
                }
            }, () -> "json: a batch did not end in time");
        }
        h.assertNoFailures();
    }

    // ---- tree mutations ----

    /** A place in the tree: an object's member or an array's element. */
    private record Slot(JsonElement parent, String key, int index) {
        JsonElement get() {
            return parent.isJsonObject() ? parent.getAsJsonObject().get(key) : parent.getAsJsonArray().get(index);
        }

        void set(JsonElement v) {
            if (parent.isJsonObject()) {
                parent.getAsJsonObject().add(key, v);
            } else {
                parent.getAsJsonArray().set(index, v);
            }
        }

        void remove() {
            if (parent.isJsonObject()) {
                parent.getAsJsonObject().remove(key);
            } else {
                parent.getAsJsonArray().remove(index);
            }
        }

        String name() {
            return parent.isJsonObject() ? key : "[" + index + "]";
        }
    }

    private static void slots(JsonElement e, List<Slot> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
                out.add(new Slot(e, m.getKey(), -1));
                slots(m.getValue(), out);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(e, null, i));
                slots(a.get(i), out);
            }
        }
    }

    /** Raw JSON text put in place of "@@RAWk@@" strings after writing the tree. */
    private static final class Raw {
        final List<String> texts = new ArrayList<>();

        JsonElement of(String text) {
            texts.add(text);
            return new JsonPrimitive("@@RAW" + (texts.size() - 1) + "@@");
        }

        String substitute(String json) {
            for (int k = 0; k < texts.size(); k++) {
                json = json.replace("\"@@RAW" + k + "@@\"", texts.get(k));
            }
            return json;
        }
    }

    /** A value of a wrong or awkward kind. */
    private static JsonElement oddValue(Random r, Raw raw, StringBuilder note) {
        switch (r.nextInt(12)) {
            case 0:
                note.append("null");
                return JsonNull.INSTANCE;
            case 1, 2: {
                String n = Mutator.NUMBERS[r.nextInt(Mutator.NUMBERS.length)];
                note.append("raw ").append(Mutator.printable(n));
                return raw.of(n);
            }
            case 3: {
                String n = Mutator.NUMBERS[r.nextInt(Mutator.NUMBERS.length)];
                note.append("string ").append(Mutator.printable(n));
                return new JsonPrimitive(n);
            }
            case 4:
                note.append("bool");
                return new JsonPrimitive(r.nextBoolean());
            case 5:
                note.append("[]");
                return new JsonArray();
            case 6:
                note.append("{}");
                return new JsonObject();
            case 7: {
                JsonArray a = new JsonArray();
                a.add(JsonNull.INSTANCE);
                note.append("[null]");
                return a;
            }
            case 8: {
                int depth = r.nextInt(4) == 0 ? 10_000 : 1 + r.nextInt(300);
                note.append("nested x").append(depth);
                return raw.of("[".repeat(depth) + "]".repeat(depth));
            }
            case 9: {
                String[] words = {"BATCH", "NONE", "LAYER", "PYTORCH", "KERAS", "SIGMOID", "swish", "", "\u0000",
                    "x".repeat(10_000)};
                String w = words[r.nextInt(words.length)];
                note.append("word ").append(Mutator.printable(w));
                return new JsonPrimitive(w);
            }
            case 10: {
                JsonArray a = new JsonArray();
                int n = r.nextInt(4) == 0 ? 100_000 : r.nextInt(12);
                for (int i = 0; i < n; i++) {
                    a.add(r.nextInt(3) == 0 ? r.nextInt(2000) - 500 : 100);
                }
                note.append("int array of ").append(n);
                return a;
            }
            default: {
                JsonObject o = new JsonObject();
                o.addProperty("x", 1);
                note.append("{x:1}");
                return o;
            }
        }
    }

    /** 1 to 3 changes to the tree: a value replaced, removed, wrapped, or a member added. */
    static String treeMutant(String seed, Random r, StringBuilder note) {
        JsonElement root = JsonParser.parseString(seed);
        Raw raw = new Raw();
        int k = 1 + r.nextInt(3);
        for (int i = 0; i < k; i++) {
            List<Slot> slots = new ArrayList<>();
            slots(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            Slot s = slots.get(r.nextInt(slots.size()));
            note.append(' ').append(s.name()).append(": ");
            switch (r.nextInt(6)) {
                case 0 -> {
                    note.append("removed");
                    s.remove();
                }
                case 1 -> {
                    JsonArray a = new JsonArray();
                    a.add(s.get());
                    note.append("wrapped in []");
                    s.set(a);
                }
                case 2 -> {
                    if (s.parent().isJsonObject()) {
                        note.append("added unknown = ");
                        s.parent().getAsJsonObject().add("unknown" + i, oddValue(r, raw, note));
                    } else {
                        note.append("added ");
                        s.parent().getAsJsonArray().add(oddValue(r, raw, note));
                    }
                }
                default -> s.set(oddValue(r, raw, note));
            }
        }
        if (r.nextInt(5) == 0) {
            note.append(" (top level wrapped in [])");
            JsonArray a = new JsonArray();
            a.add(root);
            root = a;
        }
        return raw.substitute((r.nextBoolean() ? PRETTY : COMPACT).toJson(root));
    }

    @Test
    void randomTreeMutations() {
        for (int s = 0; s < SEEDS.size(); s++) {
            String seed = SEEDS.get(s);
            int si = s;
            assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
                for (int i = 0; i < TREE_MUTANTS; i++) {
                    Random r = new Random(SEED + 7_000_003L * si + i + 500_000);
                    StringBuilder note = new StringBuilder();
                    String json = treeMutant(seed, r, note);
                    String what = "json tree seed " + si + " #" + i + note;
                    if (r.nextInt(4) == 0) {
                        read(what, json.getBytes(StandardCharsets.UTF_8));
                    } else {
                        parse(what, json);
                    }
                }
            }, () -> "json tree: a batch did not end in time");
        }
        h.assertNoFailures();
    }

    /** Every leaf of the tree (each number, string, null) set to each awkward value, one at a time. */
    @Test
    void awkwardValueInEveryField() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (String seed : SEEDS) {
                List<Slot> leaves = new ArrayList<>();
                slots(JsonParser.parseString(seed), leaves);
                int count = leaves.size();
                List<String> values = new ArrayList<>(List.of(Mutator.NUMBERS));
                values.addAll(List.of("null", "true", "\"\"", "\"1\"", "\"0.1\"", "\"abc\"", "[]", "{}", "[null]",
                        "[1]", "{\"a\":1}", "\"NaN\"", "\"Infinity\"", "[" .repeat(300) + "]".repeat(300)));
                for (int i = 0; i < count; i++) {
                    for (String v : values) {
                        JsonElement root = JsonParser.parseString(seed);
                        List<Slot> slots = new ArrayList<>();
                        slots(root, slots);
                        Slot s = slots.get(i);
                        Raw raw = new Raw();
                        s.set(raw.of(v));
                        parse("json " + s.name() + " = " + Mutator.printable(v), raw.substitute(PRETTY.toJson(root)));
                    }
                }
            }
        });
        h.assertNoFailures();
    }

    /** 100,000 nested arrays or objects: as the whole file, as a part, as an unknown part, unclosed; and huge parts. */
    @Test
    void deepNestingAndHugeParts() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            String seed = SEEDS.get(0);
            int deep = 100_000;
            String arrays = "[".repeat(deep) + "]".repeat(deep);
            String objects = "{\"a\":".repeat(deep) + "1" + "}".repeat(deep);
            List<String> docs = new ArrayList<>(List.of(arrays, objects, "[".repeat(deep), "{\"a\":".repeat(deep),
                    "{".repeat(deep), "[{".repeat(deep / 2), "[" + "[".repeat(deep) + "]".repeat(deep - 1)));
            for (String nest : List.of(arrays, objects, "[".repeat(deep), "[".repeat(255) + "]".repeat(255),
                    "[".repeat(256) + "]".repeat(256))) {
                docs.add(seed.replaceFirst("\"spec\": \\{", "\"spec\": " + java.util.regex.Matcher.quoteReplacement(nest)
                        + ", \"x\": {"));
                docs.add(seed.replaceFirst("\\{", "{\"unknown\": " + java.util.regex.Matcher.quoteReplacement(nest) + ","));
                docs.add(seed.replaceFirst("\"hidden\": \\[", "\"hidden\": [" + java.util.regex.Matcher.quoteReplacement(nest)
                        + ","));
            }
            String hidden = "\"hidden\": [" + "100,".repeat(100_000) + "100";
            docs.add(seed.replaceFirst("\"hidden\": \\[", java.util.regex.Matcher.quoteReplacement(hidden) + ","));
            docs.add(seed.replace("\"DIGITS\"", "\"" + "D".repeat(900_000) + "\""));
            docs.add(seed.replace("\"DIGITS\"", "\"" + "D".repeat(1 << 20) + "\"")); // over the size bound
            for (String field : List.of("learningRate", "seed", "batchSize", "format", "sigma")) {
                docs.add(seed.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": " + "9".repeat(500_000)));
                docs.add(seed.replaceFirst("\"" + field + "\": [^,\\n]+", "\"" + field + "\": 0." + "0".repeat(500_000)
                        + "1"));
            }
            for (int i = 0; i < docs.size(); i++) {
                read("json big #" + i + " (" + docs.get(i).length() + " chars: "
                        + Mutator.printable(docs.get(i).substring(0, Math.min(40, docs.get(i).length()))) + ")",
                        docs.get(i).getBytes(StandardCharsets.UTF_8));
            }
        });
        h.assertNoFailures();
    }

    /**
     * Gson's reader stops at 255 levels (its nesting limit), so 100,000 nested arrays in a part are
     * UNEXPECTED_AT where that limit stops it (as the whole file: an array where an object belongs), and no
     * StackOverflowError is involved (ExperimentJson would catch one too).
     */
    @Test
    void deepNestingStopsAtGsonsLimit() {
        for (String doc : List.of("[".repeat(100_000) + "]".repeat(100_000),
                SEEDS.get(0).replaceFirst("\\{", "{\"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + ","))) {
            ProblemException e = assertThrows(ProblemException.class, () -> ExperimentJson.parse(doc, "deep.json"));
            assertEquals(FileProblem.UNEXPECTED_AT, e.problem().code());
            assertEquals("deep.json", e.file());
            if (!doc.startsWith("[")) { // (a top-level array is refused as the wrong type at once, at column 2)
                assertTrue(String.valueOf(e.getCause()).contains("Nesting limit 255"), String.valueOf(e.getCause()));
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                assertFalse(t instanceof StackOverflowError, "a stack overflow");
            }
        }
    }

    /**
     * Gson reads leniently (names without quotes, single quotes, comments, NaN and Infinity as words):
     * BN Lab accepts such a file, but what is read is still checked value by value.
     */
    @Test
    void lenientJsonIsReadAndStillChecked() throws Exception {
        String lenient = SEEDS.get(0).replace("\"format\"", "format").replace("\"DIGITS\"", "'DIGITS'")
                .replace("\"settings\": {", "// a comment\n  \"settings\": {");
        ExperimentFile f = ExperimentJson.parse(lenient, "lenient.json");
        assertEquals("DIGITS", f.dataset());
        assertNull(problemWith(f));
        for (String word : List.of("NaN", "Infinity", "-Infinity")) {
            ProblemException e = assertThrows(ProblemException.class, () -> ExperimentJson.parse(
                    lenient.replace("\"learningRate\": 0.1", "\"learningRate\": " + word), "lenient.json"));
            assertEquals(SettingProblem.OUT_OF_RANGE, e.problem().code(), word);
            assertEquals(Setting.LEARNING_RATE, e.problem().arg(0), word);
        }
    }

    /** Every prefix of the seed. */
    @Test
    void everyTruncation() {
        assertTimeoutPreemptively(BATCH_TIMEOUT, () -> {
            for (String seed : SEEDS) {
                byte[] b = seed.getBytes(StandardCharsets.UTF_8);
                for (int n = 0; n < b.length; n++) {
                    read("json cut at " + n, java.util.Arrays.copyOf(b, n));
                }
            }
        });
        h.assertNoFailures();
    }
}
