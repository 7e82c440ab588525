package bnlab.app.headless;

import bnlab.app.CliOptions;
import bnlab.app.i18n.I18n;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The program's commands that need no window: {@code bnlab render ...} and {@code bnlab figure1 ...}. */
public final class Commands {
    /** Their names, as the first argument. */
    public static final Set<String> NAMES = Set.of("render", "figure1");

    private Commands() {
    }

    public static boolean isCommand(String firstArgument) {
        return NAMES.contains(firstArgument);
    }

    /**
     * A failure no rule foresaw (a bug), told in one line with where its details are (a new file in folder: the
     * version and the stack trace, for a bug report), not as a stack trace; the exit code.
     */
    static int failed(Throwable e, PrintWriter err, Path folder) {
        err.println(I18n.get("headless.failed", bnlab.app.ErrorReporter.shortMessage(e)));
        try {
            Path f = Files.createTempFile(folder, "bnlab-failure-", ".txt");
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            Files.writeString(f, "BN Lab " + bnlab.app.AppVersion.get() + "\n" + w);
            err.println(I18n.get("headless.failedDetails", f));
        } catch (IOException | RuntimeException unwritable) {
            // the line above is all there is
        }
        return Cli.FAILED;
    }

    /** Run one; the exit code: 0 done, 1 a file or the data failed, 2 the command line asks the impossible. */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /** The same, its help, version and mistakes written to out and err. */
    static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = CliOptions.commandLine(new CliOptions());
        cl.setOut(out);
        cl.setErr(err);
        // a failure no rule foresaw (a bug): one line in words and where its details are, not a stack trace
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, cmd.getErr(),
                Path.of(System.getProperty("java.io.tmpdir"))));
        // a mistake in the command line: one worded line and where to read more, not picocli's English and the usage
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println(I18n.get("cli.error", CliOptions.worded(e)));
            return Cli.USAGE;
        });
        // its help and mistakes in the command's language (read from the arguments: a parse that would set it may fail)
        Locale language = CliOptions.commandLanguage(args);
        I18n.setLocale(language);
        cl.setResourceBundle(CliOptions.helpBundle(language));
        return cl.execute(args);
    }
}
