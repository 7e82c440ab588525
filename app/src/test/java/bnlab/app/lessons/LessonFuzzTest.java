package bnlab.app.lessons;

import bnlab.engine.api.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson files fuzzed with fixed seeds: thousands of text mutations (bit flips, truncations, inserted
 * tokens, huge numbers) and tree mutations (wrong types, missing and unknown parts, out-of-range and
 * non-finite numbers, deep nesting) of a valid lesson. Every outcome is a lesson whose every value is
 * within its setting's range, or a refusal naming the file with a lesson problem; never another
 * exception or a hang.
 */
class LessonFuzzTest {
    static final long SEED = 0x1e55_0b5L;
    static final int TEXT_MUTANTS = 3000;
    static final int TREE_MUTANTS = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TOKENS = {"{", "}", "[", "]", ",", ":", "\"", "\\", "null", "true", "1e309",
        "-1e309", "NaN", "Infinity", "\"\\u0000\"", "9223372036854775808", "-0", "1e-400", "\"en\"", "\"zh\""};
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private int lessons;
    private int refusals;

    private void check(String what, String json) {
        try {
            Lesson l = LessonFiles.parse(json, "fuzz.json");
            assertNull(LessonFiles.check(l), what + ": a lesson that loaded passes its range checks");
            assertTrue(l.steps().size() >= 2 && l.steps().size() <= 6 && !l.views().isEmpty(), what);
            lessons++;
        } catch (ProblemException e) {
            assertEquals("fuzz.json", e.file(), what + ": the refusal names the file");
            assertTrue(e.problem().code() instanceof LessonProblem, what + ": " + e.problem());
            refusals++;
        } catch (RuntimeException | Error e) {
            throw new AssertionError(what + ": " + e, e);
        }
    }

    @Test
    void textMutantsLoadOrAreRefusedCleanly() throws Exception {
        String sample = LessonFilesTest.sample();
        Random r = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < TEXT_MUTANTS; i++) {
                check("text mutant " + i, mutateText(sample, r));
            }
        });
        assertTrue(refusals > TEXT_MUTANTS / 2, "most mutants are refused: " + refusals);
    }

    @Test
    void treeMutantsLoadOrAreRefusedCleanly() throws Exception {
        JsonNode sample = JSON.readTree(LessonFilesTest.sample());
        Random r = new Random(SEED + 1);
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            for (int i = 0; i < TREE_MUTANTS; i++) {
                JsonNode copy = sample.deepCopy();
                int changes = 1 + r.nextInt(3);
                for (int k = 0; k < changes; k++) {
                    mutateTree(copy, r);
                }
                check("tree mutant " + i, JSON.writeValueAsString(copy));
            }
        });
        assertTrue(lessons > 0 && refusals > 0, lessons + " loaded, " + refusals + " refused");
    }

    @Test
    void deepNestingAndHugeInputsAreRefused() {
        check("deep arrays", "[".repeat(100_000));
        check("deep objects", "{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000));
        check("long string", "{\"format\": 1, \"id\": \"" + "x".repeat(1_000_000) + "\"}");
        check("nul bytes", new String(new byte[1000], StandardCharsets.UTF_8));
        assertEquals(4, refusals);
    }

    static String mutateText(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int n = 1 + r.nextInt(4);
        for (int k = 0; k < n && b.length() > 0; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(5)) {
                case 0 -> b.setCharAt(at, (char) (b.charAt(at) ^ (1 << r.nextInt(7)))); // a bit flip
                case 1 -> b.setLength(at); // truncated
                case 2 -> b.insert(at, TOKENS[r.nextInt(TOKENS.length)]);
                case 3 -> b.delete(at, Math.min(b.length(), at + 1 + r.nextInt(20)));
                default -> {
                    // a number replaced by an extreme one
                    int d = b.indexOf("0.", at);
                    if (d >= 0) {
                        b.replace(d, d + 2, TOKENS[6 + r.nextInt(6)]);
                    }
                }
            }
        }
        return b.toString();
    }

    // one change somewhere in the tree: a value of another kind, a missing or unknown part, a bad number
    static void mutateTree(JsonNode root, Random r) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode c = containers.get(r.nextInt(containers.size()));
        JsonNode[] values = {F.nullNode(), F.textNode("x"), F.numberNode(1e308), F.numberNode(-1), F.numberNode(0),
            F.numberNode(Long.MAX_VALUE), F.booleanNode(true), F.arrayNode(), F.objectNode(), F.numberNode(2.5),
            F.textNode("NaN"), F.numberNode(Double.NaN), F.numberNode(1e-320), F.textNode("histograms")};
        JsonNode v = values[r.nextInt(values.length)];
        if (c instanceof ObjectNode o && o.size() > 0) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            String name = names.get(r.nextInt(names.size()));
            switch (r.nextInt(4)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name + (r.nextBoolean() ? "" : "2"), v);
                case 2 -> o.set(name, v);
                default -> o.set(name, nest(v, 1 + r.nextInt(50)));
            }
        } else if (c instanceof ArrayNode a && a.size() > 0) {
            int i = r.nextInt(a.size());
            switch (r.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.insert(i, v);
                default -> a.add(a.get(i).deepCopy());
            }
        }
    }

    private static JsonNode nest(JsonNode v, int depth) {
        JsonNode n = v;
        for (int i = 0; i < depth; i++) {
            n = F.arrayNode().add(n);
        }
        return n;
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.forEach(c -> collect(c, out));
        }
    }
}
