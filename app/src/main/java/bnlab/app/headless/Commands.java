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
        return cl.execute(args);
    }
}
