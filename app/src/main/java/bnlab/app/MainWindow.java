package bnlab.app;

import bnlab.app.controls.ControlPanel;
import bnlab.app.i18n.I18n;
import bnlab.app.controls.ControlsModel;
import bnlab.app.controls.DatasetSource;
import bnlab.app.controls.LoadedData;
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
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The window's content: the control panel on the left, the engine's messages on top, and the views
 * in tabs ("Live": the live views side by side; "Loss landscape": the two-weight canyon and bowl;
 * "Twins' loss surface": both networks' loss around their weights). One {@link SnapshotPump}
 * feeds every view and the panel's read-outs.
 */
public final class MainWindow {
    /** Height kept free above the banners for the tab headers. */
    static final double TAB_HEADER = 44;
    private final BorderPane root = new BorderPane();
    private final ControlPanel controls;
    private final AlertBar alerts;
    private final TrainingCurvesView curves;
    private final TabPane tabs = new TabPane();
    private final SnapshotPump pump;
    private final List<SnapshotView> liveViews = new ArrayList<>();
    private final SplitPane split;
    private double divider = 0.27;

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
        controls = new ControlPanel(new ControlsModel(session::send, datasets, loader, data));
        curves = new TrainingCurvesView(() -> controls.model().experiment().applyFigure1());
        alerts = new AlertBar(session::send);
        // a data set or experiment that did not load or save is said where the user is looking
        controls.model().experiment().problemProperty().addListener((o, was, now) -> {
            if (now != null) {
                alerts.showMessage(I18n.problem(now));
            }
        });
        List<SnapshotView> views = new ArrayList<>(List.of(controls, alerts));

        ViewGrid live = new ViewGrid();
        live.add(I18n.get("window.histograms"), add(liveViews, new HistogramView(session::send)));
        live.add(I18n.get("window.saturation"), add(liveViews, new SaturationView(session::send)));
        live.add(I18n.get("window.runningStats"), add(liveViews, new RunningStatsView(session::send)));
        live.add(I18n.get("window.curves"), add(liveViews, curves));

        Tab liveTab = new Tab(I18n.get("window.tab.live"), live);
        liveTab.setId("tab-live");
        TwoWeightLandscapePane landscape = new TwoWeightLandscapePane();
        Tab landscapeTab = new Tab(I18n.get("window.tab.landscape"), landscape);
        landscapeTab.setId("tab-landscape");
        NetworkLandscapeView surface = new NetworkLandscapeView(session::send, session::latestLandscape);
        views.add(surface);
        Tab surfaceTab = new Tab(I18n.get("window.tab.surface"), surface.node());
        surfaceTab.setId("tab-surface");
        tabs.getTabs().addAll(liveTab, landscapeTab, surfaceTab);
        loadWine(datasets, loader, landscape);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        // the banners lie over the top of the views: nothing moves when one appears
        javafx.scene.layout.StackPane centre = new javafx.scene.layout.StackPane(tabs, alerts.node());
        javafx.scene.layout.StackPane.setAlignment(alerts.node(), javafx.geometry.Pos.TOP_CENTER);
        // below the tab headers, which stay clickable
        javafx.scene.layout.StackPane.setMargin(alerts.node(), new javafx.geometry.Insets(TAB_HEADER, 0, 0, 0));
        // a divider the user can drag to give the views more room on a projector
        split = new SplitPane(controls.node(), centre);
        split.setDividerPositions(0.27);
        SplitPane.setResizableWithParent(controls.node(), false);
        root.setCenter(split);
        root.getStyleClass().add("bnlab");
        pump = new SnapshotPump(session::latest, views, liveViews, log);
    }

    private static javafx.scene.Node add(List<SnapshotView> views, SnapshotView view) {
        views.add(view);
        return view.node();
    }

    /** The landscape's wine choice needs the bundled wine data; read it off the FX thread. */
    private static void loadWine(DatasetSource datasets, Executor loader, TwoWeightLandscapePane pane) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return datasets.load(DatasetId.WINE, null);
            }
        };
        task.setOnSucceeded(e -> pane.setWine(task.getValue()));
        task.setOnFailed(e -> System.err.println("bnlab: wine data unavailable for the landscape: "
                + task.getException()));
        loader.execute(task);
    }

    public Parent root() {
        return root;
    }

    /** What a window built anew (another language, theme or type size) takes over from this one. */
    public record State(int tab, double divider, boolean controlsShown) {
    }

    public State state() {
        boolean shown = controlsShown();
        return new State(tabs.getSelectionModel().getSelectedIndex(), shown ? split.getDividerPositions()[0] : divider,
                shown);
    }

    public void restore(State s) {
        tabs.getSelectionModel().select(Math.max(0, s.tab()));
        divider = s.divider();
        split.setDividerPositions(divider);
        showControls(s.controlsShown());
    }

    /** The next step of the lesson on the stage, if one is. */
    public void nextLessonStep() {
    }

    /** The previous step of the lesson on the stage, if one is. */
    public void previousLessonStep() {
    }

    /** The lessons' start page. */
    public void showLessons() {
    }

    public boolean controlsShown() {
        return split.getItems().contains(controls.node());
    }

    /** Hide the control panel (the views get the whole width, for a projector) or show it again. */
    public void showControls(boolean show) {
        if (show == controlsShown()) {
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
