package bnlab.app.i18n;

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

    /** A saved learning rate of NaN was said "– is outside" (the dash a chart shows for nothing): now NaN, said. */
    @Test
    void aSettingsNaNIsSaidToBeNotANumber() {
        java.util.Locale before = I18n.locale();
        I18n.setLocale(java.util.Locale.ENGLISH);
        try {
            String said = I18n.problem(Setting.LEARNING_RATE.check(Double.NaN));
            assertEquals(I18n.get("problem.SettingProblem.OUT_OF_RANGE", I18n.label(Setting.LEARNING_RATE),
                    I18n.get("problem.nan"), Setting.LEARNING_RATE.min(), Setting.LEARNING_RATE.max()), said);
            // a stall's unknown share stays a dash
            assertTrue(!I18n.problem(Problem.of(RunProblem.STALLED, 100L, 0.1, 0.1, Double.NaN, 0.1, Double.NaN, 2.3,
                    2.3)).contains(I18n.get("problem.nan")));
        } finally {
            I18n.setLocale(before);
        }
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
                Placement.class, LossKind.class, Convention.class, DatasetId.class, Setting.class,
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

    /** Two texts run on with a space in English and none in Chinese (the views read "小批量。 点击"). */
    @Test
    void textsRunOnAsTheLanguageDoes() {
        java.util.Locale was = I18n.locale();
        try {
            I18n.setLocale(java.util.Locale.ENGLISH);
            assertEquals("One. Two.", I18n.then("One.", "Two."));
            I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
            assertEquals("一。二。", I18n.then("一。", "二。"));
        } finally {
            I18n.setLocale(was);
        }
    }

    @Test
    void problemsAreWordedWithTheirValues() {
        String s = I18n.problem(Setting.LEARNING_RATE.check(1e30));
        assertTrue(s.contains("1e+30") && s.contains("100") && s.contains("1e-4"), s);
        assertEquals("2e-4", Numbers.format(2e-4));
        assertEquals("0.37", Numbers.format(0.37));
        assertEquals("\u2013", Numbers.format(Double.NaN));
        assertEquals("12.35", Numbers.format(12.345));
        assertEquals("1234", Numbers.format(1234.4));
        assertEquals("12345", Numbers.format(12345.0), "not Java's 1.235e+04");
        assertEquals("-99999", Numbers.format(-99_999.2));
        assertEquals("1e+5", Numbers.format(1e5));
    }

    /** The widest wordings the read-outs keep room for, worded as the read-outs word their numbers. */
    @Test
    void theWidestNumbersAreWordedAsTheReadOutsWordThem() {
        String widest = Numbers.format(Numbers.WIDEST);
        assertEquals(9, widest.length(), widest);
        assertTrue(widest.startsWith("-0.00123"), widest);
        assertEquals("99.9%", Numbers.widestPercent());
        assertEquals("1/1600", Numbers.widestRatio());
    }

    /** A tick's label must read as its value: Java's %.2g wrote 300 as "3.0e+02" and 12.5 as "13". */
    @Test
    void tickLabelsReadAsTheirValues() {
        java.text.NumberFormat log = Numbers.ticks();
        assertEquals("0.5", log.format(0.5));
        assertEquals("0.031", log.format(Math.pow(2, -5)));
        assertEquals("2", log.format(2.0));
        assertEquals("128", log.format(128.0));
        assertEquals("300", log.format(300.0));
        assertEquals("10000", log.format(1e4));
        assertEquals("1e+9", log.format(1e9));
        assertEquals("1e-5", log.format(1e-5));
        java.text.NumberFormat decades = Numbers.decadeTicks();
        assertEquals("1", decades.format(0.0));
        assertEquals("0.032", decades.format(-1.5));
        assertEquals("10000", decades.format(4.0));
        assertEquals("1e+10", decades.format(10.0));
        java.text.NumberFormat linear = Numbers.linearTicks();
        assertEquals("0", linear.format(-0.0));
        assertEquals("12.5", linear.format(12.5));
        assertEquals("-0.125", linear.format(-0.125));
        assertEquals("300", linear.format(300.0));
        assertEquals("1025", linear.format(1025.0));
        assertEquals("0.3", linear.format(0.1 + 0.2));
        assertEquals("2.5e+5", linear.format(2.5e5));
        assertEquals("5e-4", linear.format(5e-4));
        assertEquals("1.25e-4", linear.format(1.25e-4));
        for (double v : new double[] {0.02, 0.75, 7.5, 62.5, 437.5, 99_999}) {
            assertEquals(v, Double.parseDouble(linear.format(v)), 1e-12 * Math.abs(v), "label of " + v);
        }
    }
}
