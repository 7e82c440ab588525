package bnlab.app.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import bnlab.app.FrameLog;
import bnlab.app.MainWindow;
import bnlab.app.controls.DatasetSource;
import bnlab.app.controls.ExperimentDialogs;
import bnlab.app.controls.LoadedData;
import bnlab.app.i18n.Fonts;
import bnlab.app.i18n.I18n;
import bnlab.app.lessons.Lesson;
import bnlab.app.style.Look;
import bnlab.app.style.Theme;
import bnlab.engine.api.Command;
import bnlab.engine.api.SessionHandle;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The window around the views: the menu bar, the keyboard shortcuts, the help overlay, and the
 * window's look (language, theme, type scale, full screen, controls shown). A change of language,
 * theme or type scale builds the views anew on the same session: the engine keeps the training state
 * and every series, so nothing is lost. FX thread only.
 */
public final class Shell {
    /** Type scale per press of "larger text". */
    static final double SCALE_STEP = 1.15;

    private final Stage stage;
    private final SessionHandle session;
    private final DatasetSource datasets;
    private final Executor loader;
    private final FrameLog log;
    private final Consumer<UiPrefs> remember;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private UiPrefs prefs;
    private LoadedData data;
    private MainWindow window;
    private HelpOverlay help;
    private boolean playing;

    /**
     * @param remember where changed choices are kept ({@link UiPrefs#save} in the app; tests keep them in memory)
     */
    public Shell(Stage stage, SessionHandle session, DatasetSource datasets, Executor loader, LoadedData data,
                 FrameLog log, UiPrefs prefs, Consumer<UiPrefs> remember) {
        this.stage = stage;
        this.session = session;
        this.datasets = datasets;
        this.loader = loader;
        this.data = data;
        this.log = log;
        this.prefs = prefs;
        this.remember = remember;
        Fonts.registerFx();
        Fonts.registerAwt();
        root.setCenter(content);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        root.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(focusOwner() instanceof TextInputControl)) {
                toggleHelp();
                e.consume();
            }
        });
        build(null);
        // the first launch opens on the lessons
        if (!prefs.startPageSeen()) {
            window.showLessons();
            this.prefs = prefs.withStartPageSeen();
            remember.accept(this.prefs);
        }
    }

    public Parent root() {
        return root;
    }

    public MainWindow window() {
        return window;
    }

    public UiPrefs prefs() {
        return prefs;
    }

    /** The style sheets of a scene showing this shell (the theme's, then the app's). */
    public void style(Scene scene) {
        style(scene, prefs.theme());
    }

    /** The style sheets of a scene showing the app's views in a theme (the theme's, then the app's). */
    public static void style(Scene scene, Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().setAll(MainWindow.stylesheet());
        if (theme == Theme.DARK) {
            scene.getStylesheets().add(MainWindow.class.getResource("app-dark.css").toExternalForm());
        }
    }

    // the views, the menu and the overlay, in the current language and look
    private void build(MainWindow.State state) {
        I18n.setLocale(prefs.locale());
        Look.use(prefs.look());
        if (window != null) {
            window.pump().stop();
        }
        window = new MainWindow(session, datasets, loader, data, log);
        if (state != null) {
            window.restore(state);
        }
        help = new HelpOverlay(() -> help.show(false));
        bnlab.app.export.RecordingIndicator recording = new bnlab.app.export.RecordingIndicator(
                Shortcut.RECORD.keys().getDisplayText());
        content.getChildren().setAll(window.root(), recording.node(), help.node());
        StackPane.setAlignment(recording.node(), javafx.geometry.Pos.TOP_RIGHT);
        StackPane.setMargin(recording.node(), new javafx.geometry.Insets(6, 12, 0, 0));
        bnlab.app.export.WindowExports.useThemes(this::showTheme);
        root.setTop(menus());
        root.setStyle(prefs.look().rootStyle());
        themeClasses(root, prefs.theme());
        stage.setTitle(I18n.get("app.title"));
        if (stage.getScene() != null) {
            style(stage.getScene());
        }
        window.pump().start();
    }

    /** Build the views anew in the current choices, keeping the data, the tab and the panel. */
    private void rebuild() {
        MainWindow.State state = window.state();
        data = window.controls().model().experiment().loaded();
        boolean help = this.help.showing();
        build(state);
        this.help.show(help);
        remember.accept(prefs);
    }

    public void setLocale(Locale l) {
        if (!l.equals(prefs.locale())) {
            prefs = prefs.withLocale(l);
            rebuild();
        }
    }

    public void setTheme(Theme t) {
        if (t != prefs.theme()) {
            prefs = prefs.withTheme(t);
            rebuild();
        }
    }

    public void setScale(double s) {
        double next = new Look(prefs.theme(), s).scale();
        if (next != prefs.scale()) {
            prefs = prefs.withScale(next);
            rebuild();
        }
    }

    /**
     * The window in another theme for the moment an export is taken (the same event puts it back, so
     * the screen never shows it); the returned action restores it.
     */
    private Runnable showTheme(Theme t) {
        Scene scene = stage.getScene();
        if (t == null || t == prefs.theme() || scene == null) {
            return () -> { };
        }
        java.util.List<String> sheets = java.util.List.copyOf(scene.getStylesheets());
        java.util.List<String> classes = java.util.List.copyOf(root.getStyleClass());
        String style = root.getStyle();
        String dark = MainWindow.class.getResource("app-dark.css").toExternalForm();
        if (t == Theme.DARK) {
            scene.getStylesheets().add(dark);
        } else {
            scene.getStylesheets().remove(dark);
        }
        themeClasses(root, t);
        root.setStyle(style + ";" + ThemeColors.inline(t));
        root.applyCss();
        return () -> {
            scene.getStylesheets().setAll(sheets);
            root.getStyleClass().setAll(classes);
            root.setStyle(style);
            root.applyCss();
        };
    }

    /**
     * The shell's style classes for a theme, the others kept: the scene gives its root node the class
     * "root", which carries the font, the type size and the theme's colours; replacing the whole list on a
     * rebuild (a language, theme or type-size change) dropped it, and the window lost its styling.
     */
    static void themeClasses(Parent root, Theme t) {
        root.getStyleClass().removeAll("bnlab-shell", "dark", "light");
        root.getStyleClass().addAll("bnlab-shell", t == Theme.DARK ? "dark" : "light");
    }

    public void toggleHelp() {
        help.show(!help.showing());
    }

    public boolean helpShowing() {
        return help.showing();
    }

    public void toggleFullScreen() {
        stage.setFullScreen(!stage.isFullScreen());
    }

    public void toggleControls() {
        window.showControls(!window.controlsShown());
    }

    private Object focusOwner() {
        return root.getScene() == null ? null : root.getScene().getFocusOwner();
    }

    // every shortcut, whatever has the focus (the space bar stays a space in a text field)
    private void key(KeyEvent e) {
        for (Shortcut s : Shortcut.values()) {
            if (s.keys().match(e) && !(s.typing() && focusOwner() instanceof TextInputControl)) {
                run(s);
                e.consume();
                return;
            }
        }
        if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && help.showing()) {
            help.show(false);
            e.consume();
        }
    }

    /** Do what a shortcut says. */
    public void run(Shortcut s) {
        switch (s) {
            case PLAY_PAUSE -> session.send(window.controls().model().snapshotProperty().get() != null
                    && window.controls().model().snapshotProperty().get().playing() ? new Command.Pause()
                    : new Command.Play());
            case STEP -> session.send(new Command.Step(1));
            case RESET -> session.send(new Command.Reset());
            case NEXT_LESSON_STEP -> window.nextLessonStep();
            case PREVIOUS_LESSON_STEP -> window.previousLessonStep();
            case CHOICE_1 -> window.chooseLessonAnswer(0);
            case CHOICE_2 -> window.chooseLessonAnswer(1);
            case CHOICE_3 -> window.chooseLessonAnswer(2);
            case REVEAL_ANSWER -> window.revealLessonAnswer();
            case LESSONS -> window.showLessons();
            case TAB_LIVE -> window.tabs().getSelectionModel().select(0);
            case TAB_LANDSCAPE -> window.tabs().getSelectionModel().select(1);
            case TAB_SURFACE -> window.tabs().getSelectionModel().select(2);
            case TAB_CNN -> window.tabs().getSelectionModel().select(3);
            case HIDE_CONTROLS -> toggleControls();
            case FULL_SCREEN -> toggleFullScreen();
            case LARGER_TEXT -> setScale(prefs.scale() * SCALE_STEP);
            case SMALLER_TEXT -> setScale(prefs.scale() / SCALE_STEP);
            case NORMAL_TEXT -> setScale(1.0);
            case DARK_THEME -> setTheme(prefs.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK);
            case LANGUAGE -> setLocale(prefs.locale().equals(Locale.ENGLISH) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
            case HELP -> toggleHelp();
            case RECORD -> window.toggleRecording();
            case COPY_SHOWN -> window.copyShown();
        }
    }

    private MenuItem item(String key, Shortcut s, Runnable action) {
        MenuItem m = new MenuItem(I18n.get(key));
        m.setId("menu-" + key.replace('.', '-'));
        if (s != null) {
            m.setAccelerator(s.keys());
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    // the lessons' views the tabs do not hold, each on its own in place of the tabs
    private Menu pageViews() {
        Menu views = new Menu(I18n.get("menu.views"));
        views.setId("menu-views");
        for (String name : MainWindow.PAGE_VIEWS) {
            MenuItem m = new MenuItem(I18n.get(MainWindow.TITLES.get(name)));
            m.setId("menu-view-" + name);
            m.setOnAction(e -> window.showView(name));
            views.getItems().add(m);
        }
        return views;
    }

    private MenuBar menus() {
        Menu file = new Menu(I18n.get("menu.file"));
        file.getItems().addAll(
                item("menu.open", null, () -> ExperimentDialogs.open(stage, window.controls().model())),
                item("menu.save", null, () -> ExperimentDialogs.save(stage, window.controls().model())),
                new SeparatorMenuItem(),
                item("menu.export", null, window::exportShown),
                item("menu.record", Shortcut.RECORD, () -> run(Shortcut.RECORD)),
                item("menu.copyShown", Shortcut.COPY_SHOWN, () -> run(Shortcut.COPY_SHOWN)),
                new SeparatorMenuItem(),
                item("menu.quit", null, Platform::exit));
        Menu lessons = new Menu(I18n.get("menu.lessons"));
        lessons.setId("menu-lessons");
        lessons.getItems().add(item("menu.allLessons", Shortcut.LESSONS, () -> run(Shortcut.LESSONS)));
        lessons.getItems().add(new SeparatorMenuItem());
        for (Lesson l : window.lessons().lessons()) {
            MenuItem m = new MenuItem(I18n.get("lesson.stageTitle", l.order(), l.title().in(I18n.locale())));
            m.setId("menu-lesson-" + l.id());
            m.setOnAction(e -> window.openLesson(l));
            lessons.getItems().add(m);
        }
        lessons.getItems().addAll(new SeparatorMenuItem(),
                item("menu.fullPanel", null, window::showFullPanel));
        Menu training = new Menu(I18n.get("menu.training"));
        training.getItems().addAll(item("menu.playPause", Shortcut.PLAY_PAUSE, () -> run(Shortcut.PLAY_PAUSE)),
                item("menu.step", Shortcut.STEP, () -> run(Shortcut.STEP)),
                item("menu.reset", Shortcut.RESET, () -> run(Shortcut.RESET)));
        Menu view = new Menu(I18n.get("menu.view"));
        CheckMenuItem dark = new CheckMenuItem(I18n.get("menu.dark"));
        dark.setId("menu-dark");
        dark.setSelected(prefs.theme() == Theme.DARK);
        dark.setAccelerator(Shortcut.DARK_THEME.keys());
        dark.setOnAction(e -> setTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        view.getItems().addAll(item("menu.tab.live", Shortcut.TAB_LIVE, () -> run(Shortcut.TAB_LIVE)),
                item("menu.tab.landscape", Shortcut.TAB_LANDSCAPE, () -> run(Shortcut.TAB_LANDSCAPE)),
                item("menu.tab.surface", Shortcut.TAB_SURFACE, () -> run(Shortcut.TAB_SURFACE)),
                item("menu.tab.cnn", Shortcut.TAB_CNN, () -> run(Shortcut.TAB_CNN)),
                pageViews(),
                new SeparatorMenuItem(),
                item("menu.hideControls", Shortcut.HIDE_CONTROLS, this::toggleControls),
                item("menu.fullScreen", Shortcut.FULL_SCREEN, this::toggleFullScreen),
                new SeparatorMenuItem(),
                item("menu.larger", Shortcut.LARGER_TEXT, () -> run(Shortcut.LARGER_TEXT)),
                item("menu.smaller", Shortcut.SMALLER_TEXT, () -> run(Shortcut.SMALLER_TEXT)),
                item("menu.normal", Shortcut.NORMAL_TEXT, () -> run(Shortcut.NORMAL_TEXT)),
                dark);
        Menu language = new Menu(I18n.get("menu.language"));
        ToggleGroup g = new ToggleGroup();
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            // each language is named in itself, so a user who reads only one finds it
            RadioMenuItem r = new RadioMenuItem(l.equals(Locale.ENGLISH) ? "English" : "\u7b80\u4f53\u4e2d\u6587");
            r.setId("menu-language-" + l.getLanguage());
            r.setToggleGroup(g);
            r.setSelected(l.equals(prefs.locale()));
            r.setOnAction(e -> setLocale(l));
            language.getItems().add(r);
        }
        Menu helpMenu = new Menu(I18n.get("menu.help"));
        helpMenu.getItems().addAll(item("menu.shortcuts", Shortcut.HELP, this::toggleHelp),
                item("menu.glossary", null, () -> Glossary.show(stage, I18n.get("glossary.title"),
                        I18n.get("glossary.english"), I18n.get("glossary.chinese"), I18n.get("glossary.alternatives"),
                        I18n.get("help.close"))),
                item("menu.about", null, () -> About.show(stage)));
        MenuBar bar = new MenuBar(file, lessons, training, view, language, helpMenu);
        bar.setId("menu-bar");
        return bar;
    }
}
