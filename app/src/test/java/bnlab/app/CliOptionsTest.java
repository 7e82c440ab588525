package bnlab.app;

import bnlab.engine.api.DatasetId;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CliOptionsTest {

    @Test
    void defaultsAndScreenshotOptions() {
        CliOptions o = CliOptions.parse().options();
        assertFalse(o.play());
        assertEquals(DatasetId.DIGITS, o.dataset());
        assertEquals(1600, o.width());
        assertEquals(1000, o.height());
        assertEquals(0, o.tabIndex());
        assertEquals(100, o.speed());
        assertEquals(2, CliOptions.parse("--tab", "surface").options().tabIndex());
        assertEquals(null, o.view());
        assertEquals("seeds", CliOptions.parse("--view", "seeds").options().view());
        CliOptions s = CliOptions.parse("--screenshot", "/tmp/x.png", "--after", "2", "--dataset", "badly-scaled-moons",
                "--play").options();
        assertTrue(s.play());
        assertEquals(java.nio.file.Path.of("/tmp/x.png"), s.screenshot());
        assertEquals(2.0, s.after());
        assertEquals(DatasetId.BADLY_SCALED_MOONS, s.dataset());
    }

    /** Without --size the window fits a smaller screen whole; a size asked for is kept. */
    @Test
    void theDefaultWindowFitsTheScreenAndAnAskedSizeIsKept() {
        CliOptions o = CliOptions.parse().options();
        assertEquals(new javafx.geometry.Dimension2D(1600, 1000), o.windowSize(1920, 1050));
        assertEquals(new javafx.geometry.Dimension2D(1280, 720), o.windowSize(1280, 720));
        assertEquals(new javafx.geometry.Dimension2D(1366, 740), o.windowSize(1366, 740));
        CliOptions asked = CliOptions.parse("--size", "1700x900").options();
        assertEquals(new javafx.geometry.Dimension2D(1700, 900), asked.windowSize(1280, 720));
        assertFalse(CliOptions.parse("--size", "big").run(), "a size that is not WxH is refused");
        // the form and the range said apart: 100000x100000 has the form (it was told to look like 1600x1000)
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        assertEquals(bnlab.app.i18n.I18n.get("cli.size", "big"), CliOptions.sizeProblem("big"));
        assertEquals(bnlab.app.i18n.I18n.get("cli.sizeRange", "100000x100000", 100, 99_999),
                CliOptions.sizeProblem("100000x100000"));
        assertEquals(bnlab.app.i18n.I18n.get("cli.sizeRange", "99x700", 100, 99_999), CliOptions.sizeProblem("99x700"));
        assertEquals(null, CliOptions.sizeProblem("1280x720"));
    }

    /** A first launch opens on the lessons, unless the command line asks to see something else. */
    @Test
    void askingForAViewSkipsTheStartPageOfAFirstLaunch() {
        bnlab.app.shell.UiPrefs first = bnlab.app.shell.UiPrefs.defaults();
        assertFalse(first.startPageSeen());
        assertFalse(CliOptions.parse().options().overrides(first).startPageSeen(), "no request: the lessons first");
        assertFalse(CliOptions.parse("--lang", "zh").options().overrides(first).startPageSeen());
        for (String[] args : new String[][] {{"--play"}, {"--tab", "cnn"}, {"--tab", "live"}, {"--record", "target/x.gif"},
                {"--lesson", "figure1"}, {"--screenshot", "target/x.png"}, {"--view", "axes"}}) {
            assertTrue(CliOptions.parse(args).options().overrides(first).startPageSeen(), String.join(" ", args));
        }
    }

    @Test
    void mistakesGiveOneReadableLine() {
        String[][] bad = {
            {"--after", "soon"}, {"--dataset", "mnist"}, {"--frobnicate"}, {"--screenshot", "/tmp/x.jpg"},
            {"--screenshot", "/no/such/dir/x.png"}, {"--after", "-1"}, {"--size", "big"}, {"--speed", "-5"}, {"--log-frames"},
            {"--tab", "histograms"}, {"--view", "histograms"}, {"--view", "Seeds"}, {"--record-seconds", "0"},
            {"--record", "target/x.gif", "--record-seconds", "301"}, {"--record-seconds", "5"}, {"--lesson-step", "2"},
            {"--lesson-step", "0"}, {"--after", "3"},
        };
        for (String[] args : bad) {
            CliOptions.Result r = CliOptions.parse(args);
            assertFalse(r.run(), String.join(" ", args));
            assertEquals(2, r.exitCode());
            String out = r.output().trim();
            assertTrue(out.startsWith("bnlab"), out);
            assertEquals(1, out.lines().count(), out);
            assertFalse(out.contains("Exception"), out);
        }
    }

    /**
     * An option that only works with another is refused without it (--lesson-step, --record-seconds and --after alone
     * were silently ignored, a --record-seconds of 0 too), and taken with it.
     */
    @Test
    void anOptionThatNeedsAnotherIsRefusedWithoutIt() {
        java.util.Locale was = bnlab.app.i18n.I18n.locale();
        try {
            bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
            assertEquals(bnlab.app.i18n.I18n.get("cli.error", bnlab.app.i18n.I18n.get("cli.needs", "--lesson-step",
                    "--lesson")), CliOptions.parse("--lang", "en", "--lesson-step", "2").output().trim());
            assertEquals(bnlab.app.i18n.I18n.get("cli.error", bnlab.app.i18n.I18n.get("cli.needs", "--record-seconds",
                    "--record")), CliOptions.parse("--lang", "en", "--record-seconds", "5").output().trim());
            assertEquals(bnlab.app.i18n.I18n.get("cli.error", bnlab.app.i18n.I18n.get("cli.needs", "--after",
                    "--screenshot")), CliOptions.parse("--lang", "en", "--after", "3").output().trim());
            assertEquals(bnlab.app.i18n.I18n.get("cli.error", bnlab.app.i18n.I18n.get("cli.recordSeconds", 0.0,
                    bnlab.app.export.RecordingSpec.MIN_SECONDS, bnlab.app.export.RecordingSpec.MAX_SECONDS)),
                    CliOptions.parse("--lang", "en", "--record-seconds", "0").output().trim(), "the range first");
        } finally {
            bnlab.app.i18n.I18n.setLocale(was);
        }
        CliOptions o = CliOptions.parse("--lesson", "figure1", "--lesson-step", "2").options();
        assertEquals(2, o.lessonStep());
        assertEquals(1, CliOptions.parse("--lesson", "figure1").options().lessonStep());
        CliOptions r = CliOptions.parse("--record", "target/x.gif", "--record-seconds", "5").options();
        assertEquals(5.0, r.recordSeconds());
        assertEquals(bnlab.app.export.RecordingSpec.DEFAULT.seconds(),
                CliOptions.parse("--record", "target/x.gif").options().recordSeconds());
        assertEquals(8.0, CliOptions.parse("--screenshot", "target/x.png").options().after());
    }

    /**
     * --experiment opens a saved experiment on launch: read and checked first, so that a missing, malformed or forged
     * file is one readable line (exit code 2) and nothing starts; with --lesson it is refused.
     */
    @Test
    void aSavedExperimentIsReadBeforeTheWindowOpens() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "cli-experiment"));
        java.nio.file.Path good = dir.resolve("good.json");
        bnlab.engine.Engine.writeExperiment(bnlab.engine.api.ExperimentFile.of("DIGITS", null,
                bnlab.engine.api.ExperimentSpec.defaults(), bnlab.engine.api.TrainSettings.defaults().withLearningRate(0.5)),
                good);
        CliOptions o = CliOptions.parse("--experiment", good.toString(), "--view", "seeds").options();
        assertEquals(0.5, o.experiment().settings().learningRate());
        assertEquals("good.json", o.experimentName());
        assertTrue(o.overrides(new bnlab.app.shell.UiPrefs(java.util.Locale.ENGLISH, bnlab.app.style.Theme.LIGHT, 1.0,
                false)).startPageSeen(), "asked to see: no start page in front");
        assertEquals(null, CliOptions.parse().options().experiment());
        java.nio.file.Path broken = dir.resolve("broken.json");
        java.nio.file.Files.writeString(broken, "{ \"format\": 1, ");
        java.nio.file.Path forged = dir.resolve("forged.json");
        java.nio.file.Files.writeString(forged, java.nio.file.Files.readString(good).replace("0.5", "-3"));
        String[][] bad = {{"--experiment", dir.resolve("none.json").toString()}, {"--experiment", broken.toString()},
            {"--experiment", forged.toString()}, {"--experiment", good.toString(), "--lesson", "figure1"}};
        for (String[] args : bad) {
            CliOptions.Result r = CliOptions.parse(args);
            assertFalse(r.run(), String.join(" ", args));
            assertEquals(2, r.exitCode());
            String out = r.output().trim();
            assertEquals(1, out.lines().count(), out);
            assertFalse(out.contains("Exception"), out);
        }
        java.util.Locale was = bnlab.app.i18n.I18n.locale();
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        String rate = bnlab.app.i18n.I18n.label(bnlab.engine.api.Setting.LEARNING_RATE);
        bnlab.app.i18n.I18n.setLocale(was);
        assertTrue(CliOptions.parse("--lang", "en", "--experiment", forged.toString()).output().contains(rate),
                "the refused setting is named");
    }

    /**
     * --lang zh with a mistake elsewhere: the mistake is told in Chinese; the language in use is left as it was.
     * (Without --lang, in the window's language: the one chosen last.)
     */
    @Test
    void aMistakeIsToldInTheLanguageAskedFor() {
        java.util.Locale before = bnlab.app.i18n.I18n.locale();
        CliOptions.Result r = CliOptions.parse("--lang", "zh", "--tab", "nope");
        assertEquals(2, r.exitCode());
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        String zh = bnlab.app.i18n.I18n.get("cli.error", bnlab.app.i18n.I18n.get("cli.unknownTab", "nope",
                String.join(", ", CliOptions.TABS)));
        bnlab.app.i18n.I18n.setLocale(before);
        assertEquals(zh + "\n", r.output());
        assertEquals(before, bnlab.app.i18n.I18n.locale());
    }

    @Test
    void aLessonMayShareItsIdWithACommand() {
        // the lesson "figure1" and the command "figure1": after --lesson the word is the option's value
        CliOptions.Result r = CliOptions.parse("--lesson", "figure1", "--lang", "zh");
        assertTrue(r.run(), r.output());
        assertEquals("figure1", r.options().lesson());
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        CliOptions.Result r = CliOptions.parse("--help");
        assertFalse(r.run());
        assertEquals(0, r.exitCode());
        assertTrue(r.output().contains("--screenshot"));
    }
}
