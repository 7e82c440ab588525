package bnlab.engine.data.fuzz;

import bnlab.engine.ChildJvm;
import bnlab.engine.api.DataProblem;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.data.CsvLoader;
import bnlab.engine.data.ExperimentJson;
import bnlab.engine.data.IdxLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The inputs the fuzz tests found a loader failing on (src/test/resources/fuzz-regressions, each
 * named after what it broke), each now refused with its problem; those that ran a loader out of
 * memory are loaded in a JVM with a small heap. Every file there must be listed
 * here, and every case here must have its file.
 */
class RegressionTest {

    /** Case (path under fuzz-regressions; a folder for an IDX pair) -> the exact problem and the file it names. */
    private static Map<String, Expected> cases() {
        Map<String, Expected> m = new TreeMap<>();
        // CsvLoader kept 1e308 (finite as a double) and the Dataset held it as float32 Infinity
        csv(m, "feature-1e308-became-float-infinity.csv", -1,
                DataProblem.CSV_NUMBER_TOO_LARGE, 2, 2, "1e308");
        csv(m, "feature-just-above-float-max-became-infinity.csv", -1,
                DataProblem.CSV_NUMBER_TOO_LARGE, 2, 2, "3.4028236e38");
        // ExperimentJson called a readable file that is not UTF-8 text "unreadable"
        json(m, "not-utf8-reported-unreadable.json", FileProblem.NOT_UTF8);
        // TrainSettings accepted any probe unit above -1, though its own refusal names -1..1024
        // (and then named the unit a hidden layer's width: "the width of a hidden layer must be ...")
        json(m, "probe-unit-2147483647-accepted.json", SettingProblem.NO_SUCH_UNIT, Integer.MAX_VALUE + 1L,
                (int) Setting.WIDTH.max());
        return m;
    }

    /** A load, the problem it must end in, and the file that problem must name. */
    private record Expected(Loader load, Problem problem, String file) {
    }

    @FunctionalInterface
    private interface Loader {
        Object load(Path input) throws Exception;
    }

    private static void csv(Map<String, Expected> m, String name, int labelColumn, DataProblem code, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = name;
        System.arraycopy(args, 0, all, 1, args.length);
        m.put("csv/" + name, new Expected(p -> CsvLoader.load(p, labelColumn), Problem.of(code, all), null));
    }

    private static void json(Map<String, Expected> m, String name, Problem.Code code, Object... args) {
        m.put("json/" + name, new Expected(ExperimentJson::read, Problem.of(code, args), name));
    }

    /** An IDX case: a folder holding {@code images} and {@code labels}. */
    private static void idx(Map<String, Expected> m, String name, DataProblem code, Object... args) {
        m.put("idx/" + name, new Expected(p -> IdxLoader.load(p.resolve("images"), p.resolve("labels")),
                Problem.of(code, args), null));
    }

    static Path root() throws URISyntaxException {
        return Path.of(RegressionTest.class.getResource("/fuzz-regressions").toURI());
    }

    @Test
    void everySavedInputIsRefusedWithItsProblem() throws Exception {
        Path root = root();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Expected> c : cases().entrySet()) {
            Path input = root.resolve(c.getKey());
            Expected x = c.getValue();
            Executable load = () -> x.load().load(input);
            ProblemException e = assertThrows(ProblemException.class, load, c.getKey());
            if (!x.problem().equals(e.problem()) || !java.util.Objects.equals(x.file(), e.file())) {
                wrong.add(c.getKey() + ": " + e.getMessage() + " (file " + e.file() + "), expected " + x.problem()
                        + " (file " + x.file() + ")");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Inputs of a few kB that hold tens of MB once decompressed, loaded in a JVM with a 64 MB heap:
     * case -> the arguments of {@link LoadInSmallHeap}, the file the refusal must name.
     */
    private static Map<String, List<String>> smallHeapCases() {
        Map<String, List<String>> m = new TreeMap<>();
        // 16 M black 1 x 1 images: IdxLoader held a double[] per image and threw OutOfMemoryError
        m.put("small-heap/idx-16m-black-1x1-images-out-of-memory", List.of("idx", "images", "labels"));
        // 8 M lines "0,0": CsvLoader keeps every line and threw OutOfMemoryError
        m.put("small-heap/csv-gzip-of-8m-short-lines-out-of-memory.csv.gz", List.of("csv", ""));
        return m;
    }

    /** Each input that ran a loader out of memory is now TOO_LARGE_FOR_MEMORY naming a file of the case. */
    @Test
    void inputsThatRanOutOfMemoryAreRefusedInASmallHeap() throws Exception {
        Path root = root();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, List<String>> c : smallHeapCases().entrySet()) {
            Path input = root.resolve(c.getKey());
            List<String> args = new ArrayList<>(List.of(c.getValue().get(0)));
            List<String> names = new ArrayList<>();
            for (String f : c.getValue().subList(1, c.getValue().size())) {
                Path p = f.isEmpty() ? input : input.resolve(f);
                args.add(p.toString());
                names.add(p.getFileName().toString());
            }
            String out = ChildJvm.run(List.of("-Xmx64m", "-XX:+UseSerialGC"), LoadInSmallHeap.class, args).out().trim();
            String expected = "problem " + DataProblem.TOO_LARGE_FOR_MEMORY.key() + "[";
            if (!out.startsWith(expected) || names.stream().noneMatch(n -> out.startsWith(expected + n + ","))) {
                wrong.add(c.getKey() + ": " + out);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everySavedInputHasACase() throws Exception {
        Path root = root();
        TreeSet<String> saved = new TreeSet<>();
        for (String kind : List.of("csv", "json", "idx", "small-heap")) {
            Path dir = root.resolve(kind);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.forEach(p -> saved.add(kind + "/" + p.getFileName()));
                }
            }
        }
        TreeSet<String> listed = new TreeSet<>(cases().keySet());
        listed.addAll(smallHeapCases().keySet());
        assertEquals(listed, saved);
    }
}
