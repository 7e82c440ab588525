package bnlab.app.headless;

import bnlab.app.AppVersion;
import bnlab.app.CliOptions;
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

/** The command line's help and version, for the window and for each command, in the language asked for. */
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
}
