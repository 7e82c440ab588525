package bnlab.app.lessons;

import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads lesson files: JSON checked against lesson.schema.json, then the values against their
 * settings' ranges (the one rule the controls use too). A file that does not check out is refused with
 * its name, the place (a JSON path) and the problem; nothing of it is used.
 */
public final class LessonFiles {
    /** Larger than any lesson by far; a bigger file is not one. */
    static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = schema();

    private LessonFiles() {
    }

    private static JsonSchema schema() {
        try (InputStream in = LessonFiles.class.getResourceAsStream("/bnlab/lessons/lesson.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the lesson schema is missing from this installation", e);
        }
    }

    /** Read and check a lesson file. */
    public static Lesson read(Path file) throws ProblemException {
        String name = String.valueOf(file.getFileName());
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw refuse(name, Problem.of(LessonProblem.TOO_LARGE, size, MAX_BYTES));
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw refuse(name, Problem.of(LessonProblem.UNREADABLE, bnlab.app.i18n.IoReasons.of(e)));
        }
        return parse(text, name);
    }

    /** Check a lesson's JSON text; the name is the file's, for the refusal. */
    public static Lesson parse(String json, String name) throws ProblemException {
        return parse(json, name, true);
    }

    /**
     * Check a bundled lesson's JSON text: all of a teacher's file's checks but typesetting its formulas, which
     * the build's tests do for every bundled lesson ({@code LessonFilesTest}); loading JLaTeXMath to typeset them
     * took ~150 ms of a core at every launch.
     */
    static Lesson parseBundled(String json, String name) throws ProblemException {
        return parse(json, name, false);
    }

    private static Lesson parse(String json, String name, boolean typeset) throws ProblemException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            // the place the parser stopped at, as numbers (its own sentence is written for programmers)
            JsonLocation at = e.getLocation();
            throw refuse(name, at != null && at.getLineNr() > 0 && at.getColumnNr() > 0
                    ? Problem.of(LessonProblem.NOT_JSON_AT, at.getLineNr(), at.getColumnNr())
                    : Problem.of(LessonProblem.NOT_JSON, e.getClass().getSimpleName()));
        } catch (RuntimeException | StackOverflowError e) {
            throw refuse(name, Problem.of(LessonProblem.NOT_JSON, e.getClass().getSimpleName()));
        }
        if (root == null || root.isMissingNode()) {
            throw refuse(name, Problem.of(LessonProblem.NOT_JSON, "empty"));
        }
        Set<ValidationMessage> errors = SCHEMA.validate(root);
        if (!errors.isEmpty()) {
            ValidationMessage first = errors.stream()
                    .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                            .thenComparing(ValidationMessage::getType)).orElseThrow();
            throw refuse(name, problem(first));
        }
        Lesson lesson = lesson(root);
        Problem p = check(lesson, typeset);
        if (p != null) {
            throw refuse(name, p);
        }
        return lesson;
    }

    private static ProblemException refuse(String name, Problem p) {
        return new ProblemException(p, name, null);
    }

    // the schema's keyword as one of our codes, with the place
    static Problem problem(ValidationMessage m) {
        String where = m.getInstanceLocation().toString();
        String property = m.getProperty() == null ? "" : m.getProperty();
        return switch (m.getType()) {
            case "required" -> property.equals("en") || property.equals("zh")
                    ? Problem.of(LessonProblem.MISSING_TRANSLATION, where, property)
                    : Problem.of(LessonProblem.MISSING, where, property);
            case "enum", "const" -> Problem.of(LessonProblem.UNKNOWN_VALUE, where,
                    m.getInstanceNode() == null ? "" : m.getInstanceNode().asText());
            case "additionalProperties" -> Problem.of(LessonProblem.UNKNOWN_PART, where, property);
            case "type" -> Problem.of(LessonProblem.WRONG_TYPE, where, String.valueOf(m.getSchemaNode()));
            case "minItems", "maxItems", "minProperties", "uniqueItems" -> Problem.of(LessonProblem.WRONG_COUNT, where);
            default -> Problem.of(LessonProblem.INVALID, where, m.getType());
        };
    }

    // the schema holds the shape; here the values against the settings' own ranges
    static Problem check(Lesson l) {
        return check(l, true);
    }

    // typeset: also whether every formula typesets
    private static Problem check(Lesson l, boolean typeset) {
        Problem p = settings("$.setup.settings", l.setup().settings());
        if (p == null) {
            p = setUp(l.setup());
        }
        if (p == null) {
            p = spec("$.setup.spec", l.setup().spec());
        }
        for (int i = 0; p == null && i < l.steps().size(); i++) {
            Lesson.Step s = l.steps().get(i);
            String at = "$.steps[" + i + "]";
            for (int k = 0; p == null && k < s.enter().size(); k++) {
                p = check(at + ".enter[" + k + "]", s.enter().get(k));
            }
            for (int a = 0; p == null && a < s.actions().size(); a++) {
                List<Lesson.Do> does = s.actions().get(a).does();
                for (int k = 0; p == null && k < does.size(); k++) {
                    p = check(at + ".actions[" + a + "].do[" + k + "]", does.get(k));
                }
            }
            if (p == null && typeset && s.formula() != null && !Formula.parses(s.formula())) {
                p = Problem.of(LessonProblem.INVALID, at + ".formula", "LaTeX");
            }
            if (p == null && s.predict() != null && s.predict().answer() >= s.predict().choices().size()) {
                p = Problem.of(LessonProblem.NO_SUCH_CHOICE, at + ".predict.answer", s.predict().answer(),
                        s.predict().choices().size());
            }
        }
        return p;
    }

    // the set-up as the lesson runner folds it (its spec on the first experiment's, its settings on the defaults):
    // settings that do not go with the spec (batch size 1 with BN) opened the lesson on the experiment before, with
    // the refusal at the foot of the step's panel
    private static Problem setUp(Lesson.Setup s) {
        return Patches.settings(bnlab.engine.api.TrainSettings.defaults(), s.settings())
                .problemWith(Patches.spec(bnlab.engine.api.ExperimentSpec.defaults(), s.spec()));
    }

    /**
     * A view's numeric options with a range, by view: a lesson's value outside it was clamped without a word (300
     * seeds ran 100). Each range is the view's own.
     */
    static final Map<String, Map<String, double[]>> OPTION_RANGES = Map.of(
            "seeds", bnlab.app.seeds.SeedsView.OPTION_RANGES,
            "surface", bnlab.app.landscape.NetworkLandscapeView.OPTION_RANGES);

    private static Problem options(String at, Lesson.Do d) {
        Map<String, double[]> ranges = d.view() == null ? null : OPTION_RANGES.get(d.view());
        for (Map.Entry<String, Object> e : d.options().entrySet()) {
            double[] r = ranges == null ? null : ranges.get(e.getKey());
            if (r != null && e.getValue() instanceof Number n && !(n.doubleValue() >= r[0] && n.doubleValue() <= r[1])) {
                return Problem.of(LessonProblem.OPTION_OUT_OF_RANGE, at + ".options." + e.getKey(), n.doubleValue(),
                        r[0], r[1]);
            }
        }
        return null;
    }

    private static Problem check(String at, Lesson.Do d) {
        Problem p = options(at, d);
        if (p == null) {
            p = settings(at + ".settings", d.settings());
        }
        if (p == null && d.scaleWeights() != null) {
            Problem f = Setting.WEIGHT_SCALE.check(d.scaleWeights().factor());
            p = f == null ? null : outOfRange(at + ".scaleWeights.factor", f);
        }
        return p != null ? p : spec(at + ".spec", d.spec());
    }

    private static Problem settings(String at, Map<String, Object> settings) {
        for (Map.Entry<String, Object> e : settings.entrySet()) {
            if (e.getValue() instanceof Number n) {
                Setting s = e.getKey().equals("PROBE_UNIT") ? null : Setting.valueOf(e.getKey());
                Problem p = s == null ? (n.doubleValue() >= -1 && n.doubleValue() < 1024 ? null
                        : Problem.of(LessonProblem.INVALID, at + "." + e.getKey(), "range"))
                        : s.check(n.doubleValue());
                if (p != null) {
                    return outOfRange(at + "." + e.getKey(), p);
                }
            }
        }
        return null;
    }

    private static Problem spec(String at, Map<String, Object> spec) {
        Object sigma = spec.get("sigma");
        if (sigma instanceof Number n && !Setting.INIT_SIGMA.accepts(n.doubleValue())) {
            return outOfRange(at + ".sigma", Setting.INIT_SIGMA.check(n.doubleValue()));
        }
        Object seed = spec.get("seed");
        if (seed instanceof Number n && !Setting.SEED.accepts(n.doubleValue())) {
            return outOfRange(at + ".seed", Setting.SEED.check(n.doubleValue()));
        }
        if (spec.get("testFraction") instanceof Number n && !Setting.TEST_FRACTION.accepts(n.doubleValue())) {
            return outOfRange(at + ".testFraction", Setting.TEST_FRACTION.check(n.doubleValue()));
        }
        if (spec.get("groups") instanceof Number n && !Setting.GROUPS.accepts(n.doubleValue())) {
            return outOfRange(at + ".groups", Setting.GROUPS.check(n.doubleValue()));
        }
        if (spec.get("hidden") instanceof List<?> hidden) {
            for (int i = 0; i < hidden.size(); i++) {
                Problem p = Setting.WIDTH.check(((Number) hidden.get(i)).doubleValue());
                if (p != null) {
                    return outOfRange(at + ".hidden[" + i + "]", p);
                }
            }
        }
        return null;
    }

    private static Problem outOfRange(String at, Problem p) {
        if (p.code() == bnlab.engine.api.SettingProblem.OUT_OF_RANGE) {
            return Problem.of(LessonProblem.OUT_OF_RANGE, at, p.arg(0), p.arg(1), p.arg(2), p.arg(3));
        }
        return Problem.of(LessonProblem.INVALID, at, "whole number");
    }

    // ---- JSON (already checked against the schema) to records ----

    private static Lesson lesson(JsonNode n) {
        List<String> views = new ArrayList<>();
        n.get("views").forEach(v -> views.add(v.asText()));
        List<Lesson.Step> steps = new ArrayList<>();
        n.get("steps").forEach(s -> steps.add(step(s)));
        return new Lesson(n.get("id").asText(), n.get("order").asInt(), text(n.get("title")), text(n.get("summary")),
                setup(n.get("setup")), views, steps);
    }

    private static LessonText text(JsonNode n) {
        return n == null ? null : new LessonText(n.get("en").asText(), n.get("zh").asText());
    }

    private static Lesson.Setup setup(JsonNode n) {
        List<String> keep = new ArrayList<>();
        if (n.has("keepIfInUse")) {
            n.get("keepIfInUse").forEach(d -> keep.add(d.asText()));
        }
        return new Lesson.Setup(n.has("dataset") ? n.get("dataset").asText() : null, map(n.get("spec")),
                map(n.get("settings")), n.has("play") && n.get("play").asBoolean(), keep,
                n.has("stallExpected") && n.get("stallExpected").asBoolean());
    }

    private static Lesson.Step step(JsonNode n) {
        List<Lesson.Do> enter = new ArrayList<>();
        if (n.has("enter")) {
            n.get("enter").forEach(d -> enter.add(doOf(d)));
        }
        List<Lesson.Action> actions = new ArrayList<>();
        if (n.has("actions")) {
            for (JsonNode a : n.get("actions")) {
                List<Lesson.Do> does = new ArrayList<>();
                a.get("do").forEach(d -> does.add(doOf(d)));
                actions.add(new Lesson.Action(text(a.get("label")), does));
            }
        }
        Lesson.Prediction p = null;
        if (n.has("predict")) {
            JsonNode q = n.get("predict");
            List<LessonText> choices = new ArrayList<>();
            q.get("choices").forEach(c -> choices.add(text(c)));
            java.util.Set<Lesson.Hidden> hide = java.util.EnumSet.noneOf(Lesson.Hidden.class);
            if (q.has("hide")) {
                // the schema allows only "views", "formula" and "results"
                q.get("hide").forEach(h -> hide.add(Lesson.Hidden.valueOf(h.asText().toUpperCase(java.util.Locale.ROOT))));
            }
            p = new Lesson.Prediction(text(q.get("question")), choices, q.get("answer").asInt(), text(q.get("explain")),
                    hide);
        }
        return new Lesson.Step(text(n.get("title")), text(n.get("text")), text(n.get("watch")),
                n.has("formula") ? n.get("formula").asText() : null, enter, actions, p,
                n.has("watchAfterRun") && n.get("watchAfterRun").asBoolean());
    }

    private static Lesson.Do doOf(JsonNode n) {
        return new Lesson.Do(map(n.get("settings")), map(n.get("spec")), n.has("dataset") ? n.get("dataset").asText() : null,
                n.has("unpin") ? n.get("unpin").asBoolean() : null, n.has("play") ? n.get("play").asBoolean() : null,
                n.has("steps") ? n.get("steps").asInt() : null, n.has("stepTo") ? n.get("stepTo").asInt() : null,
                n.has("reset") ? n.get("reset").asBoolean() : null,
                n.has("resetTwin") ? n.get("resetTwin").asText() : null, n.has("view") ? n.get("view").asText() : null,
                map(n.get("options")), n.has("scaleWeights") ? new Lesson.ScaleWeights(
                        n.get("scaleWeights").get("layer").asInt(), n.get("scaleWeights").get("factor").asDouble()) : null,
                n.has("reveal") ? n.get("reveal").asBoolean() : null, n.has("enlarge") ? n.get("enlarge").asBoolean() : null);
    }

    // an object of scalars and arrays of numbers, as Java values
    private static Map<String, Object> map(JsonNode n) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (n == null) {
            return m;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (v.isArray()) {
                List<Object> list = new ArrayList<>();
                // a whole number past an int stays as written (a double) for the range checks: asInt wrapped a width
                // of 4294967312 to 16, and the lesson loaded
                v.forEach(x -> list.add(x.isIntegralNumber() && x.canConvertToInt() ? (Object) x.asInt() : x.asDouble()));
                m.put(e.getKey(), List.copyOf(list));
            } else if (v.isBoolean()) {
                m.put(e.getKey(), v.asBoolean());
            } else if (v.isIntegralNumber() && v.canConvertToLong()) {
                m.put(e.getKey(), v.asLong());
            } else if (v.isNumber()) {
                m.put(e.getKey(), v.asDouble());
            } else {
                m.put(e.getKey(), v.asText());
            }
        }
        return m;
    }
}
