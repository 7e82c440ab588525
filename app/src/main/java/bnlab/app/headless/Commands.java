package bnlab.app.headless;

import bnlab.app.CliOptions;
import bnlab.app.i18n.I18n;
import picocli.CommandLine;

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

    /** Run one; the exit code: 0 done, 1 a file or the data failed, 2 the command line asks the impossible. */
    public static int execute(String... args) {
        CommandLine cl = CliOptions.commandLine(new CliOptions());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(I18n.get("headless.failed", e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            e.printStackTrace(cmd.getErr());
            return Cli.FAILED;
        });
        // a mistake in the command line: one worded line and where to read more, not picocli's English and the usage
        // (in the --lang asked for, read from the arguments: the parse that would set it failed)
        cl.setParameterExceptionHandler((e, a) -> {
            for (int i = 0; i < a.length; i++) {
                String lang = a[i].startsWith("--lang=") ? a[i].substring(7)
                        : a[i].equals("--lang") && i + 1 < a.length ? a[i + 1] : null;
                if (lang != null && I18n.localeOf(lang) != null) {
                    I18n.setLocale(I18n.localeOf(lang));
                }
            }
            e.getCommandLine().getErr().println(I18n.get("cli.error", CliOptions.worded(e)));
            return Cli.USAGE;
        });
        return cl.execute(args);
    }
}
