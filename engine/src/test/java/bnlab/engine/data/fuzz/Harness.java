package bnlab.engine.data.fuzz;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.SettingProblem;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Runs loads of fuzzed inputs and judges each outcome. A load may only
 * <ul>
 *   <li>return a sane result (the caller's check says what sane is), or</li>
 *   <li>throw a {@link ProblemException} whose code is a {@link DataProblem}, {@link FileProblem} or
 *       {@link SettingProblem} and that names the file: a DataProblem's first value, or
 *       {@link ProblemException#file()} (each code always with the same number of values), and that
 *       does not call a readable file missing or unreadable;</li>
 * </ul>
 * anything else (another exception, an Error, more than {@link #MAX_ALLOCATED} bytes allocated by the
 * loading thread) is a failure. Failures are collected, their inputs copied to
 * {@code target/fuzz/failures/<format>/}, and {@link #assertNoFailures()} lists them.
 */
final class Harness {

    /** The most a load of a small fuzzed file may allocate (HotSpot's per-thread counter). */
    static final long MAX_ALLOCATED = 64L << 20;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Code -> number of values, over all formats: a code's wording expects a fixed number. */
    private static final Map<Problem.Code, Integer> ARITY = new HashMap<>();
    private static final int FAILURES_KEPT = 25;
    /** Every fuzzed input is a file that is there and can be read: these codes would misreport it. */
    private static final Set<Problem.Code> NEVER = Set.of(DataProblem.FILE_NOT_FOUND, DataProblem.UNREADABLE_FILE,
            FileProblem.UNREADABLE);

    /** Loads one input; may throw anything (that is what is being tested). */
    @FunctionalInterface
    interface Load<T> {
        T load() throws Exception;
    }

    /** What is wrong with a clean result, or null. */
    @FunctionalInterface
    interface Sanity<T> {
        String problemWith(T result);
    }

    final String format;
    private final Path failuresDir;
    private int loads;
    private int clean;
    private final Map<String, Integer> codes = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int failureCount;
    private long maxAllocated;
    private String maxAllocatedAt = "";
    private final long started = System.nanoTime();

    Harness(String format) throws IOException {
        this.format = format;
        this.failuresDir = Path.of("target", "fuzz", "failures", format);
        if (Files.isDirectory(failuresDir)) {
            try (Stream<Path> s = Files.walk(failuresDir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** A fresh folder under target/fuzz for this format's inputs. */
    static Path workDir(String format) throws IOException {
        return Files.createDirectories(Path.of("target", "fuzz", "work", format));
    }

    /**
     * Runs one load and judges it.
     *
     * @param what   names the input in a failure (format, seed, mutant number, mutations)
     * @param names  the names the file may be given by in a problem (file name, path, folder)
     * @param inputs the files the load reads, copied away if it fails
     */
    <T> void check(String what, Collection<String> names, List<Path> inputs, Load<T> load, Sanity<T> sanity) {
        check(what, names, inputs, load, sanity, MAX_ALLOCATED);
    }

    /** As above, with another bound on the bytes the load may allocate (for inputs that are big themselves). */
    <T> void check(String what, Collection<String> names, List<Path> inputs, Load<T> load, Sanity<T> sanity,
                   long maxBytes) {
        loads++;
        long before = THREADS.getCurrentThreadAllocatedBytes();
        T result = null;
        Throwable thrown = null;
        try {
            result = load.load();
        } catch (Throwable t) { // everything, OutOfMemoryError and StackOverflowError included
            thrown = t;
        }
        long used = THREADS.getCurrentThreadAllocatedBytes() - before;
        if (used > maxAllocated) {
            maxAllocated = used;
            maxAllocatedAt = what;
        }
        String wrong;
        if (thrown instanceof ProblemException e) {
            wrong = problemWith(e, names);
            codes.merge(e.problem().code().key(), 1, Integer::sum);
        } else if (thrown != null) {
            wrong = "escaped " + trace(thrown);
        } else {
            clean++;
            codes.merge("(clean load)", 1, Integer::sum);
            wrong = result == null ? "returned null" : sanity.problemWith(result);
        }
        if (wrong == null && used > maxBytes) {
            wrong = "allocated " + used + " bytes, more than " + maxBytes;
        }
        if (wrong != null) {
            fail(what, wrong, inputs);
        }
    }

    private static String problemWith(ProblemException e, Collection<String> names) {
        Problem p = e.problem();
        if (p == null) {
            return "a ProblemException without a problem";
        }
        Problem.Code code = p.code();
        if (!(code instanceof DataProblem || code instanceof FileProblem || code instanceof SettingProblem)) {
            return "unexpected kind of code " + code.key();
        }
        if (NEVER.contains(code)) {
            return "a readable file reported as " + p;
        }
        Integer arity;
        synchronized (ARITY) {
            arity = ARITY.putIfAbsent(code, p.args().size());
        }
        if (arity != null && arity != p.args().size()) {
            return code.key() + " came with " + p.args().size() + " values, before with " + arity + ": " + p;
        }
        if (e.file() != null) {
            return names.contains(e.file()) ? null : "names the file " + e.file() + ", not one of " + names;
        }
        if (code instanceof DataProblem && !p.args().isEmpty() && names.contains(String.valueOf(p.arg(0)))) {
            return null;
        }
        return "does not name the file (one of " + names + "): " + p;
    }

    private void fail(String what, String wrong, List<Path> inputs) {
        failureCount++;
        String saved = "";
        try {
            Path to = Files.createDirectories(failuresDir.resolve(String.valueOf(failureCount)));
            for (Path in : inputs) {
                if (Files.isRegularFile(in)) {
                    Files.copy(in, to.resolve(in.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } else if (Files.isDirectory(in)) {
                    try (Stream<Path> s = Files.list(in)) {
                        for (Path f : s.filter(Files::isRegularFile).toList()) {
                            Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            saved = " (input in " + to + ")";
        } catch (IOException e) {
            saved = " (input not saved: " + e + ")";
        }
        if (failures.size() < FAILURES_KEPT) {
            failures.add(what + ": " + wrong + saved);
        }
    }

    private static String trace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        String s = w.toString();
        return s.length() > 1500 ? s.substring(0, 1500) + "..." : s;
    }

    /** Fails the test with every failure kept (and how many there were in all). */
    void assertNoFailures() {
        System.out.println(summary());
        if (failureCount > 0) {
            List<String> shown = new ArrayList<>(failures);
            shown.add("(" + failureCount + " failures in all, " + loads + " loads)");
            assertEquals(List.of(), shown, format + ": loads that did not end cleanly");
        }
    }

    String summary() {
        return String.format("fuzz %s: %d loads in %.1f s, %d clean, most allocated %.1f MB (%s); outcomes %s",
                format, loads, (System.nanoTime() - started) / 1e9, clean, maxAllocated / 1048576.0, maxAllocatedAt,
                codes);
    }

    int loads() {
        return loads;
    }

    /** What is wrong with a data set a load returned, or null: sizes, labels, finite features. */
    static String datasetProblem(Dataset d) {
        int n = d.size();
        int dim = d.dim();
        if (n < 1 || dim < 1) {
            return "an empty data set " + d;
        }
        float[] x = d.features();
        if (x.length != (long) n * dim) {
            return x.length + " features for " + n + " x " + dim;
        }
        if (d.featureNames().size() != dim) {
            return d.featureNames().size() + " names for " + dim + " features";
        }
        if (d.numClasses() < 1) {
            return "numClasses " + d.numClasses();
        }
        int[] y = d.labels();
        for (int i = 0; i < n; i++) {
            if (y[i] < 0 || y[i] >= d.numClasses()) {
                return "row " + i + " has label " + y[i] + " of " + d.numClasses() + " classes";
            }
        }
        for (int i = 0; i < x.length; i++) {
            if (!Float.isFinite(x[i])) {
                return "feature " + (i % dim) + " of row " + (i / dim) + " is " + x[i];
            }
        }
        return null;
    }
}
