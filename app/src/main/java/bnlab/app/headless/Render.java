package bnlab.app.headless;

import bnlab.app.Configurable;
import bnlab.app.MainWindow;
import bnlab.app.controls.LoadedData;
import bnlab.app.export.Capture;
import bnlab.app.export.ExportFormat;
import bnlab.app.export.ExportSize;
import bnlab.app.export.Exporter;
import bnlab.app.export.GifWriter;
import bnlab.app.export.SeriesCsv;
import bnlab.app.export.ThemeSwitch;
import bnlab.app.i18n.Fonts;
import bnlab.app.i18n.I18n;
import bnlab.app.landscape.NetworkLandscapeView;
import bnlab.app.lessons.Lesson;
import bnlab.app.lessons.StageViews;
import bnlab.app.shell.Shell;
import bnlab.app.style.Look;
import bnlab.engine.Engine;
import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * One run of the render command: the window's views built headless in the asked look, the lesson or
 * experiment set up as the window would, the steps trained (GIF frames taken along the way), then every
 * view written in every format.
 */
final class Render {
    /** How long a lesson's or experiment's set-up may take (loading a data set), in seconds. */
    static final double SET_UP_SECONDS = 120;

    private final RenderCommand.Job job;
    private final PrintStream stdout;
    private final PrintStream stderr;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bnlab-render-loader");
        t.setDaemon(true);
        return t;
    });
    private MainWindow window;
    private StageViews.Built extra;
    private final Map<String, Node> views = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();
    private final Map<String, GifWriter> gifs = new LinkedHashMap<>();

    Render(RenderCommand.Job job, PrintStream stdout, PrintStream stderr) {
        this.job = job;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    int run() throws Exception {
        Dataset data;
        try {
            data = Engine.load(job.dataset(), null);
        } catch (ProblemException e) {
            return Cli.failed(stderr, I18n.problem(e));
        }
        HeadlessFx.start();
        try (SessionHandle session = Engine.start(bnlab.app.controls.ExperimentCommands.firstExperiment(), TrainSettings.defaults(),
                data)) {
            HeadlessFx.run(() -> build(session, data));
            String problem = setUp(session);
            if (problem != null) {
                return Cli.failed(stderr, problem);
            }
            train(session);
            problem = surface(session);
            if (problem == null) {
                problem = seeds();
            }
            if (problem != null) {
                return Cli.failed(stderr, problem);
            }
            return write();
        } finally {
            HeadlessFx.run(this::close);
            loader.shutdownNow();
        }
    }

    // the window's views, in the job's language and look, each in a scene of the asked size
    private void build(SessionHandle session, Dataset data) {
        I18n.setLocale(job.locale());
        Look.use(job.uiLook());
        Fonts.registerFx();
        Fonts.registerAwt();
        window = new MainWindow(session, Engine::load, loader, LoadedData.of(data), null);
        Map<String, Node> found = new LinkedHashMap<>();
        if (job.lesson() != null) {
            window.openLesson(job.lesson(), job.lessonStep() - 1);
            // a picture for a talk shows the views as the class sees them once it has chosen: nothing held back
            window.lessonStage().model().uncover(Lesson.Hidden.values());
            found.putAll(Exporter.namedViews(window.lessonStage().node()));
        }
        List<String> missing = job.views().stream().filter(v -> !found.containsKey(v)).toList();
        if (!missing.isEmpty()) {
            extra = window.buildViews(missing);
            found.putAll(Exporter.namedViews(extra.node()));
        }
        for (String name : job.views()) {
            Node v = found.get(name);
            stages.add(alone(v, job.uiLook(), job.width(), job.height()));
            views.put(name, v);
        }
        window.pump().start();
    }

    /**
     * A view shown alone in a window of its own, in the look, to be written as stills. The view's root takes
     * the focus: a scene gives it to its first field, whose text caret was drawn into every still.
     */
    static Stage alone(Node view, Look look, int width, int height) {
        StackPane root = new StackPane(view);
        root.getStyleClass().addAll("bnlab-shell", look.dark() ? "dark" : "light", "view-pane");
        root.setStyle(look.rootStyle());
        Scene scene = new Scene(root, width, height);
        Shell.style(scene, look.theme());
        Stage stage = new Stage();
        stage.setScene(scene);
        stage.show();
        root.requestFocus();
        return stage;
    }

    /** The set-up is done when no snapshot has come for this long (steps and settings each publish one). */
    static final long QUIET_NANOS = 400_000_000L;

    // a saved experiment is opened as the window's File > Open does; wait until the engine has it
    private String setUp(SessionHandle session) throws Exception {
        if (job.experiment() != null) {
            HeadlessFx.run(() -> window.controls().model().experiment().openExperiment(job.experiment(),
                    job.experimentName()));
        }
        long end = System.nanoTime() + (long) (SET_UP_SECONDS * 1e9);
        while (System.nanoTime() < end) {
            boolean loading = HeadlessFx.call(() -> window.controls().model().experiment().loadingProperty().get());
            ProblemException p = HeadlessFx.call(() -> window.controls().model().experiment().problemProperty().get());
            if (p != null) {
                return I18n.problem(p);
            }
            if (!loading) {
                // what the set-up sent is applied between two steps and shows in a later snapshot; the steps it
                // asked for (a lesson step's "train 60 steps" on entering) run to their end: a Pause here cut
                // them short, and lesson 7's fourth step rendered its twins untrained. Only a set-up that plays
                // is paused (also one whose Play comes later); then the snapshots are awaited until none has come
                // for a while and the session has nothing left to run (a quiet spell alone ended the wait early when
                // the machine was busy: training runs at the lowest priority).
                long v = Long.MIN_VALUE;
                long quietSince = System.nanoTime();
                while (System.nanoTime() < end) {
                    Snapshot now = session.latest();
                    if (now.version() != v) {
                        v = now.version();
                        quietSince = System.nanoTime();
                        if (now.playing()) {
                            session.send(new Command.Pause());
                        }
                    } else if (!now.playing() && session.idle() && System.nanoTime() - quietSince > QUIET_NANOS) {
                        break;
                    }
                    Thread.sleep(10);
                }
                return refused(session);
            }
            Thread.sleep(50);
        }
        return I18n.get("render.setUpTimeout", SET_UP_SECONDS);
    }

    /**
     * What the engine refused of the set-up (the experiment file, the lesson's settings) or could not hold in memory,
     * or the lesson's own refusal, worded; null when all was taken. The pictures would be of another experiment (the
     * default digits one) and said nothing of it (a robustness review: a CNN on moons rendered as digits, exit 0).
     */
    private String refused(SessionHandle session) throws Exception {
        bnlab.engine.api.Problem lesson = window.lessonStage() == null ? null
                : HeadlessFx.call(() -> window.lessonStage().model().problemProperty().get());
        if (lesson != null) {
            return I18n.problem(lesson);
        }
        bnlab.engine.api.Problem p = session.latest().problem();
        boolean setUp = p != null && (!(p.code() instanceof bnlab.engine.api.RunProblem r)
                || r == bnlab.engine.api.RunProblem.OUT_OF_MEMORY || r == bnlab.engine.api.RunProblem.TRAINING_FAILED);
        return setUp ? I18n.problem(p) : null;
    }

    private void train(SessionHandle session) throws Exception {
        boolean gif = job.formats().contains(ExportFormat.GIF);
        long start = session.latest().step();
        try (Progress bar = new Progress(I18n.get("render.task"), job.steps(), stderr)) {
            Training training = new Training(session, s -> bar.stepTo(s - start));
            if (gif) {
                for (String name : views.keySet()) {
                    gifs.put(name, new GifWriter(job.fps()));
                }
                frame(session.latest());
            }
            int marks = gif ? job.frames() - 1 : 1;
            for (int i = 1; i <= marks; i++) {
                Snapshot s = training.runTo(start + Math.round(job.steps() * (double) i / marks));
                if (gif) {
                    frame(s);
                }
            }
        }
    }

    /**
     * How long a view's own computation may take, in seconds: the twins' loss surface (a 51 x 51 grid on 10,000
     * MNIST rows takes minutes), the repeat over seeds.
     */
    static final double COMPUTE_SECONDS = 600;

    /** The view of this name with the options it was given: the extra views', else the lesson stage's. FX thread. */
    private Configurable configurable(String name) {
        return extra != null && extra.options().containsKey(name) ? extra.options().get(name)
                : window.lessonStage().configurable(name);
    }

    /**
     * The twins' loss surface computed around the weights reached, as its Compute button would with the
     * view's settings (the lesson's, else the defaults): a picture of the empty maps would say nothing.
     * Null when done or not asked for; otherwise the problem in words.
     */
    private String surface(SessionHandle session) throws Exception {
        if (!views.containsKey("surface")) {
            return null;
        }
        Configurable c = HeadlessFx.call(() -> configurable("surface"));
        if (!(c instanceof NetworkLandscapeView view)) {
            return null;
        }
        LandscapeState before = session.latestLandscape();
        long last = before == null ? Long.MIN_VALUE : before.requestId();
        HeadlessFx.run(() -> view.configure(Map.of("compute", true)));
        long end = System.nanoTime() + (long) (COMPUTE_SECONDS * 1e9);
        while (System.nanoTime() < end) {
            LandscapeState s = session.latestLandscape();
            if (s != null && s.requestId() != last && !s.running()) {
                if (s.result() == null) {
                    return s.problem() != null ? I18n.problem(s.problem()) : I18n.get("render.surfaceFailed");
                }
                if (HeadlessFx.call(() -> view.drawn(s.requestId()))) {
                    return null;
                }
            }
            Thread.sleep(50);
        }
        return I18n.get("render.surfaceTimeout", COMPUTE_SECONDS);
    }

    /**
     * The repeat over seeds run to its end with the view's settings (the lesson step's, else the set-up's own batch
     * size and 20 seeds), as its button would: a picture of the empty chart would say nothing. Null when done or
     * not asked for; otherwise the problem in words.
     */
    private String seeds() throws Exception {
        if (!views.containsKey("seeds")) {
            return null;
        }
        Configurable c = HeadlessFx.call(() -> configurable("seeds"));
        if (!(c instanceof bnlab.app.seeds.SeedsView view)) {
            return null;
        }
        HeadlessFx.run(() -> {
            window.pump().flush(); // the view has the set-up's snapshot to repeat
            view.configure(Map.of("run", true));
        });
        // a GIF shows the dots arriving: a frame each time another share of the runs is in, and one at the end
        boolean gif = !gifs.isEmpty();
        int total = HeadlessFx.call(view::planned);
        int every = Math.max(1, (int) Math.ceil(total / (double) Math.max(1, job.frames())));
        int framed = 0;
        long end = System.nanoTime() + (long) (COMPUTE_SECONDS * 1e9);
        while (System.nanoTime() < end) {
            boolean running = HeadlessFx.call(view::running);
            int got = HeadlessFx.call(() -> view.outcomes().size());
            if (gif && running && got >= framed + every) {
                frame(null);
                framed = got;
            }
            if (!running) {
                if (gif) {
                    frame(null); // as it ends: every dot, the buttons back
                }
                bnlab.engine.api.Problem p = HeadlessFx.call(view::problem);
                return p == null ? null : I18n.problem(p);
            }
            Thread.sleep(50);
        }
        return I18n.get("render.seedsTimeout", COMPUTE_SECONDS);
    }

    // one GIF frame of every view: taken on the FX thread, drawn and encoded here
    private void frame(Snapshot s) throws Exception {
        List<Capture> captures = HeadlessFx.call(() -> {
            window.pump().flush();
            List<Capture> out = new ArrayList<>();
            for (Node v : views.values()) {
                out.add(Exporter.frame(v, ExportSize.wide(job.gifWidth()), job.look(), ThemeSwitch.NONE));
            }
            return out;
        });
        int i = 0;
        for (GifWriter g : gifs.values()) {
            g.add(captures.get(i++).compose(), -1);
        }
    }

    private int write() throws Exception {
        HeadlessFx.run(() -> window.pump().flush());
        int failures = 0;
        for (Map.Entry<String, Node> v : views.entrySet()) {
            for (ExportFormat f : job.formats()) {
                Path file = job.out().resolve(v.getKey() + "." + f.extension());
                if (f == ExportFormat.CSV && !HeadlessFx.call(() -> SeriesCsv.hasSeries(v.getValue()))) {
                    stderr.println(I18n.get("headless.noSeries", v.getKey())); // not an empty file
                    continue;
                }
                try {
                    if (f == ExportFormat.GIF) {
                        AtomicFiles.write(file, gifs.get(v.getKey()).finish());
                    } else {
                        HeadlessFx.run(() -> Exporter.write(v.getValue(), f, job.size(), job.look(), ThemeSwitch.NONE,
                                file));
                    }
                    stdout.println(I18n.get("headless.wrote", file.toString()));
                } catch (ProblemException e) {
                    failures++;
                    stderr.println(I18n.get("headless.failed", I18n.problem(e)));
                }
            }
        }
        return failures == 0 ? 0 : Cli.FAILED;
    }

    private void close() {
        if (window != null) {
            window.pump().stop();
            if (window.lessonStage() != null) {
                window.lessonStage().close();
            }
        }
        if (extra != null) {
            extra.close().run();
        }
        stages.forEach(Stage::close);
    }
}
