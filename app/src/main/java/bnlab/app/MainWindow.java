package bnlab.app;

import bnlab.app.bntable.BnTableView;
import bnlab.app.controls.ControlPanel;
import bnlab.app.i18n.I18n;
import bnlab.app.controls.ControlsModel;
import bnlab.app.controls.DatasetSource;
import bnlab.app.controls.LoadedData;
import bnlab.app.axes.AxesView;
import bnlab.app.curves.TrainingCurvesView;
import bnlab.app.histograms.HistogramView;
import bnlab.app.landscape.NetworkLandscapeView;
import bnlab.app.runningstats.RunningStatsView;
import bnlab.app.saturation.SaturationView;
import bnlab.app.landscape.TwoWeightLandscapePane;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.SessionHandle;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import bnlab.app.lessons.Lesson;
import bnlab.app.lessons.LessonLibrary;
import bnlab.app.lessons.LessonModel;
import bnlab.app.lessons.LessonStage;
import bnlab.app.lessons.StageViews;
import bnlab.app.lessons.StartPage;

import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The window's content: the control panel on the left, the engine's messages on top, and the views
 * in tabs ("Live": the live views side by side; "Loss landscape": the two-weight canyon and bowl;
 * "Twins' loss surface": both networks' loss around their weights). One {@link SnapshotPump}
 * feeds every view and the panel's read-outs.
 */
public final class MainWindow {
    // the controls' least width at type 1 (px), and the most of the window they take to keep it at large type
    private static final double CONTROLS_MIN = 230;
    private static final double CONTROLS_MAX_SHARE = 0.4;
    private final BorderPane root = new BorderPane();
    private final ControlPanel controls;
    private final AlertBar alerts;
    private final TrainingCurvesView curves;
    private final TabPane tabs = new TabPane();
    private final SnapshotPump pump;
    private final List<SnapshotView> liveViews = new ArrayList<>();
    /** The views of the CNN tab (feature maps, pooled values). */
    private final List<SnapshotView> cnnViews = new ArrayList<>();
    private final SplitPane split;
    private final StackPane centre;
    private final javafx.scene.layout.BorderPane tabsBox;
    private double divider = 0.27;
    /** The user's choice (Hide controls): the control panel beside the views. */
    private boolean controlsWanted = true;
    /** The loss landscape's tab (canyon and bowl), beside which the control panel steps aside. */
    private final Tab landscapeTab;
    private final SessionHandle session;
    private final LessonLibrary.Loaded library;
    private final ViewHelp help;
    /** The canyon and bowl of the landscape tab, once that tab was shown, else null. */
    private TwoWeightLandscapePane landscape;
    /** The wine data for the canyon and bowl, once read (a lesson's landscape gets it too). */
    private Dataset wineData;
    /** The lesson on the stage (also while the full panel is shown), or null. */
    private LessonStage stage;
    private StartPage start;
    /** A lesson's view shown on its own in place of the tabs, or null. */
    private ViewPage page;
    /** The view names of lesson files and the bundle keys of their titles. */
    public static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("histograms", "window.histograms"), Map.entry("saturation", "window.saturation"),
            Map.entry("runningStats", "window.runningStats"), Map.entry("curves", "window.curves"),
            Map.entry("landscape", "window.tab.landscape"), Map.entry("surface", "window.tab.surface"),
            Map.entry("bnTable", "window.bnTable"), Map.entry("axes", "window.axes"),
            Map.entry("featureMaps", "window.featureMaps"), Map.entry("pooled", "window.pooled"),
            Map.entry("seeds", "window.seeds"));

    /** The lessons' views the tabs do not hold: the View menu shows each on its own, in place of the tabs. */
    public static final List<String> PAGE_VIEWS = List.of("bnTable", "axes", "seeds");

    /** The views by their lesson-file names, sorted. */
    public static List<String> viewNames() {
        return TITLES.keySet().stream().sorted().toList();
    }

    /**
     * @param session  the running session (its thread owns the networks)
     * @param datasets loads data sets for the chooser
     * @param loader   runs loading tasks off the FX thread
     * @param data     the data set the session started with
     * @param log      frame time log, or null
     */
    public MainWindow(SessionHandle session, DatasetSource datasets, Executor loader, Dataset data, FrameLog log) {
        this(session, datasets, loader, LoadedData.of(data), log);
    }

    /** @param data the data set in use and where it came from (a window built anew keeps it) */
    public MainWindow(SessionHandle session, DatasetSource datasets, Executor loader, LoadedData data, FrameLog log) {
        // a frame log measures each setting change from the panel to the frame that shows it applied
        java.util.function.Consumer<bnlab.engine.api.Command> send = log == null ? session::send : c -> {
            if (c instanceof bnlab.engine.api.Command.Change change) {
                log.changeSent(change, System.nanoTime());
            }
            session.send(c);
        };
        controls = new ControlPanel(new ControlsModel(send, datasets, loader, data));
        curves = new TrainingCurvesView(() -> controls.model().experiment().applyFigure1());
        alerts = new AlertBar(session::send);
        // a data set or experiment that did not load or save is said where the user is looking
        controls.model().experiment().problemProperty().addListener((o, was, now) -> {
            if (now != null) {
                alerts.showMessage(I18n.problem(now));
            }
        });
        List<SnapshotView> views = new ArrayList<>(List.of(controls, alerts));

        this.session = session;
        library = LessonLibrary.load();
        help = new ViewHelp(id -> {
            Lesson l = library.byId(id);
            return l == null ? null : l.title().in(I18n.locale());
        }, this::openLesson);
        ViewGrid live = new ViewGrid(2, help);
        live.add(I18n.get("window.histograms"), add(liveViews, new HistogramView(session::send)), "histograms");
        live.add(I18n.get("window.saturation"), add(liveViews, new SaturationView(session::send)), "saturation");
        live.add(I18n.get("window.runningStats"), add(liveViews, new RunningStatsView(session::send)), "runningStats");
        live.add(I18n.get("window.curves"), add(liveViews, curves), "curves");

        pump = new SnapshotPump(session::latest, views, liveViews, log);
        Tab liveTab = new Tab(I18n.get("window.tab.live"), live);
        liveTab.setId("tab-live");
        // the other tabs' views are built the first time their tab is selected: a launch builds what shows
        landscapeTab = new LazyTab(I18n.get("window.tab.landscape"), "tab-landscape", () -> {
            landscape = new TwoWeightLandscapePane();
            if (wineData != null) {
                landscape.setWine(wineData);
            }
            return single("landscape", landscape);
        });
        LazyTab surfaceTab = new LazyTab(I18n.get("window.tab.surface"), "tab-surface", () -> {
            NetworkLandscapeView surface = new NetworkLandscapeView(session::send, session::latestLandscape);
            pump.addCheap(surface);
            return single("surface", surface.node());
        });
        // a CNN's own views: one image's feature maps, and which values of the batch one statistic pools
        LazyTab cnnTab = new LazyTab(I18n.get("window.tab.cnn"), "tab-cnn", () -> {
            ViewGrid cnnGrid = new ViewGrid(1, help);
            cnnGrid.add(I18n.get("window.featureMaps"), add(cnnViews, new bnlab.app.featuremaps.FeatureMapsView(this::switchToCnn)),
                    "featureMaps");
            cnnGrid.add(I18n.get("window.pooled"), add(cnnViews, new bnlab.app.axes.BlockView()), "pooled");
            cnnViews.forEach(pump::addHeavy);
            return cnnGrid;
        });
        tabs.getTabs().addAll(liveTab, landscapeTab, surfaceTab, cnnTab);
        loadWine(datasets, loader, d -> {
            wineData = d;
            if (landscape != null) {
                landscape.setWine(d);
            }
        });
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        TabTitles.install(tabs, List.of("window.tab.live", "window.tab.landscape", "window.tab.surface",
                "window.tab.cnn"));

        // the banners above the tabs: the views move down for them (laid over the views' tops, they hid the
        // headers, choosers and buttons, and "Why?" the Saturation view it names)
        tabsBox = new javafx.scene.layout.BorderPane(tabs);
        centre = new StackPane(tabsBox);
        dockAlerts();
        // a divider the user can drag to give the views more room on a projector
        split = new SplitPane(controls.node(), centre);
        split.setDividerPositions(0.27);
        // the controls keep the width their texts need at this type size, up to 40 % of the window: at type 2
        // in a 1280 px window 27 % of it cut the status line and the sliders' labels at the divider
        double need = CONTROLS_MIN * bnlab.app.style.Look.current().scale();
        ((javafx.scene.layout.Region) controls.node()).minWidthProperty().bind(split.widthProperty().map(w -> Math.min(need,
                CONTROLS_MAX_SHARE * w.doubleValue())));
        SplitPane.setResizableWithParent(controls.node(), false);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> placeControls());
        root.setCenter(split);
        root.getStyleClass().add("bnlab");
    }

    /** The feature maps' button on an MLP: the CNN's first experiment, as choosing it under Network does. */
    private bnlab.engine.api.Problem switchToCnn() {
        return controls.model().experiment().setArch(bnlab.engine.api.ArchKind.CNN);
    }

    private Node single(String name, Node view) {
        ViewGrid g = new ViewGrid(1, help);
        g.add(I18n.get(TITLES.get(name)), view, name);
        return g;
    }


    /** The banners, for tests. */
    public AlertBar alerts() {
        return alerts;
    }

    // the banners in the strip above the tabs
    private void dockAlerts() {
        detachAlerts();
        tabsBox.setTop(alerts.node());
    }

    private void detachAlerts() {
        if (alerts.node().getParent() instanceof StackPane old) {
            old.getChildren().remove(alerts.node());
        } else if (tabsBox.getTop() == alerts.node()) {
            tabsBox.setTop(null);
        }
    }

    // on a lesson's stage the banners go under the views, which give up the room: the step's views keep their titles
    // in sight and their foot in reach
    private void placeAlerts(StackPane host, double top, Pos where) {
        detachAlerts();
        host.getChildren().add(alerts.node());
        StackPane.setAlignment(alerts.node(), where);
        StackPane.setMargin(alerts.node(), new Insets(top, 0, 0, 0));
    }

    private static Node add(List<SnapshotView> views, SnapshotView view) {
        views.add(view);
        return view.node();
    }

    /** The landscape's wine choice needs the bundled wine data; read it off the FX thread. */
    private static void loadWine(DatasetSource datasets, Executor loader, java.util.function.Consumer<Dataset> done) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return datasets.load(DatasetId.WINE, null);
            }
        };
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> System.err.println(I18n.get("cli.wineUnavailable",
                ErrorReporter.shortMessage(task.getException()))));
        loader.execute(task);
    }

    public Parent root() {
        return root;
    }

    /**
     * What a window built anew (another language, theme or type size) takes over from this one.
     *
     * @param lesson the lesson on the stage, or null
     * @param mode   what is shown: the full panel, the start page, the lesson or a view on its own
     * @param view   the view on its own ({@link #PAGE_VIEWS}), or null
     */
    public record State(int tab, double divider, boolean controlsShown, LessonModel.Memo lesson, Mode mode,
                        String view) {
        public State(int tab, double divider, boolean controlsShown) {
            this(tab, divider, controlsShown, null, Mode.PANEL, null);
        }
    }

    /** What the window shows. */
    public enum Mode { PANEL, START, LESSON, VIEW }

    /** A view on its own: its name, its parts (fed by the pump until closed) and what the window shows. */
    private record ViewPage(String name, StageViews.Built built, Node node) {
    }

    public State state() {
        double at = controlsPlaced() ? split.getDividerPositions()[0] : divider;
        return new State(tabs.getSelectionModel().getSelectedIndex(), at, controlsShown(),
                stage == null ? null : stage.model().memo(), mode(), page == null ? null : page.name());
    }

    public void restore(State s) {
        tabs.getSelectionModel().select(Math.max(0, s.tab()));
        divider = s.divider();
        split.setDividerPositions(divider);
        showControls(s.controlsShown());
        Lesson l = s.lesson() == null ? null : library.byId(s.lesson().lessonId());
        if (l != null) {
            stage = LessonStage.resume(l, s.lesson(), session::send, controls.model().experiment(), this::buildStage,
                    exits());
            dismissOnStep(stage);
        }
        switch (s.mode()) {
            case START -> showLessons();
            case LESSON -> showStage();
            case VIEW -> {
                if (!showView(s.view())) {
                    showFullPanel();
                }
            }
            default -> showFullPanel();
        }
    }

    /** What is shown now. */
    public Mode mode() {
        Node shown = root.getCenter();
        if (page != null && shown == split && split.getItems().contains(page.node())) {
            return Mode.VIEW;
        }
        return shown == split ? Mode.PANEL : stage != null && shown == stage.node() ? Mode.LESSON : Mode.START;
    }

    /**
     * One of the lessons' views the tabs do not hold ({@link #PAGE_VIEWS}), on its own in place of the tabs, fed
     * by the live training; a bar on top leads back to the full panel (and to the lesson, if one is open).
     *
     * @return false when the name is not one of those views (nothing changes)
     */
    public boolean showView(String name) {
        if (!PAGE_VIEWS.contains(name)) {
            return false;
        }
        if (page != null && page.name().equals(name) && mode() == Mode.VIEW) {
            return true;
        }
        closePage();
        StageViews.Built built = buildStage(List.of(name));
        StackPane body = new StackPane(built.node());
        javafx.scene.layout.BorderPane node = new javafx.scene.layout.BorderPane(body);
        node.setTop(pageBar());
        node.getStyleClass().add("view-page");
        page = new ViewPage(name, built, node);
        root.setTop(null);
        root.setCenter(split);
        // in the tabs' place: the controls stay, so a set-up changed there is the one the view works on
        replaceInSplit(centre, node);
        placeControls();
        placeAlerts(body, 0, Pos.BOTTOM_CENTER);
        alerts.expectStalls(false);
        return true;
    }

    /** The view shown on its own, while it is shown, else null. */
    public String pageView() {
        return mode() == Mode.VIEW ? page.name() : null;
    }

    /** The views of the view on its own, while it is shown (tests), else empty. */
    public List<SnapshotView> pageViews() {
        return mode() == Mode.VIEW ? page.built().live() : List.of();
    }

    // the view on its own leaves the window: the pump stops feeding it, a repeat over seeds stops
    private void closePage() {
        if (page != null) {
            replaceInSplit(page.node(), centre);
            page.built().close().run();
            page = null;
            placeControls();
        }
    }

    // one item of the split for another, the divider where it was
    private void replaceInSplit(Node out, Node in) {
        int i = split.getItems().indexOf(out);
        if (i >= 0) {
            double[] at = split.getDividerPositions();
            split.getItems().set(i, in);
            split.setDividerPositions(at);
        }
    }

    private Node pageBar() {
        javafx.scene.control.Button panel = new javafx.scene.control.Button(I18n.get("view.page.back"));
        panel.setId("view-page-back");
        panel.setOnAction(e -> showFullPanel());
        return stage == null ? bar(panel) : bar(panel, lessonBackButton());
    }

    // a bar of buttons over what is shown, leading back
    private static Node bar(Node... buttons) {
        javafx.scene.layout.HBox bar = new javafx.scene.layout.HBox(8, buttons);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("lesson-bar");
        return bar;
    }

    /** The next step of the lesson on the stage, if one is shown. */
    public void nextLessonStep() {
        if (mode() == Mode.LESSON) {
            stage.model().next();
        }
    }

    /** The class's answer to the question of the lesson's step on the stage (from 0), if it asks one. */
    public void chooseLessonAnswer(int choice) {
        if (mode() == Mode.LESSON) {
            stage.model().predict(choice);
        }
    }

    /** Show the answer to the step's question on the stage, once the class has chosen. */
    public void revealLessonAnswer() {
        if (mode() == Mode.LESSON) {
            stage.model().reveal();
        }
    }

    /** The previous step of the lesson on the stage, if one is shown. */
    public void previousLessonStep() {
        if (mode() == Mode.LESSON) {
            stage.model().previous();
        }
    }

    /** The lessons' start page (the lesson on the stage, if any, is left). */
    public void showLessons() {
        closePage();
        closeStage();
        alerts.expectStalls(false);
        start = new StartPage(library, this::openLesson, this::showFullPanel);
        root.setTop(null);
        root.setCenter(start.node());
    }

    /** The start page, while it is shown (tests), else null. */
    public StartPage startPage() {
        return mode() == Mode.START ? start : null;
    }

    /** The lessons that loaded and the files that were refused. */
    public LessonLibrary.Loaded lessons() {
        return library;
    }

    /** Start a lesson by its id (a "?" link, the command line); false when there is no such lesson. */
    public boolean openLesson(String id) {
        return openLesson(id, 0);
    }

    /** The same at a step (from 0). */
    public boolean openLesson(String id, int step) {
        Lesson l = library.byId(id);
        if (l != null) {
            openLesson(l, step);
        }
        return l != null;
    }

    /** Set up a lesson's experiment and show it on the stage. */
    public void openLesson(Lesson l) {
        openLesson(l, 0);
    }

    /** The same at a step (from 0), entered as from the lesson's start (--lesson-step, a headless render). */
    public void openLesson(Lesson l, int step) {
        closeStage();
        stage = LessonStage.start(l, step, session::send, controls.model().experiment(), this::buildStage, exits());
        dismissOnStep(stage);
        showStage();
    }

    // a refusal said in the banner was about the step left (lesson 6's batch of 1): it goes with it
    private void dismissOnStep(LessonStage s) {
        s.model().stepProperty().addListener((o, a, b) -> alerts.dismissMessage());
    }

    /** The lesson on the stage (also while the full panel is shown), or null. */
    public LessonStage lessonStage() {
        return stage;
    }

    // the library's next lesson in order after this one, or null
    private Lesson lessonAfter(Lesson l) {
        return library.lessons().stream().filter(o -> o.order() > l.order())
                .min(java.util.Comparator.comparingInt(Lesson::order)).orElse(null);
    }

    private LessonStage.Exits exits() {
        return new LessonStage.Exits(this::showLessons, this::showFullPanel, this::lessonAfter, this::openLesson);
    }

    private void showStage() {
        closePage();
        root.setTop(null);
        root.setCenter(stage.node());
        placeAlerts(stage.banners(), 0, Pos.BOTTOM_CENTER);
        alerts.expectStalls(stage.model().lesson().setup().stallExpected());
    }

    /** The full panel as it was; while a lesson is open, a bar on top leads back to it. */
    public void showFullPanel() {
        closePage();
        root.setCenter(split);
        dockAlerts();
        alerts.expectStalls(false);
        root.setTop(stage == null ? null : backBar());
    }

    private Node backBar() {
        return bar(lessonBackButton());
    }

    // back to the lesson that is open
    private javafx.scene.control.Button lessonBackButton() {
        javafx.scene.control.Button back = new javafx.scene.control.Button(
                I18n.get("lesson.back", stage.model().lesson().title().in(I18n.locale())));
        back.setId("lesson-back");
        back.setOnAction(e -> showStage());
        return back;
    }

    private void closeStage() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    /**
     * Views by their lesson-file names, new, in one column, fed by the pump until {@code close} runs (the
     * headless render command places and exports them).
     */
    public StageViews.Built buildViews(List<String> names) {
        return buildStage(names);
    }

    // a lesson's views, new, in one column (side by side in a short window), fed by the pump until the stage closes
    private StageViews.Built buildStage(List<String> names) {
        ViewGrid grid = ViewGrid.forStage(help);
        List<SnapshotView> fed = new ArrayList<>();
        Map<String, Configurable> options = new HashMap<>();
        for (String name : names) {
            Node node = switch (name) {
                case "histograms" -> stageView(fed, options, name, new HistogramView(session::send));
                case "saturation" -> stageView(fed, options, name, new SaturationView(session::send));
                case "runningStats" -> stageView(fed, options, name, new RunningStatsView(session::send));
                case "bnTable" -> stageView(fed, options, name, new BnTableView());
                case "curves" -> stageView(fed, options, name,
                        new TrainingCurvesView(() -> controls.model().experiment().applyFigure1()));
                case "axes" -> stageView(fed, options, name, new AxesView());
                case "featureMaps" -> stageView(fed, options, name, new bnlab.app.featuremaps.FeatureMapsView(this::switchToCnn));
                case "pooled" -> stageView(fed, options, name, new bnlab.app.axes.BlockView());
                case "seeds" -> stageView(fed, options, name,
                        new bnlab.app.seeds.SeedsView(() -> controls.model().experiment().loaded().data()));
                case "surface" -> stageView(fed, options, name,
                        new NetworkLandscapeView(session::send, session::latestLandscape));
                case "landscape" -> {
                    TwoWeightLandscapePane pane = new TwoWeightLandscapePane();
                    if (wineData != null) {
                        pane.setWine(wineData);
                    }
                    options.put(name, pane);
                    yield pane;
                }
                default -> throw new IllegalArgumentException("view " + name); // the schema lets no other through
            };
            grid.add(I18n.get(TITLES.get(name)), node, name);
        }
        fed.forEach(pump::addHeavy);
        return new StageViews.Built(grid, options, fed, () -> fed.forEach(pump::remove), grid::reveal, grid::enlarge);
    }

    private static Node stageView(List<SnapshotView> fed, Map<String, Configurable> options, String name,
                                  SnapshotView v) {
        fed.add(v);
        if (v instanceof Configurable c) {
            options.put(name, c);
        }
        return v.node();
    }

    /** Whether the user wants the control panel shown (it is laid aside beside the loss landscape's race). */
    public boolean controlsShown() {
        return controlsWanted;
    }

    /** Hide the control panel (the views get the whole width, for a projector) or show it again. */
    public void showControls(boolean show) {
        controlsWanted = show;
        placeControls();
    }

    /** Whether the control panel is beside the views now. */
    public boolean controlsPlaced() {
        return split.getItems().contains(controls.node());
    }

    // the panel is beside the tabs when wanted, except beside the loss landscape: its race of two weights sets its
    // own step size and uses none of the panel's settings, and beside it the panel took the room its two plots need
    // (at 1280 x 720 they were 170 px squares next to a learning rate the race does not use)
    private void placeControls() {
        boolean landscape = page == null && tabs.getSelectionModel().getSelectedItem() == landscapeTab;
        boolean show = controlsWanted && !landscape;
        if (show == controlsPlaced()) {
            return;
        }
        if (show) {
            split.getItems().add(0, controls.node());
            split.setDividerPositions(divider);
        } else {
            divider = split.getDividerPositions()[0];
            split.getItems().remove(controls.node());
        }
    }

    /**
     * Start or stop recording what is shown: the lesson's stage, else the enlarged view, else the
     * current tab's views (with the last Export choices, into the recordings folder).
     */
    public void toggleRecording() {
        Shown target = shown();
        bnlab.app.export.WindowExports.toggleRecording(target.node(), target.name());
    }

    /** Record what is shown into a GIF (the command line's --record). */
    public void recordShown(bnlab.app.export.RecordingSpec spec, java.nio.file.Path gif) {
        bnlab.app.export.WindowExports.record(shown().node(), spec, gif);
    }

    /** The Export dialog for what is shown (the lesson's stage, the enlarged view or the current tab). */
    public void exportShown() {
        Shown target = shown();
        // as shown: a whole tab or stage laid out taller would stretch every view in it
        bnlab.app.export.WindowExports.export(target.node(), target.title(), target.name(), false);
    }

    /** A picture of what is shown, as shown, to the clipboard (the last Export choices' size, theme, background). */
    public void copyShown() {
        bnlab.app.export.WindowExports.copyPicture(shown().node());
    }

    /**
     * What is shown, its name (for the file: a lesson's or view's id) and its title as the window shows it (for the
     * export dialog: "Export: Lesson 4: Ioffe & Szegedy's Figure 1, live", not "Export: figure1").
     */
    private record Shown(Node node, String name, String title) {
    }

    /** The title of what is shown, as the export dialog names it. */
    public String shownTitle() {
        return shown().title();
    }

    private Shown shown() {
        if (mode() == Mode.LESSON && stage != null) {
            bnlab.app.lessons.Lesson l = stage.model().lesson();
            return new Shown(stage.node(), l.id(), I18n.get("lesson.stageTitle", l.order(), l.title().in(I18n.locale())));
        }
        if (mode() == Mode.VIEW) {
            String key = TITLES.get(page.name());
            String title = key == null ? page.name() : I18n.get(key);
            return page.built().node() instanceof ViewGrid g ? new Shown(g.recordTarget(), g.recordName(page.name()),
                    g.recordTitle(title)) : new Shown(page.built().node(), page.name(), title);
        }
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        String tabName = tab == null || tab.getId() == null ? "bnlab" : tab.getId().replace("tab-", "");
        String tabTitle = tab == null || tab.getText() == null ? tabName : tab.getText();
        if (tab != null && tab.getContent() instanceof ViewGrid g) {
            return new Shown(g.recordTarget(), g.recordName(tabName), g.recordTitle(tabTitle));
        }
        return new Shown(tab == null ? root : tab.getContent(), tabName, tabTitle);
    }

    public SnapshotPump pump() {
        return pump;
    }

    public ControlPanel controls() {
        return controls;
    }

    /** The views of the Live tab, in grid order. */
    public List<SnapshotView> liveViews() {
        return List.copyOf(liveViews);
    }

    /** The views of the CNN tab: feature maps, then the pooled values (empty until that tab was shown). */
    public List<SnapshotView> cnnViews() {
        return List.copyOf(cnnViews);
    }

    public TrainingCurvesView curves() {
        return curves;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** The style sheet with the projector-sized fonts. */
    public static String stylesheet() {
        return MainWindow.class.getResource("app.css").toExternalForm();
    }
}
