package bnlab.app.headless;

import bnlab.app.i18n.I18n;
import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.EvalRows;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinHistory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Ioffe and Szegedy (2015), Figure 1, on an MNIST folder: 784-100-100-100-10 sigmoid twins, batch 60,
 * 50,000 steps; the test accuracy on the whole test set and the 15th, 50th and 85th percentiles of a
 * last-hidden-layer sigmoid's input along the way. Writes the panels (a), (b), (c) side by side and
 * each alone, and their numbers as CSV. No display needed.
 */
@Command(name = "figure1", mixinStandardHelpOptions = true, resourceBundle = "bnlab.app.i18n.cli", sortOptions = false)
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
    String lang = "en";

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
        Locale locale = Cli.locale(lang);
        if (locale == null) {
            return Cli.usage(stderr, I18n.get("cli.unknownLanguage", lang, "en, zh"));
        }
        I18n.setLocale(locale);
        String problem = check();
        if (problem != null) {
            return Cli.usage(stderr, problem);
        }
        List<bnlab.app.export.ExportFormat> fs = Cli.formats(formats, false);
        if (fs == null) {
            return Cli.usage(stderr, I18n.get("headless.unknownFormat", String.join(",", formats), "png, svg, pdf, csv"));
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
        TrainSettings settings = TrainSettings.defaults().withLearningRate(learningRate).withBatchSize(60)
                .withEvalEvery(evalEvery).withProbeEvery(probeEvery).withSpeed(0);
        Snapshot last;
        long t1;
        try (SessionHandle session = Engine.start(spec, settings, data, EvalRows.FULL_TEST);
             Progress bar = new Progress(I18n.get("figure1.task"), steps, stderr)) {
            t1 = System.nanoTime();
            Training training = new Training(session, bar::stepTo);
            // evaluated every evalEvery steps, and at the last step whatever it is (a step count that is
            // not a multiple: evaluations every `steps` steps for the last stretch, which only the last is)
            if (steps % evalEvery != 0 && steps <= bnlab.engine.api.Setting.EVAL_EVERY.max()) {
                training.runTo(steps - steps % evalEvery);
                session.send(new bnlab.engine.api.Command.SetEvalEvery(steps));
            }
            last = training.runTo(steps);
        }
        double trainSeconds = (System.nanoTime() - t1) / 1e9;
        HeadlessFx.start();
        Snapshot finalSnapshot = last;
        List<Path> written = HeadlessFx.call(() -> Figure1Panels.write(finalSnapshot, out, fs));
        double seconds = (System.nanoTime() - t0) / 1e9;
        report(last, trainSeconds, seconds);
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
            return I18n.get("cli.noFolder", "--mnist", String.valueOf(mnist));
        }
        if (evalEvery < 1 || probeEvery < 1) {
            return I18n.get("figure1.every", evalEvery, probeEvery);
        }
        if (!(learningRate > 0 && learningRate <= 10)) {
            return I18n.get("figure1.learningRateRange", learningRate);
        }
        return Cli.folder(out);
    }

    // the accuracies along the way and at the end, and the time taken
    private void report(Snapshot s, double trainSeconds, double seconds) {
        var bn = s.normalized().history().accuracy();
        var plain = s.plain().history().accuracy();
        for (int i = 0; i < bn.size(); i++) {
            long step = (long) bn.x(i);
            if (step > 0 && (step % Math.max(evalEvery, steps / 10 / evalEvery * evalEvery) == 0 || i == bn.size() - 1)) {
                stdout.println(I18n.get("figure1.accuracyAt", step, fixed(bn.y(TwinHistory.TEST, i), 4),
                        fixed(i < plain.size() ? plain.y(TwinHistory.TEST, i) : Double.NaN, 4)));
            }
        }
        stdout.println(I18n.get("figure1.done", s.step(), fixed(s.normalized().testAcc(), 4),
                fixed(s.plain().testAcc(), 4), s.testSize(), fixed(trainSeconds, 1), fixed(seconds, 1),
                fixed(s.step() / Math.max(1e-9, trainSeconds), 0)));
    }

    /** A number with the given decimals, for a report that lines up (accuracies to 4 places). */
    static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
