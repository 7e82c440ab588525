package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson files: a good one reads into the records it says; a broken one (bad JSON, unknown view,
 * missing translation, out-of-range value, ...) is refused with its name, the place and the problem;
 * in a folder, the others load.
 */
class LessonFilesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static String sample() throws IOException {
        try (InputStream in = LessonFilesTest.class.getResourceAsStream("/lessons/sample.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // the sample with one change made to its JSON tree
    static String broken(Consumer<ObjectNode> change) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(sample());
        change.accept(root);
        return JSON.writeValueAsString(root);
    }

    static Problem refusal(String json) {
        ProblemException e = assertThrows(ProblemException.class, () -> LessonFiles.parse(json, "broken.json"));
        assertEquals("broken.json", e.file(), "the refusal names the file");
        return e.problem();
    }

    // the launch reads the bundled lessons without typesetting their formulas: here every one is checked as a
    // teacher's file is, formulas typeset included, and at least one formula is there to typeset
    @Test
    void everyBundledLessonPassesATeachersFileChecks() throws Exception {
        int formulas = 0;
        for (String name : LessonLibrary.bundledNames()) {
            String json;
            try (InputStream in = LessonFilesTest.class.getResourceAsStream("/bnlab/lessons/" + name)) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Lesson l = LessonFiles.parse(json, name);
            assertEquals(LessonFiles.parseBundled(json, name), l, name);
            for (Lesson.Step s : l.steps()) {
                if (s.formula() != null) {
                    assertTrue(Formula.parses(s.formula()), name + ": " + s.formula());
                    formulas++;
                }
            }
        }
        assertTrue(formulas > 5, "bundled formulas: " + formulas);
    }

    @Test
    void aBundledLessonsBrokenFormulaIsOnlyFoundByTheFullCheck() throws Exception {
        String json = broken(root -> ((ObjectNode) root.withArray("steps").get(0)).put("formula", "\\frac{a}{"));
        assertThrows(ProblemException.class, () -> LessonFiles.parse(json, "broken.json"));
        LessonFiles.parseBundled(json, "broken.json");
    }

    @Test
    void theSampleReadsIntoItsRecords() throws Exception {
        Lesson l = LessonFiles.parse(sample(), "sample.json");
        assertEquals("sample", l.id());
        assertEquals(99, l.order());
        assertEquals(List.of("histograms", "saturation"), l.views());
        assertEquals(2, l.steps().size());
        assertEquals("示例课程", l.title().zh());
        assertEquals(List.of(32L, 32L).size(), ((List<?>) l.setup().spec().get("hidden")).size());
        assertEquals(0.1, ((Number) l.setup().settings().get("LEARNING_RATE")).doubleValue());
        Lesson.Step first = l.steps().get(0);
        assertEquals(0, first.predict().answer());
        assertEquals(2, first.predict().choices().size());
        assertEquals(20, first.actions().get(0).does().get(0).steps());
        assertTrue(Formula.parses(first.formula()));
        Lesson.Do enter = l.steps().get(1).enter().get(0);
        assertEquals("histograms", enter.view());
        assertEquals(1L, enter.options().get("layer"));
    }

    @Test
    void notJsonIsRefused() {
        // where the parser stopped, as numbers: the end of the text, just after line 2's seven characters
        assertEquals(Problem.of(LessonProblem.NOT_JSON_AT, 2, 8), refusal("{\"format\": 1,\n \"id\": "));
        assertEquals(LessonProblem.NOT_JSON, refusal("").code());
    }

    @Test
    void anUnknownViewIsRefusedWithItsPlace() throws Exception {
        Problem p = refusal(broken(r -> ((ArrayNode) r.get("views")).set(1, "pie-chart")));
        assertEquals(LessonProblem.UNKNOWN_VALUE, p.code());
        assertEquals("$.views[1]", p.arg(0));
        assertEquals("pie-chart", p.arg(1));
    }

    @Test
    void aPredictionNamesWhatItCoversAndNothingElse() throws Exception {
        Lesson l = LessonFiles.parse(broken(r -> ((ObjectNode) r.get("steps").get(0).get("predict"))
                .putArray("hide").add("views").add("formula")), "sample.json");
        assertEquals(java.util.Set.of(Lesson.Hidden.VIEWS, Lesson.Hidden.FORMULA), l.steps().get(0).predict().hide());
        assertEquals(java.util.Set.of(), LessonFiles.parse(sample(), "sample.json").steps().get(0).predict().hide());
        Problem p = refusal(broken(r -> ((ObjectNode) r.get("steps").get(0).get("predict"))
                .putArray("hide").add("answer")));
        assertEquals(LessonProblem.UNKNOWN_VALUE, p.code());
    }

    @Test
    void aMissingTranslationIsRefusedWithItsPlaceAndLanguage() throws Exception {
        Problem p = refusal(broken(r -> ((ObjectNode) r.get("steps").get(1).get("text")).remove("zh")));
        assertEquals(LessonProblem.MISSING_TRANSLATION, p.code());
        assertEquals("$.steps[1].text", p.arg(0));
        assertEquals("zh", p.arg(1));
    }

    @Test
    void anOutOfRangeValueIsRefusedWithTheSettingsOwnRange() throws Exception {
        Problem p = refusal(broken(r -> ((ObjectNode) r.get("setup").get("settings")).put("LEARNING_RATE", 1e6)));
        assertEquals(LessonProblem.OUT_OF_RANGE, p.code());
        assertEquals("$.setup.settings.LEARNING_RATE", p.arg(0));
        assertEquals(Setting.LEARNING_RATE, p.arg(1));
        assertEquals(1e6, ((Number) p.arg(2)).doubleValue());
        assertEquals(Setting.LEARNING_RATE.max(), ((Number) p.arg(4)).doubleValue());
        // in a button's list too, and a batch of 1 (BN's training mode cannot use it) is out of range
        Problem q = refusal(broken(r -> ((ObjectNode) r.get("steps").get(0).get("actions").get(0).get("do").get(0))
                .putObject("settings").put("BATCH_SIZE", 0)));
        assertEquals(LessonProblem.OUT_OF_RANGE, q.code());
        assertEquals("$.steps[0].actions[0].do[0].settings.BATCH_SIZE", q.arg(0));
        // a set-up whose settings do not go with its network (batch size 1 while BN trains): refused at loading, where
        // it opened the lesson on the experiment before with the refusal at the foot of the step's panel
        Problem b = refusal(broken(r -> ((ObjectNode) r.get("setup").get("settings")).put("BATCH_SIZE", 1)));
        assertEquals(Problem.of(bnlab.engine.api.SettingProblem.BATCH_OF_ONE_WITH_BATCH_NORM), b);
        // a view's option outside the view's range, which it clamped without a word (300 seeds ran 100)
        Problem o = refusal(broken(r -> {
            ObjectNode d = (ObjectNode) r.get("steps").get(0).get("actions").get(0).get("do").get(0);
            d.put("view", "seeds");
            d.putObject("options").put("seeds", 300);
        }));
        assertEquals(Problem.of(LessonProblem.OPTION_OUT_OF_RANGE, "$.steps[0].actions[0].do[0].options.seeds", 300.0,
                1.0, bnlab.app.seeds.SeedsView.OPTION_RANGES.get("seeds")[1]), o);
        // a width past an int is refused as written: asInt wrapped 4294967312 to 16 and the lesson loaded
        Problem w = refusal(broken(r -> ((ObjectNode) r.get("setup")).putObject("spec").putArray("hidden")
                .add(new java.math.BigInteger("4294967312"))));
        assertEquals(LessonProblem.OUT_OF_RANGE, w.code());
        assertEquals("$.setup.spec.hidden[0]", w.arg(0));
        assertEquals(4294967312.0, ((Number) w.arg(2)).doubleValue());
    }

    @Test
    void otherBreakagesAreNamed() throws Exception {
        assertEquals(LessonProblem.MISSING, refusal(broken(r -> r.remove("steps"))).code());
        assertEquals(LessonProblem.UNKNOWN_PART, refusal(broken(r -> r.put("colour", "red"))).code());
        assertEquals(LessonProblem.WRONG_TYPE, refusal(broken(r -> r.put("order", "first"))).code());
        assertEquals(LessonProblem.WRONG_COUNT, refusal(broken(r -> ((ArrayNode) r.get("steps")).remove(1))).code());
        Problem answer = refusal(broken(r -> ((ObjectNode) r.get("steps").get(0).get("predict")).put("answer", 2)));
        assertEquals(LessonProblem.NO_SUCH_CHOICE, answer.code());
        assertEquals("$.steps[0].predict.answer", answer.arg(0));
        Problem latex = refusal(broken(r -> ((ObjectNode) r.get("steps").get(0)).put("formula", "\\frac{x}{")));
        assertEquals(LessonProblem.INVALID, latex.code());
        assertEquals("$.steps[0].formula", latex.arg(0));
        Problem unknown = refusal(broken(r -> ((ObjectNode) r.get("steps").get(0)).put("formula", "\\notacommand{x}")));
        assertEquals(LessonProblem.INVALID, unknown.code());
        Problem sigma = refusal(broken(r -> ((ObjectNode) r.get("setup").get("spec")).put("sigma", -1)));
        assertEquals(LessonProblem.OUT_OF_RANGE, sigma.code());
        assertEquals(Setting.INIT_SIGMA, sigma.arg(1));
    }

    /**
     * A binary file in the lesson folder was listed as "cannot be read (java.nio.charset.MalformedInputException:
     * Input length = 1)" (a robustness review): its reason in words, as a saved experiment's.
     */
    @Test
    void aFileThatIsNotTextIsRefusedInWords() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "lesson-binary-test"));
        Path f = dir.resolve("binary.json");
        byte[] b = new byte[2560];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) i;
        }
        Files.write(f, b);
        ProblemException e = assertThrows(ProblemException.class, () -> LessonFiles.read(f));
        assertEquals(LessonProblem.UNREADABLE, e.problem().code());
        assertEquals(List.of(I18n.get("io.notUtf8")), e.problem().args());
        // a folder given as the file: the system's reason, no Java type
        ProblemException d = assertThrows(ProblemException.class, () -> LessonFiles.read(dir));
        assertTrue(!String.valueOf(d.problem().args()).contains("Exception"), String.valueOf(d.problem().args()));
    }

    @Test
    void aFolderLoadsItsGoodFilesAndRefusesTheBrokenOnesByName() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "lesson-folder-test"));
        try (var old = Files.list(dir)) {
            for (Path f : old.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(dir.resolve("good.json"), sample());
        Files.writeString(dir.resolve("bad-json.json"), "{ nope");
        Files.writeString(dir.resolve("bad-view.json"), broken(r -> ((ArrayNode) r.get("views")).set(0, "radar")));
        Files.writeString(dir.resolve("same-id.json"), broken(r -> r.put("order", 98)));
        Files.write(dir.resolve("huge.json"), new byte[(int) LessonFiles.MAX_BYTES + 1]);
        Files.writeString(dir.resolve("notes.txt"), "not a lesson");
        LessonLibrary.Loaded l = LessonLibrary.load(dir);
        assertTrue(l.lessons().stream().anyMatch(x -> x.id().equals("sample")), "the good file loads");
        List<String> refused = l.refused().stream().map(ProblemException::file).toList();
        assertTrue(refused.containsAll(List.of("bad-json.json", "bad-view.json", "huge.json", "sample")),
                "the broken files are named: " + refused);
        assertTrue(l.refused().stream().anyMatch(e -> e.problem().code() == LessonProblem.DUPLICATE_ID));
        assertTrue(l.refused().stream().anyMatch(e -> e.problem().code() == LessonProblem.TOO_LARGE));
        assertTrue(l.refused().stream().noneMatch(e -> String.valueOf(e.file()).equals("notes.txt")));
        assertEquals(1, l.lessons().stream().filter(x -> x.id().equals("sample")).count());

        // --lesson of a refused file (render or the window): the ids there are and why each file was refused
        String why = l.whyNotOpen("radar-lesson", 1);
        assertTrue(why.startsWith(I18n.get("cli.unknownLesson", "radar-lesson",
                String.join(", ", l.lessons().stream().map(Lesson::id).toList()))), why);
        for (ProblemException e : l.refused()) {
            assertTrue(why.contains(I18n.get("start.refused", I18n.problem(e))), "names " + e.file() + ": " + why);
        }
        assertEquals(I18n.get("cli.lessonStep", 99, l.byId("sample").steps().size()), l.whyNotOpen("sample", 99));
        assertNull(l.whyNotOpen("sample", 1));
    }

    @Test
    void theIndexListsEveryBundledLessonFileAndNothingElse() throws IOException {
        Path folder = Path.of("..", "assets", "lessons");
        try (var files = Files.list(folder)) {
            List<String> json = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals("lesson.schema.json")).sorted().toList();
            List<String> listed = LessonLibrary.bundledNames().stream().sorted().toList();
            assertEquals(json, listed, "assets/lessons/index.txt lists exactly the lesson files");
        }
    }

    @Test
    void aSettingOfTheRightKindPassesTheRangeCheck() throws Exception {
        assertNull(LessonFiles.check(LessonFiles.parse(sample(), "sample.json")));
    }
}
