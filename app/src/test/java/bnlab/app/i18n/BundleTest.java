package bnlab.app.i18n;

import bnlab.app.controls.InitChoice;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.DataProblem;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every key the app asks for, every problem the engine can report and every choice it offers has words. */
class BundleTest {
    private static Properties english() throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundleTest.class.getResourceAsStream("/bnlab/app/i18n/messages.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Keys written as literals in I18n.get("..."), I18n.get("a" ...), new IndexCell("...") in the app's sources. */
    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern call = Pattern.compile("(?:I18n\\.get|IndexCell)\\(\\s*\"([a-zA-Z0-9_.]*[a-zA-Z0-9_])\"");
        Pattern ternary = Pattern.compile("\\?\\s*\"([a-zA-Z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)\"\\s*:\\s*\"([a-zA-Z][a-zA-Z0-9_]*\\.[a-zA-Z0-9_.]+)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String s = Files.readString(f);
                Matcher m = call.matcher(s);
                while (m.find()) {
                    keys.add(m.group(1));
                }
                Matcher t = ternary.matcher(s);
                while (t.find()) {
                    keys.add(t.group(1));
                    keys.add(t.group(2));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheAppUsesIsInTheBundle() throws IOException {
        Properties en = english();
        List<String> missing = new ArrayList<>();
        for (String k : keysInSources()) {
            if (!en.containsKey(k)) {
                missing.add(k);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyProblemAndChoiceIsWorded() throws IOException {
        Properties en = english();
        List<String> missing = new ArrayList<>();
        List<Problem.Code> codes = new ArrayList<>();
        codes.addAll(List.of(DataProblem.values()));
        codes.addAll(List.of(SettingProblem.values()));
        codes.addAll(List.of(RunProblem.values()));
        codes.addAll(List.of(FileProblem.values()));
        codes.addAll(List.of(bnlab.app.lessons.LessonProblem.values()));
        for (Problem.Code c : codes) {
            if (!en.containsKey(c.key())) {
                missing.add(c.key());
            }
        }
        for (bnlab.app.shell.Shortcut sc : bnlab.app.shell.Shortcut.values()) {
            if (!en.containsKey("shortcut." + sc.name())) {
                missing.add("shortcut." + sc.name());
            }
        }
        for (Class<? extends Enum<?>> e : List.of(ActivationKind.class, InitKind.class, NormKind.class,
                Placement.class, LossKind.class, Convention.class, DatasetId.class, Setting.class, InitChoice.class,
                bnlab.engine.api.InputScaling.class)) {
            for (Enum<?> v : e.getEnumConstants()) {
                String k = "enum." + e.getSimpleName() + "." + v.name();
                if (!en.containsKey(k)) {
                    missing.add(k);
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    /** A pattern whose arguments do not parse would show the raw pattern to the user. */
    @Test
    void everyPatternParses() throws IOException {
        Properties en = english();
        for (String k : en.stringPropertyNames()) {
            new java.text.MessageFormat(en.getProperty(k));
        }
        assertTrue(en.size() > 100);
    }

    @Test
    void problemsAreWordedWithTheirValues() {
        String s = I18n.problem(Setting.LEARNING_RATE.check(1e30));
        assertTrue(s.contains("1e+30") && s.contains("100") && s.contains("1e-4"), s);
        assertEquals("2e-4", Numbers.format(2e-4));
        assertEquals("0.37", Numbers.format(0.37));
        assertEquals("\u2013", Numbers.format(Double.NaN));
        assertEquals("12.35", Numbers.format(12.345));
    }
}
