package bnlab.app.headless;

import bnlab.app.AppVersion;
import bnlab.app.CliOptions;
import bnlab.app.i18n.I18n;
import bnlab.app.shell.UiPrefs;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The command line's help, version and mistakes, for the window and for each command, in the language asked for
 * (picocli's own English sentences worded by us), and a failure no rule foresaw.
 */
class CommandsHelpTest {
    private static String text(Locale l, String key) {
        return ResourceBundle.getBundle("bnlab.app.i18n.cli", l).getString(key);
    }

    /** The synopsis's heading as printed ("Usage: "; the Chinese one on a line of its own, to align the synopsis). */
    private static String heading(Locale l) {
        return text(l, "usage.synopsisHeading").replace("%n", System.lineSeparator());
    }

    /** What a command printed to its standard output, and its exit code. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Commands.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void theWindowsHelpIsInTheLanguageAskedFor() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String lang = l.getLanguage();
            String help = CliOptions.parse("--lang", lang, "--help").output();
            assertTrue(help.contains(text(l, "usage.description")), lang + ": " + help);
            assertTrue(help.contains(text(l, "speed").substring(0, 12)), lang + ": the options too");
            assertTrue(help.startsWith(heading(l) + "bnlab"), lang + ": the headings too");
            assertTrue(help.contains(text(l, "usage.commandListHeading").replace("%n", "")), lang + ": " + help);
            assertTrue(CliOptions.parse("--help", "--lang=" + lang).output().contains(text(l, "usage.description")),
                    lang + ": --lang after --help");
        }
        assertNotEquals(text(Locale.SIMPLIFIED_CHINESE, "usage.description"), text(Locale.ENGLISH, "usage.description"));
    }

    @Test
    void eachCommandsHelpIsInTheLanguageAskedFor() {
        for (String command : new String[] {"render", "figure1"}) {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                Run r = run(command, "--lang", l.getLanguage(), "--help");
                assertEquals(0, r.code(), command + " " + r.err());
                assertTrue(r.out().contains(text(l, "bnlab." + command + ".usage.description").substring(0, 20)),
                        command + " " + l + ": " + r.out());
                assertTrue(r.out().startsWith(heading(l) + "bnlab " + command), r.out());
            }
        }
    }

    @Test
    void theVersionIsTheBuildsForTheWindowAndEachCommand() {
        String version = "BN Lab " + AppVersion.get();
        assertEquals(version, CliOptions.parse("-V").output().strip());
        assertEquals(version, CliOptions.parse("--version").output().strip());
        for (String command : new String[] {"render", "figure1"}) {
            Run r = run(command, "-V");
            assertEquals(0, r.code(), command);
            assertEquals(version, r.out().strip(), command + " said nothing of its version");
        }
    }

    @Test
    void aFailureNoRuleForesawIsOneLineAndAFileOfDetails() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "test-tmp"));
        StringWriter err = new StringWriter();
        int code = Commands.failed(new IllegalStateException("slot 7 is empty"), new PrintWriter(err, true), folder);
        assertEquals(Cli.FAILED, code);
        String said = err.toString();
        assertFalse(said.contains("\tat "), "no stack trace on the terminal: " + said);
        assertTrue(said.contains("slot 7 is empty"), said);
        Matcher m = Pattern.compile("(\\S*bnlab-failure-\\S*\\.txt)").matcher(said);
        assertTrue(m.find(), "says where the details are: " + said);
        String details = Files.readString(Path.of(m.group(1)));
        assertTrue(details.startsWith("BN Lab " + AppVersion.get()), details);
        assertTrue(details.contains("IllegalStateException: slot 7 is empty") && details.contains("\tat "), details);
    }

    /** A message as the command line words it in language l. */
    private static String said(Locale l, String key, Object... args) {
        Locale before = I18n.locale();
        I18n.setLocale(l);
        try {
            return I18n.get("cli.error", I18n.get(key, args));
        } finally {
            I18n.setLocale(before);
        }
    }

    @Test
    void mistakesAreWordedInTheLanguageAskedFor() {
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            String lang = l.getLanguage();
            assertEquals(said(l, "cli.unknownOption", "--foo"), CliOptions.parse("--lang", lang, "--foo").output().strip());
            assertEquals(said(l, "cli.missingValue", "--dataset", "NAME"),
                    CliOptions.parse("--lang", lang, "--dataset").output().strip());
            assertEquals(said(l, "cli.unexpected", "extra"), CliOptions.parse("--lang", lang, "extra").output().strip());
            assertEquals(said(l, "cli.twice", "--play"),
                    CliOptions.parse("--play", "--lang=" + lang, "--play").output().strip());
            assertEquals(2, CliOptions.parse("--lang", lang, "--foo").exitCode());

            Run unknown = run("render", "--lang", lang, "--foo");
            assertEquals(Cli.USAGE, unknown.code());
            assertEquals(said(l, "cli.unknownOption", "--foo"), unknown.err().strip());
            assertEquals(said(l, "cli.missingValue", "--steps", "N"), run("render", "--lang", lang, "--steps").err().strip());
            assertEquals(said(l, "cli.missingOption", "--mnist", "DIR"), run("figure1", "--lang", lang).err().strip());
            assertEquals(said(l, "cli.missingValue", "--mnist", "DIR"),
                    run("figure1", "--lang", lang, "--mnist").err().strip());
        }
        assertNotEquals(said(Locale.ENGLISH, "cli.twice", "--play"), said(Locale.SIMPLIFIED_CHINESE, "cli.twice", "--play"));
    }

    /** Without --lang: the window's command line speaks the language chosen last, a command the system's. */
    @Test
    void withoutLangTheWindowsLanguageOrTheSystems() {
        UiPrefs kept = UiPrefs.load();
        try {
            for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                kept.withLocale(l).save();
                assertEquals(said(l, "cli.unknownOption", "--foo"), CliOptions.parse("--foo").output().strip());
                assertTrue(CliOptions.parse("--help").output().contains(text(l, "usage.description")), l.toString());
                Locale system = UiPrefs.defaultLocale();
                assertEquals(said(system, "cli.unknownOption", "--foo"), run("render", "--foo").err().strip(), "" + l);
                assertTrue(run("figure1", "--help").out().contains(
                        text(system, "bnlab.figure1.usage.description").substring(0, 20)), l.toString());
            }
        } finally {
            kept.save();
        }
    }
}
