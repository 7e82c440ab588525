package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.DatasetId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command line. {@link #parse} turns every mistake into one readable line. */
@Command(name = "bnlab", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        resourceBundle = "bnlab.app.i18n.cli",
        subcommands = {bnlab.app.headless.RenderCommand.class, bnlab.app.headless.Figure1Command.class})
public final class CliOptions {

    @Option(names = "--play")
    boolean play;

    @Option(names = "--dataset", paramLabel = "NAME",
            completionCandidates = DatasetNames.class)
    String dataset = "digits";

    @Option(names = "--screenshot", paramLabel = "FILE")
    Path screenshot;

    @Option(names = "--after", paramLabel = "SECONDS")
    Double after; // null: not given (8 s)

    @Option(names = "--log-frames", paramLabel = "FILE")
    Path logFrames;

    @Option(names = "--speed", paramLabel = "STEPS")
    double speed = 100;

    @Option(names = "--size", paramLabel = "WxH")
    String size;
    /** The window's size when none is asked for (where the screen has room for it). */
    static final int DEFAULT_WIDTH = 1600;
    static final int DEFAULT_HEIGHT = 1000;

    /** Tab names for --tab, in the window's order. */
    static final java.util.List<String> TABS = java.util.List.of("live", "landscape", "surface", "cnn");

    @Option(names = "--tab", paramLabel = "NAME")
    String tab; // null: not asked for, the live tab

    /** Languages for --lang. */
    static final java.util.List<String> LANGUAGES = java.util.List.of("en", "zh");

    @Option(names = "--lang", paramLabel = "LANG")
    String lang;

    @Option(names = "--theme", paramLabel = "NAME")
    String theme;

    @Option(names = "--text-scale", paramLabel = "FACTOR")
    Double textScale;

    @Option(names = "--lesson", paramLabel = "ID")
    String lesson;

    @Option(names = "--experiment", paramLabel = "FILE")
    Path experiment;
    /** The saved experiment read from --experiment (by the check), or null. */
    private bnlab.engine.api.ExperimentFile experimentFile;

    @Option(names = "--view", paramLabel = "NAME")
    String view; // null: the tabs; else one of MainWindow.PAGE_VIEWS on its own

    @Option(names = "--lesson-step", paramLabel = "N")
    Integer lessonStep; // null: not given (the lesson's first step)

    @Option(names = "--start-page")
    boolean startPage;

    @Option(names = "--record", paramLabel = "FILE")
    Path record;

    @Option(names = "--record-seconds", paramLabel = "SECONDS")
    Double recordSeconds; // null: not given (RecordingSpec.DEFAULT's)

    /** What the parse asked for: run the app, or exit now with a code (help, version, error). */
    public record Result(CliOptions options, int exitCode, String output) {
        public boolean run() {
            return options != null;
        }
    }

    /** The remembered choices with what this command line asks for instead (not remembered). */
    public bnlab.app.shell.UiPrefs overrides(bnlab.app.shell.UiPrefs p) {
        if (lang != null) {
            p = p.withLocale(I18n.localeOf(lang));
        }
        if (theme != null) {
            p = p.withTheme(bnlab.app.style.Theme.valueOf(theme.toUpperCase(java.util.Locale.ROOT)));
        }
        if (textScale != null) {
            p = p.withScale(textScale);
        }
        // what the command line asks to see (a screenshot, a lesson, training, a recording, another tab) is
        // not kept from view by the start page of a first launch
        if (screenshot != null || lesson != null || play || record != null || tab != null
                || view != null || experiment != null) {
            p = p.withStartPageSeen();
        }
        return p;
    }

    /** The language to show: the one remembered, unless this command line asks for another. */
    public java.util.Locale locale() {
        return overrides(bnlab.app.shell.UiPrefs.load()).locale();
    }

    public boolean play() {
        return play;
    }

    public DatasetId dataset() {
        return DatasetId.byName(dataset);
    }

    public Path screenshot() {
        return screenshot;
    }

    public double after() {
        return after == null ? 8 : after;
    }

    public Path logFrames() {
        return logFrames;
    }

    public double speed() {
        return speed;
    }

    /** The saved experiment to open on launch (read and checked), or null. */
    public bnlab.engine.api.ExperimentFile experiment() {
        return experimentFile;
    }

    /** The name of the saved experiment's file, or null. */
    public String experimentName() {
        return experiment == null ? null : String.valueOf(experiment.getFileName());
    }

    /** The lesson's view to show on its own ({@link MainWindow#PAGE_VIEWS}), or null. */
    public String view() {
        return view;
    }

    /** The lesson to open (its id), or null. */
    public String lesson() {
        return lesson;
    }

    /** The step of the lesson to go to, from 1. */
    public int lessonStep() {
        return stepFrom(lessonStep);
    }

    /** The lesson's step a --lesson-step asks for, from 1: the first where none was given (the window's and render's). */
    public static int stepFrom(Integer lessonStep) {
        return lessonStep == null ? 1 : lessonStep;
    }

    /** The GIF to record what is shown into, from the start, or null. */
    public Path record() {
        return record;
    }

    /** How long --record records. */
    public double recordSeconds() {
        return recordSeconds == null ? bnlab.app.export.RecordingSpec.DEFAULT.seconds() : recordSeconds;
    }

    /** Whether to show the lessons' start page whatever was chosen before. */
    public boolean startPage() {
        return startPage;
    }

    /** Index of the tab to show first. */
    public int tabIndex() {
        return tab == null ? 0 : TABS.indexOf(tab);
    }

    /** The width asked for, else the default. */
    public int width() {
        return size == null ? DEFAULT_WIDTH : Integer.parseInt(size.split("x")[0]);
    }

    /** The height asked for, else the default. */
    public int height() {
        return size == null ? DEFAULT_HEIGHT : Integer.parseInt(size.split("x")[1]);
    }

    /**
     * The window's size on a screen whose usable area is screenWidth x screenHeight: the size asked for as
     * it is; else the default, made no larger than that area (a 1366 x 768 laptop or a 1280 x 720 projector
     * shows the whole window, its bottom and right edge included).
     */
    public javafx.geometry.Dimension2D windowSize(double screenWidth, double screenHeight) {
        if (size != null) {
            return new javafx.geometry.Dimension2D(width(), height());
        }
        return new javafx.geometry.Dimension2D(Math.min(DEFAULT_WIDTH, screenWidth), Math.min(DEFAULT_HEIGHT,
                screenHeight));
    }

    /** Parse and check the arguments; never throws. */
    public static Result parse(String... args) {
        CliOptions o = new CliOptions();
        CommandLine cl = commandLine(o);
        try {
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return inLanguage(windowLanguage(args), () -> error(worded(e)));
        }
        if (cl.isUsageHelpRequested()) {
            cl.setResourceBundle(helpBundle(windowLanguage(args)));
            StringWriter w = new StringWriter();
            cl.usage(new PrintWriter(w));
            return new Result(null, 0, w.toString());
        }
        if (cl.isVersionHelpRequested()) {
            StringWriter w = new StringWriter();
            cl.printVersionHelp(new PrintWriter(w));
            return new Result(null, 0, w.toString());
        }
        // a mistake in the other options is told in the window's language (the window sets it for itself)
        return inLanguage(windowLanguage(args), () -> {
            String problem = o.check();
            return problem == null ? new Result(o, 0, "") : error(problem);
        });
    }

    private static Result inLanguage(java.util.Locale l, java.util.function.Supplier<Result> words) {
        java.util.Locale before = I18n.locale();
        I18n.setLocale(l);
        try {
            return words.get();
        } finally {
            I18n.setLocale(before);
        }
    }

    /**
     * The language the window's command line speaks (its help, its mistakes): the --lang asked for, else the
     * window's (the one chosen last, else the system's).
     */
    public static java.util.Locale windowLanguage(String... args) {
        java.util.Locale asked = langIn(args);
        return asked != null ? asked : bnlab.app.shell.UiPrefs.load().locale();
    }

    /**
     * The language of {@code bnlab render} and {@code bnlab figure1} (their help, mistakes, messages and figures):
     * the --lang asked for, else the system's (English unless the system's is Chinese).
     */
    public static java.util.Locale commandLanguage(String... args) {
        java.util.Locale asked = langIn(args);
        return asked != null ? asked : bnlab.app.shell.UiPrefs.defaultLocale();
    }

    /** A command's --lang value as a language: the system's where none was given, null where it is not one we have. */
    public static java.util.Locale commandLanguageOf(String lang) {
        return lang == null ? bnlab.app.shell.UiPrefs.defaultLocale() : I18n.localeOf(lang);
    }

    /**
     * The parser: an option's value may be a command's name ({@code --lesson figure1} opens the lesson
     * figure1; without this picocli took "figure1" for the command and refused the option).
     */
    public static CommandLine commandLine(CliOptions o) {
        return new CommandLine(o).setAllowSubcommandsAsOptionParameters(true);
    }

    /** The command line's help texts (options, commands) in this language. */
    public static java.util.ResourceBundle helpBundle(java.util.Locale locale) {
        return java.util.ResourceBundle.getBundle("bnlab.app.i18n.cli", locale);
    }

    /** The language a command line asks for with --lang (either spelling), or null: none, or not one we have. */
    public static java.util.Locale langIn(String... args) {
        java.util.Locale asked = null;
        for (int i = 0; i < args.length; i++) {
            String lang = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (I18n.localeOf(lang) != null) {
                asked = I18n.localeOf(lang);
            }
        }
        return asked;
    }

    /**
     * A command line picocli refused, in words: a value that is not a number for a number's option (picocli said
     * "'abc' is not an int" in English whatever --lang asked); other mistakes (an unknown option) as picocli words
     * them, which names the option.
     */
    public static String worded(CommandLine.ParameterException e) {
        if (e.getArgSpec() instanceof CommandLine.Model.OptionSpec o && e.getValue() != null) {
            Class<?> t = o.type();
            boolean whole = t == int.class || t == Integer.class || t == long.class || t == Long.class;
            boolean number = whole || t == double.class || t == Double.class || t == float.class || t == Float.class;
            if (number) {
                return I18n.get(whole ? "cli.notWhole" : "cli.notNumber", o.longestName(), e.getValue());
            }
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().get(0);
            return I18n.get(first.startsWith("-") ? "cli.unknownOption" : "cli.unexpected", first);
        }
        if (e instanceof CommandLine.OverwrittenOptionException w && w.getOverwritten() instanceof
                CommandLine.Model.OptionSpec o) {
            return I18n.get("cli.twice", o.longestName());
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
            // given without its value ("--steps" last), or a required option not given at all
            boolean given = e.getCommandLine().getParseResult() != null
                    && e.getCommandLine().getParseResult().originalArgs().stream().anyMatch(a ->
                    java.util.Arrays.stream(o.names()).anyMatch(n -> a.equals(n) || a.startsWith(n + "=")));
            return given ? I18n.get("cli.missingValue", o.longestName(), o.paramLabel())
                    : I18n.get("cli.missingOption", o.longestName(), o.paramLabel());
        }
        return e.getMessage();
    }

    private static Result error(String message) {
        return new Result(null, 2, I18n.get("cli.error", message) + "\n");
    }

    /**
     * Why a command line's --experiment cannot be used, worded, or null: it comes with --lesson, or names no file
     * (the window's and {@code bnlab render}'s rule).
     */
    public static String experimentRefusal(Path experiment, String lesson) {
        if (lesson != null) {
            return I18n.get("render.lessonOrExperiment");
        }
        if (!Files.isRegularFile(experiment)) {
            return I18n.get("render.noFile", String.valueOf(experiment));
        }
        return null;
    }

    /** Names a --dataset value may take: digits, wine, ..., badly-scaled-moons. */
    static String datasetNames() {
        StringBuilder sb = new StringBuilder();
        for (DatasetId d : DatasetId.values()) {
            if (!d.needsPath()) {
                sb.append(sb.length() == 0 ? "" : ", ").append(d.cliName());
            }
        }
        return sb.toString();
    }

    private String check() {
        if (dataset() == null) {
            return I18n.get("cli.unknownDataset", dataset, datasetNames());
        }
        if (after != null) {
            if (!(after > 0 && after <= 3600)) {
                return I18n.get("cli.after", after);
            }
            String alone = needs(after, "--after", screenshot, "--screenshot");
            if (alone != null) {
                return alone;
            }
        }
        if (screenshot != null) {
            if (!screenshot.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                return I18n.get("cli.screenshotPng", String.valueOf(screenshot));
            }
            Path dir = screenshot.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                return I18n.get("cli.noFolder", "--screenshot", String.valueOf(dir));
            }
        }
        if (logFrames != null) {
            Path dir = logFrames.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                return I18n.get("cli.noFolder", "--log-frames", String.valueOf(dir));
            }
        }
        if (record != null) {
            if (!record.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gif")) {
                return I18n.get("cli.recordGif", String.valueOf(record));
            }
            Path dir = record.toAbsolutePath().getParent();
            if (dir != null && !Files.isDirectory(dir)) {
                return I18n.get("cli.noFolder", "--record", String.valueOf(dir));
            }
        }
        if (recordSeconds != null) {
            if (!(recordSeconds >= bnlab.app.export.RecordingSpec.MIN_SECONDS
                    && recordSeconds <= bnlab.app.export.RecordingSpec.MAX_SECONDS)) {
                return I18n.get("cli.recordSeconds", recordSeconds, bnlab.app.export.RecordingSpec.MIN_SECONDS,
                        bnlab.app.export.RecordingSpec.MAX_SECONDS);
            }
            String alone = needs(recordSeconds, "--record-seconds", record, "--record");
            if (alone != null) {
                return alone;
            }
        }
        if (!bnlab.engine.api.Setting.SPEED.accepts(speed)) {
            return I18n.problem(bnlab.engine.api.Setting.SPEED.check(speed));
        }
        if (tab != null && !TABS.contains(tab)) {
            return I18n.get("cli.unknownTab", tab, String.join(", ", TABS));
        }
        if (experiment != null) {
            String refused = experimentRefusal(experiment, lesson);
            if (refused != null) {
                return refused;
            }
            // a malformed or forged file is refused here, in one line, as File > Open would refuse it
            try {
                experimentFile = bnlab.engine.Engine.readExperiment(experiment);
            } catch (bnlab.engine.api.ProblemException e) {
                return I18n.problem(e);
            }
        }
        if (view != null && !MainWindow.PAGE_VIEWS.contains(view)) {
            return I18n.get("cli.unknownView", view, String.join(", ", MainWindow.PAGE_VIEWS));
        }
        if (lang != null && !LANGUAGES.contains(lang)) {
            return I18n.get("cli.unknownLanguage", lang, String.join(", ", LANGUAGES));
        }
        if (theme != null && !theme.equalsIgnoreCase("light") && !theme.equalsIgnoreCase("dark")) {
            return I18n.get("cli.unknownTheme", theme);
        }
        if (textScale != null && !(textScale >= bnlab.app.style.Look.MIN_SCALE && textScale <= bnlab.app.style.Look.MAX_SCALE)) {
            return I18n.get("cli.textScale", textScale, bnlab.app.style.Look.MIN_SCALE, bnlab.app.style.Look.MAX_SCALE);
        }
        String alone = needs(lessonStep, "--lesson-step", lesson, "--lesson");
        if (alone != null) {
            return alone;
        }
        if (lesson != null) {
            String why = bnlab.app.lessons.LessonLibrary.load().whyNotOpen(lesson, lessonStep());
            if (why != null) {
                return why;
            }
        }
        return size == null ? null : sizeProblem(size);
    }

    /**
     * Why an option given without the one it works with cannot be used, or null (given alone, --lesson-step,
     * --record-seconds and --after were silently ignored: no lesson opened, nothing recorded, the window stayed open).
     * The window's options and render's say it alike.
     */
    public static String needs(Object given, String option, Object other, String otherOption) {
        return given != null && other == null ? I18n.get("cli.needs", option, otherOption) : null;
    }

    /**
     * Why a --size (of the window, or of render's window) cannot be used, or null: the form WxH, then each side from
     * 100 to 99999 px, said apart (100000x100000 was told to "look like 1600x1000", which it does).
     */
    public static String sizeProblem(String size) {
        if (!size.matches("\\d{1,9}x\\d{1,9}")) {
            return I18n.get("cli.size", size);
        }
        for (String side : size.split("x")) {
            int n = Integer.parseInt(side);
            if (n < 100 || n > 99_999) {
                return I18n.get("cli.sizeRange", size, 100, 99_999);
            }
        }
        return null;
    }

    /** Data set names for the help text. */
    static final class DatasetNames extends java.util.ArrayList<String> {
        DatasetNames() {
            super(java.util.List.of(datasetNames().split(", ")));
        }
    }
}
