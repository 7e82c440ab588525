package bnlab.app.lessons;

import bnlab.app.Configurable;
import bnlab.app.controls.ExperimentCommands;
import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Map;
import java.util.function.Consumer;

/**
 * A lesson on the stage: only the lesson's views, large, with its text beside them, and a bar on top
 * with the way to all lessons and to the full panel (which returns as it was). FX thread only.
 */
public final class LessonStage {
    /**
     * Where the stage leads: the lessons' start page, the full panel, and from a lesson's last step the lesson
     * after it in the library's order (next(lesson): null where there is none; open starts it).
     */
    public record Exits(Runnable allLessons, Runnable fullPanel, java.util.function.UnaryOperator<Lesson> next,
                        Consumer<Lesson> open) {
    }

    /** The panel's share of the width. */
    static final double PANEL_SHARE = 0.3;
    private final LessonModel model;
    private final StageViews.Built views;
    private final BorderPane root = new BorderPane();
    private final StackPane banners = new StackPane();
    private final SplitPane split;
    /** Whether the views were last told to withhold their results. */
    private boolean withheld;

    private LessonStage(Lesson lesson, Consumer<Command> send, ExperimentCommands experiment, StageViews factory,
                        Exits exits) {
        views = factory.build(lesson.views());
        LessonRunner runner = new LessonRunner(send, experiment, experiment::spec, this::configure);
        model = new LessonModel(lesson, runner);
        model.revisionProperty().addListener((o, a, b) -> withholdResults());
        LessonPanel panel = new LessonPanel(model);
        Lesson after = exits.next().apply(lesson);
        if (after != null) {
            panel.leadsOn(after.order(), () -> exits.open().accept(after));
        }
        StackPane body = new StackPane(views.node(), new SetUpCover(model).node(), new ViewsCover(model).node());
        // the banners (a stalled twin, a refused value) take room under the views instead of lying over their
        // foot, which in a small window is often what the step watches and could not be scrolled out from under
        BorderPane side = new BorderPane(body);
        side.setBottom(banners);
        split = new SplitPane(side, panel.node());
        split.setDividerPositions(1 - PANEL_SHARE);
        SplitPane.setResizableWithParent(panel.node(), false);
        root.setTop(bar(lesson, exits));
        root.setCenter(split);
        root.getStyleClass().add("lesson-stage");
        root.setId("lesson-stage");
    }

    /** Set up the lesson's experiment and show its first step. */
    public static LessonStage start(Lesson lesson, Consumer<Command> send, ExperimentCommands experiment,
                                    StageViews views, Exits exits) {
        return start(lesson, 0, send, experiment, views, exits);
    }

    /** The same, opened at a step (from 0; clamped), entered as from the lesson's start. */
    public static LessonStage start(Lesson lesson, int step, Consumer<Command> send, ExperimentCommands experiment,
                                    StageViews views, Exits exits) {
        LessonStage s = new LessonStage(lesson, send, experiment, views, exits);
        s.model.start(step);
        return s;
    }

    /** Show a lesson where a class left it (the window was built anew); the training is not touched. */
    public static LessonStage resume(Lesson lesson, LessonModel.Memo memo, Consumer<Command> send,
                                     ExperimentCommands experiment, StageViews views, Exits exits) {
        LessonStage s = new LessonStage(lesson, send, experiment, views, exits);
        s.model.resume(memo);
        return s;
    }

    private static Node bar(Lesson lesson, Exits exits) {
        Label title = new Label(I18n.get("lesson.stageTitle", lesson.order(), lesson.title().in(I18n.locale())));
        title.getStyleClass().add("lesson-title");
        title.setId("lesson-title");
        title.setMinWidth(0);
        // a long title beside the bar's buttons (type 1.5 in 1280 px) takes a second line, not an ellipsis
        title.setWrapText(true);
        Button all = new Button(I18n.get("lesson.allLessons"));
        all.setId("lesson-all");
        all.setOnAction(e -> exits.allLessons().run());
        Button full = new Button(I18n.get("lesson.fullPanel"));
        full.setId("lesson-full-panel");
        full.setOnAction(e -> exits.fullPanel().run());
        for (Button b : new Button[] {all, full}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, title, gap, all, full);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("lesson-bar");
        return bar;
    }

    /** The stage's view of that name that takes options (a lesson's "view" actions; headless renders), or null. */
    public Configurable configurable(String view) {
        return views.options().get(view);
    }

    /**
     * Tells the stage's views to withhold their results while the step keeps them back (a view that has
     * none ignores the option), and to show them again once the class has chosen.
     */
    private void withholdResults() {
        boolean w = model.covered(Lesson.Hidden.RESULTS);
        if (w != withheld) {
            withheld = w;
            views.options().values().forEach(c -> c.configure(Map.of("withhold", w)));
        }
    }

    private void configure(Lesson.Do d) {
        Configurable c = views.options().get(d.view());
        if (c != null) {
            c.configure(d.options());
        }
        if (d.enlarge() != null) {
            views.enlarge().accept(d.view(), d.enlarge());
        }
        if (Boolean.TRUE.equals(d.reveal())) {
            views.reveal().accept(d.view());
        }
    }

    public Node node() {
        return root;
    }

    /**
     * Where the window lays its banners: under the step's views, which give up the room a banner takes (not
     * over the step's panel, whose Previous and Next and the step's buttons stay in reach while one shows).
     */
    public StackPane banners() {
        return banners;
    }

    /** The stage's views that are fed snapshots. */
    public java.util.List<bnlab.app.SnapshotView> liveViews() {
        return views.live();
    }

    public LessonModel model() {
        return model;
    }

    /** Stop feeding the stage's views (the lesson was left). */
    public void close() {
        views.close().run();
    }
}
