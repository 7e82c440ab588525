package bnlab.app.headless;

import bnlab.app.export.ExportFormat;
import bnlab.app.i18n.I18n;
import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.RunPlan;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.Series;
import bnlab.engine.api.TrainSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Ioffe and Szegedy (2015), Figure 1, on an MNIST folder: 784-100-100-100-10 sigmoid twins, batch 60,
 * 50,000 steps; the test accuracy on the whole test set and the 15th, 50th and 85th percentiles of a
 * last-hidden-layer sigmoid's input along the way, trained by the engine's headless run ({@link Engine#run}:
 * no session, no snapshots). Writes the panels (a), (b), (c) side by side and each alone, and their
 * numbers as CSV. No display needed.
 */
@Command(name = "figure1", mixinStandardHelpOptions = true, versionProvider = bnlab.app.AppVersion.class, resourceBundle = "bnlab.app.i18n.cli", sortOptions = false)
public final class Figure1Command implements Callable<Integer> {
    @Option(names = "--mnist", paramLabel = "DIR", required = true, descriptionKey = "figure1.mnist")
    Path mnist;

    @Option(names = "--steps", paramLabel = "N", descriptionKey = "figure1.steps")
    int steps = 50_000;

    @Option(names = "--out", paramLabel = "DIR", descriptionKey = "figure1.out")
    Path out = Path.of("figure1");

    @Option(names = "--formats", paramLabel = "LIST", split = ",", descriptionKey = "figure1.formats")
    List<String> formats = List.of("png", "svg", "pdf", "csv");

    @Option(names = "--eval-every", paramLabel = "N", descriptionKey = "figure1.evalEvery")
    int evalEvery = 500;

    @Option(names = "--probe-every", paramLabel = "N", descriptionKey = "figure1.probeEvery")
    int probeEvery = 50;

    @Option(names = "--learning-rate", paramLabel = "LR", descriptionKey = "figure1.learningRate")
    double learningRate = ExperimentSpec.FIGURE1_LEARNING_RATE;

    @Option(names = "--seed", paramLabel = "N", descriptionKey = "figure1.seed")
    long seed = 1;

    @Option(names = "--lang", paramLabel = "LANG", descriptionKey = "figure1.lang")
    String lang; // null: the system's language (CliOptions.commandLanguage)

    private final PrintStream stdout;
    private final PrintStream stderr;

    public Figure1Command() {
        this(System.out, System.err);
    }

    Figure1Command(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws Exception {
        Locale locale = bnlab.app.CliOptions.commandLanguageOf(lang);
        if (locale == null) {
            return Cli.usage(stderr, I18n.get("cli.unknownLanguage", lang, "en, zh"));
        }
        I18n.setLocale(locale);
        String problem = check();
        if (problem != null) {
            return Cli.usage(stderr, problem);
        }
        List<ExportFormat> fs = Cli.formats(formats, false);
        if (fs == null) {
            return Cli.usage(stderr, I18n.get("headless.unknownFormat", String.join(",", formats), "png, svg, pdf, csv"));
        }
        // the network's own numbers (the seed) before the data: a seed of -5 was said as "the data cannot be read"
        Problem network = ExperimentSpec.figure1(seed).problem();
        if (network != null) {
            return Cli.usage(stderr, I18n.problem(network));
        }
        long t0 = System.nanoTime();
        Dataset data;
        try {
            data = Engine.loadMnist(mnist, Engine.MNIST_ALL, Engine.MNIST_ALL);
        } catch (ProblemException e) {
            return Cli.failed(stderr, I18n.get("headless.dataFailed", String.valueOf(mnist), I18n.problem(e)));
        }
        if (data.dim() != 784) {
            return Cli.failed(stderr, I18n.get("figure1.notMnist", String.valueOf(mnist), data.dim()));
        }
        stdout.println(I18n.get("figure1.data", data.size(), data.testSet() == null ? 0 : data.testSet().size()));
        ExperimentSpec spec = ExperimentSpec.figure1(seed);
        TrainSettings settings = TrainSettings.defaults().withLearningRate(learningRate).withBatchSize(60);
        RunPlan f1 = RunPlan.figure1(spec);
        RunPlan plan = new RunPlan(steps, evalEvery, probeEvery, f1.percentileRows(), f1.layer(), f1.unit());
        if (spec.problemWith(data) != null) {
            return Cli.failed(stderr, I18n.get("headless.dataFailed", String.valueOf(mnist),
                    I18n.problem(spec.problemWith(data))));
        }
        Problem refused = settings.problemWith(spec) != null ? settings.problemWith(spec) : plan.problemWith(spec);
        if (refused != null) {
            return Cli.usage(stderr, I18n.problem(refused));
        }
        RunResult result;
        try (Progress bar = new Progress(I18n.get("figure1.task"), steps, stderr)) {
            result = Engine.run(spec, settings, data, plan, bar::stepTo);
        }
        String norm = I18n.label(spec.norm());
        List<Path> written = new ArrayList<>();
        try {
            List<ExportFormat> images = fs.stream().filter(f -> f != ExportFormat.CSV).toList();
            if (!images.isEmpty()) {
                HeadlessFx.start();
                written.addAll(HeadlessFx.call(() -> Figure1Panels.write(result, norm, out, images)));
            }
            if (fs.contains(ExportFormat.CSV)) {
                written.addAll(Figure1Csv.write(result, out));
            }
        } catch (ProblemException e) {
            return Cli.failed(stderr, I18n.problem(e));
        }
        report(result, norm, (System.nanoTime() - t0) / 1e9);
        for (Path p : written) {
            stdout.println(I18n.get("headless.wrote", p.toString()));
        }
        return written.isEmpty() ? Cli.FAILED : 0;
    }

    private String check() {
        if (steps < 1 || steps > 10_000_000) {
            return I18n.get("headless.steps", steps);
        }
        if (!Files.isDirectory(mnist)) {
            return I18n.get(Files.exists(mnist) ? "cli.notFolder" : "cli.noFolder", "--mnist", String.valueOf(mnist));
        }
        if (evalEvery < 1 || probeEvery < 1) {
            return I18n.get("figure1.every", evalEvery, probeEvery);
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            return I18n.get("figure1.learningRateRange", learningRate);
        }
        return Cli.folder(out);
    }

    /** The accuracies along the way (about ten lines) and at the end, a twin that diverged, the times taken. */
    void report(RunResult r, String norm, double seconds) {
        Series acc = r.accuracy();
        int last = acc.size() - 1;
        long every = Math.max(evalEvery, steps / 10 / evalEvery * evalEvery);
        for (int i = 1; i <= last; i++) {
            long step = (long) acc.x(i);
            if (step % every == 0 || i == last) {
                stdout.println(I18n.get("figure1.accuracyAt", step, accuracy(acc.y(RunResult.NORMALIZED, i)),
                        accuracy(acc.y(RunResult.PLAIN_ACCURACY, i))));
            }
        }
        stopped(I18n.get("twin.normalized.named", norm), r.normalizedStopped());
        stopped(I18n.get("twin.plain.named"), r.plainStopped());
        long done = (long) acc.lastX();
        stdout.println(I18n.get("figure1.done", done, accuracy(acc.last(RunResult.NORMALIZED)),
                accuracy(acc.last(RunResult.PLAIN_ACCURACY)), r.testRows(), fixed(r.trainSeconds(), 1),
                fixed(seconds, 1), fixed(done / Math.max(1e-9, r.trainSeconds()), 0), fixed(r.measureSeconds(), 1)));
    }

    private void stopped(String twin, Problem why) {
        if (why != null) {
            stdout.println(I18n.get("figure1.diverged", twin, I18n.problem(why)));
        }
    }

    // to 4 places; a twin that diverged has none
    private static String accuracy(double a) {
        return Double.isFinite(a) ? fixed(a, 4) : I18n.get("figure1.noAccuracy");
    }

    /** A number with the given decimals, for a report that lines up (accuracies to 4 places). */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
