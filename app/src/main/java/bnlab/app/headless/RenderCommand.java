package bnlab.app.headless;

import bnlab.app.export.ExportFormat;
import bnlab.app.export.ExportLook;
import bnlab.app.export.ExportSize;
import bnlab.app.i18n.I18n;
import bnlab.app.lessons.Lesson;
import bnlab.app.lessons.LessonLibrary;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import bnlab.engine.Engine;
import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.ProblemException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Runs a lesson (or a saved experiment, or the default one) for some steps without a window and writes
 * the chosen views as PNG, SVG, PDF, a GIF of the run, and CSV, into a folder: the window's own views,
 * rendered the way the window's Export does.
 */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = bnlab.app.AppVersion.class, resourceBundle = "bnlab.app.i18n.cli", sortOptions = false)
public final class RenderCommand implements Callable<Integer> {
    /** The views a run without a lesson shows: the Live tab's. */
    static final List<String> LIVE = List.of("histograms", "saturation", "runningStats", "curves");

    @Option(names = "--lesson", paramLabel = "ID", descriptionKey = "render.lesson")
    String lesson;

    @Option(names = "--lesson-step", paramLabel = "N", descriptionKey = "render.lessonStep")
    Integer lessonStep; // null: not given (the lesson's first step)

    @Option(names = "--experiment", paramLabel = "FILE", descriptionKey = "render.experiment")
    Path experiment;

    @Option(names = "--dataset", paramLabel = "NAME", descriptionKey = "render.dataset")
    String dataset = "digits";

    @Option(names = "--steps", paramLabel = "N", descriptionKey = "render.steps")
    int steps = 300;

    @Option(names = "--views", paramLabel = "LIST", split = ",", descriptionKey = "render.views")
    List<String> views;

    @Option(names = "--formats", paramLabel = "LIST", split = ",", descriptionKey = "render.formats")
    List<String> formats = List.of("png");

    @Option(names = "--size", paramLabel = "WxH", descriptionKey = "render.size")
    String size = "1280x800";

    @Option(names = "--scale", paramLabel = "K", descriptionKey = "render.scale")
    double scale = 2;

    @Option(names = "--width", paramLabel = "PX", descriptionKey = "render.width")
    int width;

    @Option(names = "--theme", paramLabel = "NAME", descriptionKey = "render.theme")
    String theme = "light";

    @Option(names = "--transparent", descriptionKey = "render.transparent")
    boolean transparent;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "render.lang")
    String lang; // null: the system's language (CliOptions.commandLanguage)

    @Option(names = "--text-scale", paramLabel = "FACTOR", descriptionKey = "render.textScale")
    double textScale = 1;

    @Option(names = "--frames", paramLabel = "N", descriptionKey = "render.frames")
    int frames = 40;

    @Option(names = "--fps", paramLabel = "F", descriptionKey = "render.fps")
    double fps = 10;

    @Option(names = "--gif-width", paramLabel = "PX", descriptionKey = "render.gifWidth")
    int gifWidth = 960;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "render.out")
    Path out = Path.of("render");

    private final PrintStream stdout;
    private final PrintStream stderr;

    public RenderCommand() {
        this(System.out, System.err);
    }

    RenderCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** What the checked options ask for. */
    record Job(Lesson lesson, int lessonStep, ExperimentFile experiment, String experimentName,
               bnlab.engine.api.DatasetId dataset, int steps, List<String> views, List<ExportFormat> formats,
               int width, int height, ExportSize size, ExportLook look, Look uiLook, Locale locale, int frames,
               double fps, int gifWidth, Path out) {
    }

    @Override
    public Integer call() throws Exception {
        Locale locale = bnlab.app.CliOptions.commandLanguageOf(lang);
        if (locale == null) {
            return Cli.usage(stderr, I18n.get("cli.unknownLanguage", lang, "en, zh"));
        }
        I18n.setLocale(locale);
        Job job;
        try {
            job = job(locale);
        } catch (Refused r) {
            return Cli.usage(stderr, r.getMessage());
        } catch (ProblemException e) {
            return Cli.failed(stderr, I18n.problem(e));
        }
        return new Render(job, stdout, stderr).run();
    }

    /** A refused option, worded. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private Job job(Locale locale) throws Refused, ProblemException {
        if (experiment != null) {
            String refused = bnlab.app.CliOptions.experimentRefusal(experiment, lesson);
            if (refused != null) {
                throw new Refused(refused);
            }
        }
        String alone = bnlab.app.CliOptions.needs(lessonStep, "--lesson-step", lesson, "--lesson");
        if (alone != null) {
            throw new Refused(alone);
        }
        int step = bnlab.app.CliOptions.stepFrom(lessonStep);
        Lesson l = null;
        if (lesson != null) {
            LessonLibrary.Loaded lib = LessonLibrary.load();
            String why = lib.whyNotOpen(lesson, step);
            if (why != null) {
                throw new Refused(why);
            }
            l = lib.byId(lesson);
        }
        ExperimentFile file = null;
        if (experiment != null) {
            file = Engine.readExperiment(experiment);
        }
        bnlab.engine.api.DatasetId data = bnlab.engine.api.DatasetId.byName(dataset);
        if (data == null || data.needsPath()) {
            throw new Refused(I18n.get("render.unknownDataset", dataset));
        }
        if (steps < 0 || steps > 10_000_000) {
            throw new Refused(I18n.get("headless.steps", steps));
        }
        List<String> names = views != null ? views : l != null ? l.views() : LIVE;
        if (names.isEmpty()) { // "--views ," trained, rendered nothing and exited 0
            throw new Refused(I18n.get("render.noViews", String.join(", ", bnlab.app.MainWindow.viewNames())));
        }
        for (String v : names) {
            if (!bnlab.app.MainWindow.viewNames().contains(v)) {
                throw new Refused(I18n.get("render.unknownView", v, String.join(", ", bnlab.app.MainWindow.viewNames())));
            }
        }
        List<ExportFormat> fs = Cli.formats(formats, true);
        if (fs == null) {
            throw new Refused(I18n.get("headless.unknownFormat", String.join(",", formats), "png, svg, pdf, gif, csv"));
        }
        if (bnlab.app.CliOptions.sizeProblem(size) != null) {
            throw new Refused(bnlab.app.CliOptions.sizeProblem(size));
        }
        int w = Integer.parseInt(size.split("x")[0]);
        int h = Integer.parseInt(size.split("x")[1]);
        if (!(scale >= 0.25 && scale <= 8) || width < 0 || width > ExportSize.MAX_SIDE) {
            throw new Refused(I18n.get("render.scaleRange", scale, width, ExportSize.MAX_SIDE));
        }
        Theme t = theme.equalsIgnoreCase("light") ? Theme.LIGHT : theme.equalsIgnoreCase("dark") ? Theme.DARK : null;
        if (t == null) {
            throw new Refused(I18n.get("cli.unknownTheme", theme));
        }
        if (!(textScale >= Look.MIN_SCALE && textScale <= Look.MAX_SCALE)) {
            throw new Refused(I18n.get("cli.textScale", textScale, Look.MIN_SCALE, Look.MAX_SCALE));
        }
        if (frames < 2 || frames > 2000 || !(fps >= 1 && fps <= 60) || gifWidth < 64 || gifWidth > 3840) {
            throw new Refused(I18n.get("render.gifRange", frames, fps, gifWidth));
        }
        String folder = Cli.folder(out);
        if (folder != null) {
            throw new Refused(folder);
        }
        ExportSize exportSize = width > 0 ? ExportSize.wide(width) : ExportSize.times(scale);
        return new Job(l, step, file, experiment == null ? null : String.valueOf(experiment.getFileName()), data,
                steps, List.copyOf(names), fs, w, h, exportSize, new ExportLook(t, transparent), new Look(t, textScale),
                locale, frames, fps, gifWidth, out);
    }
}
