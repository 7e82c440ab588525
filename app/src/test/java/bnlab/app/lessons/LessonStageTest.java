package bnlab.app.lessons;

import bnlab.app.FakeSession;
import bnlab.app.MainWindow;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import bnlab.app.i18n.I18n;
import bnlab.app.shell.Shell;
import bnlab.app.shell.ShellFixture;
import bnlab.app.shell.Shortcut;
import bnlab.app.shell.UiPrefs;
import bnlab.app.style.Theme;
import bnlab.engine.api.Command;
import bnlab.engine.api.Setting;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A lesson on the stage, on a fake engine: the set-up it sends, the prediction before the buttons,
 * the keys for the steps, moving back without touching the training, the full panel one click away
 * and back, a new language keeping the lesson and its step, the start page on first launch, and a
 * broken lesson file refused with its name.
 */
@ExtendWith(ApplicationExtension.class)
class LessonStageTest {
    private final FakeSession session = new FakeSession();
    private final List<UiPrefs> remembered = new ArrayList<>();
    private Shell shell;
    private Lesson sample;

    @Start
    void start(Stage stage) throws Exception {
        System.setProperty("bnlab.lessons", Path.of("src", "test", "resources", "lessons").toString());
        sample = LessonFiles.read(Path.of("src", "test", "resources", "lessons", "sample.json"));
        // a first launch: the start page opens by itself, and is remembered as seen
        shell = ShellFixture.show(stage, session, new UiPrefs(Locale.ENGLISH, Theme.LIGHT, 1.0, false),
                remembered::add, 1600, 1000);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
        System.clearProperty("bnlab.lessons");
    }

    private MainWindow window() {
        return shell.window();
    }

    private void press(FxRobot robot, Shortcut s) {
        KeyCodeCombination c = (KeyCodeCombination) s.keys();
        robot.interact(() -> shell.root().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", c.getCode(), false,
                false, false, false)));
    }

    private static <T extends Node> T node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    @Test
    void theFirstLaunchOpensOnTheLessonsAndRemembersIt(FxRobot robot) {
        assertEquals(MainWindow.Mode.START, window().mode());
        assertTrue(shell.prefs().startPageSeen());
        assertTrue(remembered.get(remembered.size() - 1).startPageSeen());
        assertNotNull(robot.lookup("#start-lesson-sample").query(), "the teacher's own lesson is listed");
        robot.interact(() -> ((Button) node(robot, "#start-full-panel")).fire());
        assertEquals(MainWindow.Mode.PANEL, window().mode());
        press(robot, Shortcut.LESSONS);
        assertEquals(MainWindow.Mode.START, window().mode(), "F2 shows the lessons");
    }

    @Test
    void aLessonSetsUpItsExperimentAndWaitsForThePrediction(FxRobot robot) {
        robot.interact(() -> ((Button) node(robot, "#start-lesson-sample")).fire());
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        Command.Open open = (Command.Open) session.sent.stream().filter(c -> c instanceof Command.Open)
                .reduce((a, b) -> b).orElseThrow();
        assertEquals(List.of(32, 32), open.spec().hidden());
        assertEquals(7L, open.spec().seed());
        assertEquals(1.0, open.spec().sigma());
        assertEquals(0.1, open.settings().learningRate());
        assertEquals(30.0, open.settings().stepsPerSecond());
        assertEquals("A sample lesson", sample.title().en());
        assertEquals(I18n.get("lesson.stepOf", 1, 2), ((Labeled) node(robot, "#lesson-step-number")).getText());
        // the panel's colour runs to its foot below a short step, not the window's white
        javafx.scene.layout.Background panel = ((javafx.scene.layout.Region) node(robot, "#lesson-panel")).getBackground();
        assertNotNull(panel, "the step's panel has its own colour");
        assertEquals(javafx.scene.paint.Color.web("#fbfbf8"), panel.getFills().get(0).getFill());

        Button act = node(robot, "#lesson-action-0");
        assertTrue(act.isDisabled(), "the buttons wait for the class's prediction");
        // the callout of what to watch (it often says what happens) waits too; a veil keeps its place
        assertFalse(node(robot, "#lesson-watch").isVisible(), "the class predicts blind");
        assertTrue(node(robot, "#lesson-watch-veiled").isVisible());
        assertTrue(((Button) node(robot, "#lesson-reveal")).isDisabled());
        double[] at = new double[1];
        robot.interact(() -> at[0] = act.localToScene(act.getLayoutBounds()).getMinY());
        // a click on a choice's words chooses it, as on its mark
        robot.interact(() -> node(robot, "#lesson-choice-text-1").fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, javafx.scene.input.MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, false, false, false, null)));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window().lessonStage().model().prediction());
        Button opened = node(robot, "#lesson-action-0");
        assertFalse(opened.isDisabled());
        // the hint "predict first" gives way without moving the buttons up under the pointer
        robot.interact(() -> assertEquals(at[0], opened.localToScene(opened.getLayoutBounds()).getMinY(), 0.5));
        assertFalse(node(robot, "#lesson-predict-first").isVisible());
        // chosen, the choice can still change: the callout (it often says what happens) waits for the step to run
        // or the answer to be asked for
        assertFalse(node(robot, "#lesson-watch").isVisible(), "chosen, not yet run: the callout would tip the choice");
        assertTrue(node(robot, "#lesson-watch-veiled").isVisible());
        robot.interact(() -> ((Button) node(robot, "#lesson-reveal")).fire());
        assertTrue(node(robot, "#lesson-watch").isVisible(), "answered: now where to look");
        assertFalse(node(robot, "#lesson-watch-veiled").isVisible());
        String choice = sample.steps().get(0).predict().choices().get(0).en();
        assertEquals(I18n.get("lesson.wrong", choice),
                bnlab.app.style.Balanced.text((Labeled) node(robot, "#lesson-answer")),
                "the answer says which choice the screen confirmed");
        assertEquals(sample.steps().get(0).predict().explain().en(),
                ((Labeled) node(robot, "#lesson-explain")).getText());
        assertTrue(((RadioButton) node(robot, "#lesson-choice-0")).isDisabled(), "no changing the answer after");
        assertEquals(1, node(robot, "#lesson-choice-0").getOpacity(), "fixed, not faded: the room still reads it");

        int before = session.sent.size();
        robot.interact(() -> ((Button) node(robot, "#lesson-action-0")).fire());
        List<Command> sent = session.sent.subList(before, session.sent.size());
        assertInstanceOf(Command.Pause.class, sent.get(0));
        assertEquals(new Command.Step(20), sent.get(1));
    }

    private static Lesson covering(String... parts) throws Exception {
        return LessonFiles.parse(LessonFilesTest.broken(r -> {
            var hide = ((com.fasterxml.jackson.databind.node.ObjectNode) r.get("steps").get(0).get("predict"))
                    .putArray("hide");
            for (String p : parts) {
                hide.add(p);
            }
        }), "sample.json");
    }

    private static double sceneY(FxRobot robot, Node n) {
        double[] y = new double[1];
        robot.interact(() -> y[0] = n.localToScene(n.getLayoutBounds()).getMinY());
        return y[0];
    }

    /**
     * Where a step's views or formula would answer its question before anything runs, they wait under a
     * cover until the class has chosen; the choices do not move when the formula appears.
     */
    @Test
    void viewsAndFormulaThatWouldAnswerWaitForTheChoice(FxRobot robot) throws Exception {
        Lesson l = covering("views", "formula");
        robot.interact(() -> window().openLesson(l));
        assertTrue(node(robot, "#lesson-views-cover").isVisible(), "the views wait");
        assertEquals(l.steps().get(0).predict().question().en(),
                bnlab.app.style.Balanced.text((Labeled) node(robot, "#lesson-cover-question")),
                "the question where the class looks");
        assertFalse(node(robot, "#lesson-formula").isVisible(), "the formula waits");
        assertTrue(node(robot, "#lesson-formula-covered").isVisible());
        double choiceY = sceneY(robot, node(robot, "#lesson-choice-1"));
        Labeled second = node(robot, "#lesson-cover-choice-1");
        assertEquals(l.steps().get(0).predict().choices().get(1).en(), second.getText(), "the choices, large, on the cover");
        assertEquals(I18n.get("lesson.choiceKey", 2), ((Labeled) second.getGraphic()).getText(), "numbered as its key");
        robot.interact(() -> ((RadioButton) node(robot, "#lesson-choice-1")).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(node(robot, "#lesson-views-cover").isVisible(), "chosen: the views show");
        assertTrue(node(robot, "#lesson-formula").isVisible());
        assertFalse(node(robot, "#lesson-formula-covered").isVisible());
        assertEquals(choiceY, sceneY(robot, node(robot, "#lesson-choice-1")), 0.5, "the choices stay put");
        // a step that asks nothing covers nothing; back again, the choice still stands
        robot.interact(() -> window().lessonStage().model().next());
        assertFalse(node(robot, "#lesson-views-cover").isVisible());
        robot.interact(() -> window().lessonStage().model().previous());
        assertFalse(node(robot, "#lesson-views-cover").isVisible());
    }

    /** A choice made on the cover is the class's choice: the panel shows it and the buttons come alive. */
    @Test
    void aChoiceOnTheCoverIsTheClassesChoice(FxRobot robot) throws Exception {
        Lesson l = covering("views");
        robot.interact(() -> window().openLesson(l));
        robot.interact(() -> ((Button) node(robot, "#lesson-cover-choice-0")).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window().lessonStage().model().prediction());
        assertTrue(((RadioButton) node(robot, "#lesson-choice-0")).isSelected());
        assertFalse(((Button) node(robot, "#lesson-action-0")).isDisabled());
        assertFalse(node(robot, "#lesson-views-cover").isVisible());
    }

    /** At the projector the keys 1, 2, 3 pick the class's answer and A shows the answer; once shown it stays. */
    @Test
    void theDigitKeysPickTheClassesAnswer(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        press(robot, Shortcut.REVEAL_ANSWER);
        assertFalse(window().lessonStage().model().revealed(), "no answer before the class has chosen");
        press(robot, Shortcut.CHOICE_2);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window().lessonStage().model().prediction());
        assertTrue(((RadioButton) node(robot, "#lesson-choice-1")).isSelected());
        press(robot, Shortcut.CHOICE_3);
        assertEquals(1, window().lessonStage().model().prediction(), "the sample has two choices: 3 picks none");
        press(robot, Shortcut.REVEAL_ANSWER);
        assertTrue(window().lessonStage().model().revealed());
        assertTrue(node(robot, "#lesson-answer").isVisible(), "the verdict shows");
        press(robot, Shortcut.CHOICE_1);
        assertEquals(1, window().lessonStage().model().prediction(), "no changing the answer once it is shown");
    }

    /** The teacher can lift the cover to talk about the views first; the buttons still wait for a choice. */
    @Test
    void theTeacherCanShowTheCoveredViewsAtOnce(FxRobot robot) throws Exception {
        Lesson l = covering("views", "formula");
        robot.interact(() -> window().openLesson(l));
        assertTrue(node(robot, "#lesson-views-cover").isVisible());
        robot.interact(() -> ((Button) node(robot, "#lesson-views-uncover")).fire());
        assertFalse(node(robot, "#lesson-views-cover").isVisible());
        assertFalse(node(robot, "#lesson-formula").isVisible(), "the formula still waits: only the views were shown");
        robot.interact(() -> ((javafx.scene.control.Hyperlink) node(robot, "#lesson-formula-uncover")).fire());
        assertTrue(node(robot, "#lesson-formula").isVisible());
        assertTrue(((Button) node(robot, "#lesson-action-0")).isDisabled(), "the prediction still comes first");
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertFalse(node(robot, "#lesson-views-cover").isVisible(), "another language keeps them shown");
    }

    /**
     * Lesson 1 keeps the race's step counts back until the class has said which side gets there first and run the
     * race (a choice alone showed 2,741 against 12, and the race then showed nothing new).
     */
    @Test
    void theCanyonRaceKeepsItsResultUntilTheClassHasChosenAndRunIt(FxRobot robot) {
        Lesson l = LessonLibrary.load(Path.of("target", "no-such-folder")).byId("canyon-bowl");
        robot.interact(() -> window().openLesson(l));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(I18n.get("landscape.steps.withheld"), ((Labeled) node(robot, "#raw-steps")).getText());
        assertFalse(node(robot, "#lesson-views-cover").isVisible(), "the shapes stay in view to reason from");
        robot.interact(() -> ((RadioButton) node(robot, "#lesson-choice-1")).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(I18n.get("landscape.steps.withheld"), ((Labeled) node(robot, "#raw-steps")).getText(),
                "chosen, the race not yet run");
        robot.interact(() -> ((Button) node(robot, "#lesson-action-0")).fire());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertEquals(I18n.get("landscape.steps", 2741), ((Labeled) node(robot, "#raw-steps")).getText());
        assertEquals(I18n.get("landscape.steps", 12), ((Labeled) node(robot, "#std-steps")).getText());
    }

    /** A step that asks but has no buttons (lesson 9 step 2) does not ask the class to run it: its veil says "answer". */
    @Test
    void aQuestionWithoutButtonsIsVeiledUntilTheAnswer(FxRobot robot) {
        Lesson l = LessonLibrary.load(Path.of("target", "no-such-folder")).byId("placement");
        robot.interact(() -> window().openLesson(l));
        LessonModel m = window().lessonStage().model();
        robot.interact(m::next);
        assertTrue(m.current().actions().isEmpty() && m.current().predict() != null, "lesson 9 step 2 asks, no buttons");
        assertEquals(I18n.get("lesson.watchAfterAnswer"), ((Labeled) node(robot, "#lesson-watch-veiled")).getText());
        robot.interact(() -> m.predict(0));
        robot.interact(m::reveal);
        assertTrue(m.watchOpen());
    }

    /**
     * Lesson 9 step 4 asks nothing, and its callout tells what its button brings about ("drops back to about 0"): shown
     * as the step opened, beside step 3's views, it contradicted them (bars at 55-69 %). It is veiled until the step
     * has run; the step before, whose callout tells what it shows as it opens, is not.
     */
    @Test
    void aCalloutOfWhatAButtonBringsWaitsForTheButton(FxRobot robot) {
        Lesson l = LessonLibrary.load(Path.of("target", "no-such-folder")).byId("placement");
        robot.interact(() -> window().openLesson(l));
        LessonModel m = window().lessonStage().model();
        robot.interact(() -> {
            m.next();
            m.next();
            m.next();
        });
        assertEquals(3, m.stepProperty().get());
        assertTrue(m.current().predict() == null && m.current().watchAfterRun());
        assertFalse(m.watchOpen());
        assertFalse(node(robot, "#lesson-watch").isVisible());
        assertEquals(I18n.get("lesson.watchAfterRun"), ((Labeled) node(robot, "#lesson-watch-veiled")).getText());
        assertTrue(node(robot, "#lesson-watch-veiled").isVisible());
        robot.interact(() -> m.act(0));
        assertTrue(m.watchOpen());
        assertTrue(node(robot, "#lesson-watch").isVisible());
        // lesson 8 step 2's callout is of what shows as it opens (y equals x, value by value): not veiled
        Lesson.Step open = LessonLibrary.load(Path.of("target", "no-such-folder")).byId("gamma-beta").steps().get(1);
        assertTrue(open.predict() == null && open.watch() != null && !open.watchAfterRun());
    }

    /**
     * At 1280 x 720 every question of the lessons starts in sight when its step opens, in both languages: the
     * callout of what to watch (or its veil, as tall) stood between the text and the question and pushed the question,
     * its choices and the run button below the panel's foot (lesson 1 step 1 in Chinese). The callout now follows the
     * buttons.
     */
    @Test
    void everyQuestionStartsInSightAt1280x720(FxRobot robot) {
        LessonLibrary.Loaded lib = at1280x720(robot);
        List<String> hidden = new ArrayList<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            robot.interact(() -> shell.setLocale(locale));
            for (Lesson l : lib.lessons()) {
                if (l.id().equals("sample")) {
                    continue;
                }
                robot.interact(() -> window().openLesson(l));
                LessonModel m = window().lessonStage().model();
                for (int k = 0; k < l.steps().size(); k++) {
                    if (k > 0) {
                        robot.interact(m::next);
                    }
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                    if (m.current().predict() == null) {
                        continue;
                    }
                    int step = k + 1;
                    robot.interact(() -> {
                        javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
                        Node q = node(robot, "#lesson-question");
                        double top = panel.getContent().sceneToLocal(q.localToScene(q.getLayoutBounds())).getMinY();
                        double shown = panel.getViewportBounds().getHeight();
                        if (top + 40 > shown) {
                            hidden.add(locale.getLanguage() + " " + l.id() + " step " + step + ": question at " + top
                                    + " of " + shown + " px");
                        }
                    });
                }
            }
        }
        assertTrue(hidden.isEmpty(), String.join("\n", hidden));
    }

    /**
     * At 1280 x 720 in Chinese and English, what comes alive below the class's reading is scrolled into sight: the
     * buttons once a choice is made (where a step has none, the one that shows the answer: lesson 13 step 1's stayed
     * under the panel's foot in English), the callout of what to watch once the step has run (the buttons sat half
     * under the panel's foot and the callout, with the numbers to check, showed one line: a teacher's review), and
     * the panel's top edge cuts no line in two (it went through the middle of one: the lower halves of its
     * characters showed).
     */
    @Test
    void whatComesAliveIsScrolledIntoSightAt1280x720(FxRobot robot) {
        List<String> hidden = new ArrayList<>();
        int checked = eachQuestion(robot, (l, k, locale) ->
                aliveInSight(robot, l, k, locale + " " + l.id() + " step " + (k + 1), hidden));
        assertTrue(checked > 20, "steps checked: " + checked);
        assertTrue(hidden.isEmpty(), String.join("\n", hidden));
    }

    /**
     * Every step's buttons lie within the lesson panel at 1280 x 720 in both languages, their words whole: lesson 15
     * step 2's "Repeat: batches of 4, 16 and 120, seeds 1 to 20, 2,000 steps each" ran past the panel's right edge,
     * cut after "seeds 1 to"; then broke "…seeds / 1 to 20". A button on two lines with a comma or colon in its words
     * breaks after one; a button on one line is as wide as its words (not the panel's width).
     */
    @Test
    void everyButtonFitsThePanelAt1280x720(FxRobot robot) {
        LessonLibrary.Loaded lib = at1280x720(robot);
        List<String> cut = new ArrayList<>();
        int checked = 0;
        int[] multi = {0};
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            robot.interact(() -> shell.setLocale(locale));
            for (Lesson l : lib.lessons()) {
                for (int k = 0; k < l.steps().size(); k++) {
                    if (l.id().equals("sample") || l.steps().get(k).actions().isEmpty()) {
                        continue;
                    }
                    int step = k;
                    robot.interact(() -> window().openLesson(l, step));
                    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
                    String at = locale + " " + l.id() + " step " + (k + 1) + " ";
                    robot.interact(() -> {
                        javafx.scene.control.ScrollPane panel =
                                (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
                        double right = panel.getViewportBounds().getWidth();
                        javafx.scene.Parent actions = node(robot, "#lesson-actions");
                        for (Node n : actions.getChildrenUnmodifiable()) {
                            javafx.scene.control.Button b = (javafx.scene.control.Button) n;
                            double edge = panel.getContent().sceneToLocal(b.localToScene(b.getLayoutBounds())).getMaxX();
                            javafx.scene.text.Text shown = (javafx.scene.text.Text) b.lookup(".text");
                            String own = bnlab.app.style.Balanced.text(b);
                            List<String> lines = bnlab.app.TextLines.of(shown);
                            if (edge > right + 0.5) {
                                cut.add(at + own + ": right edge " + Math.round(edge) + " of " + Math.round(right));
                            } else if (!shown.getText().replace("\n", "").equals(own.replace("\n", ""))) {
                                cut.add(at + own + ": shows " + shown.getText());
                            } else if (lines.size() > 1 && own.matches(".*([,:] |[，：]).*")
                                    && !lines.get(0).strip().matches(".*[,:，：]$")) {
                                cut.add(at + own + ": breaks at " + lines); // a comma in the text, none at the break
                            } else if (lines.size() == 1 && b.getWidth() > new javafx.scene.text.Text(own) {{
                                        setFont(shown.getFont());
                                    }}.getLayoutBounds().getWidth() + b.getInsets().getLeft() + b.getInsets().getRight() + 8) {
                                cut.add(at + own + ": " + Math.round(b.getWidth()) + " px wide for its words on one line");
                            }
                            multi[0] += lines.size() > 1 ? 1 : 0;
                        }
                    });
                    checked++;
                }
            }
        }
        assertTrue(checked > 40, "steps with buttons checked: " + checked);
        assertTrue(multi[0] >= 2, "buttons on two lines: " + multi[0]);
        assertTrue(cut.isEmpty(), String.join("\n", cut));
    }

    /**
     * The answer shown before the step has run: the verdict in sight, and the step's buttons with it wherever the
     * question and the buttons fit in the panel together (lesson 3 step 2 in Chinese at 1280 x 720: the answer pushed
     * "显示统计量" under the panel's foot, and the pointer, which follows the question, did not show).
     */
    @Test
    void theAnswerShownBeforeTheRunKeepsTheButtonsInSight(FxRobot robot) {
        List<String> hidden = new ArrayList<>();
        int[] together = {0};
        eachQuestion(robot, (l, k, locale) -> {
            Lesson.Step st = l.steps().get(k);
            if (st.actions().isEmpty()) {
                return;
            }
            String at = locale + " " + l.id() + " step " + (k + 1);
            robot.interact(() -> window().openLesson(l, k));
            LessonModel m = window().lessonStage().model();
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> m.predict(st.predict().answer()));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(m::reveal);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
                Node box = panel.getContent();
                Node q = node(robot, "#lesson-prediction");
                Node b = node(robot, "#lesson-action-0").getParent(); // all the step's buttons
                double span = box.sceneToLocal(b.localToScene(b.getLayoutBounds())).getMaxY()
                        - box.sceneToLocal(q.localToScene(q.getLayoutBounds())).getMinY();
                note(hidden, at + " the answer ", outOfSight(robot, "#lesson-answer", false));
                if (span <= panel.getViewportBounds().getHeight()) {
                    together[0]++;
                    note(hidden, at + " the buttons ", outOfSight(robot, "#lesson-actions", true));
                }
                note(hidden, at + " answer shown, the top cuts ", cutAtTop(robot));
            });
        });
        assertTrue(together[0] > 10, "steps whose question and buttons fit together: " + together[0]);
        assertTrue(hidden.isEmpty(), String.join("\n", hidden));
    }

    // what was found out of place, after what it is, where something was
    private static void note(List<String> hidden, String what, String found) {
        if (found != null) {
            hidden.add(what + found);
        }
    }

    /** What is done with one step's question in one language. */
    private interface Question {
        void check(Lesson l, int step, Locale locale);
    }

    /** Each step with a question of the bundled lessons, in Chinese then English, at 1280 x 720; how many. */
    private int eachQuestion(FxRobot robot, Question q) {
        LessonLibrary.Loaded lib = at1280x720(robot);
        int n = 0;
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            robot.interact(() -> shell.setLocale(locale));
            for (Lesson l : lib.lessons()) {
                for (int k = 0; k < l.steps().size(); k++) {
                    if (!l.id().equals("sample") && l.steps().get(k).predict() != null) {
                        q.check(l, k, locale);
                        n++;
                    }
                }
            }
        }
        return n;
    }

    // the step's choice made, then its first button run: what each brings alive in sight, the top cutting nothing
    private void aliveInSight(FxRobot robot, Lesson l, int step, String at, List<String> hidden) {
        Lesson.Step st = l.steps().get(step);
        robot.interact(() -> window().openLesson(l, step));
        LessonModel m = window().lessonStage().model();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> m.predict(st.predict().answer()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        // without buttons, the one that shows the answer is what the choice brings alive
        String alive = st.actions().isEmpty() ? "#lesson-reveal" : "#lesson-action-0";
        robot.interact(() -> {
            note(hidden, at + " buttons ", outOfSight(robot, alive, true));
            note(hidden, at + " buttons shown, the top cuts ", cutAtTop(robot));
        });
        if (st.watch() != null && !st.actions().isEmpty()) {
            robot.interact(() -> m.act(0));
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                note(hidden, at + " callout ", outOfSight(robot, "#lesson-watch", false));
                note(hidden, at + " callout shown, the top cuts ", cutAtTop(robot));
            });
        }
    }

    /**
     * At 1280 x 720 lesson 4 step 1's choices and Play lie under the panel's foot: a pointer at the foot says so and
     * brings them into sight; once they are in sight it goes. A step whose question shows whole has none.
     */
    @Test
    void aQuestionUnderThePanelsFootIsPointedAt(FxRobot robot) {
        LessonLibrary.Loaded lib = at1280x720(robot);
        robot.interact(() -> window().openLesson(lib.byId("figure1")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button below = (javafx.scene.control.Button) node(robot, "#lesson-below");
        assertNotNull(outOfSight(robot, "#lesson-prediction", true), "lesson 4 step 1's choices under the fold");
        assertTrue(below.isVisible());
        assertEquals(I18n.get("lesson.questionBelow"), below.getText());
        robot.interact(() -> {
            // under the step's scroll, not over it: laid over its corner it covered a partly shown choice's end
            Node scroll = node(robot, "#lesson-panel");
            double scrollFoot = scroll.localToScene(scroll.getLayoutBounds()).getMaxY();
            double pointerTop = below.localToScene(below.getLayoutBounds()).getMinY();
            assertTrue(pointerTop >= scrollFoot - 0.5, "the pointer's top " + pointerTop + " over the scroll's foot "
                    + scrollFoot);
        });
        robot.interact(() -> {
            // as wide as its words, in the corner: stretched across the panel it covered the first choice
            double panel = node(robot, "#lesson-panel").getLayoutBounds().getWidth();
            assertTrue(below.getWidth() <= below.prefWidth(-1) + 1 && below.getWidth() < panel - 100,
                    "the pointer " + below.getWidth() + " px wide in a panel of " + panel);
        });
        robot.interact(below::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertNull(outOfSight(robot, "#lesson-prediction", true));
        assertFalse(below.isVisible(), "gone once the question is in sight");
        robot.interact(() -> window().openLesson(lib.byId("canyon-bowl")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        if (outOfSight(robot, "#lesson-prediction", true) == null) {
            assertFalse(node(robot, "#lesson-below").isVisible(), "a question in sight: no pointer");
        }
    }

    /** The window at 1280 x 720, and the bundled lessons. */
    private LessonLibrary.Loaded at1280x720(FxRobot robot) {
        robot.interact(() -> {
            javafx.stage.Window w = shell.root().getScene().getWindow();
            w.setWidth(1280);
            w.setHeight(720);
        });
        return LessonLibrary.load(Path.of("target", "no-such-folder"));
    }

    // null where the node shows in the lesson panel's viewport (whole, or from its top as far as the view reaches)
    private String outOfSight(FxRobot robot, String id, boolean whole) {
        javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
        Node n = node(robot, id);
        javafx.geometry.Bounds b = panel.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
        double view = panel.getViewportBounds().getHeight();
        double range = panel.getContent().getLayoutBounds().getHeight() - view;
        double top = range > 0 ? panel.getVvalue() * range : 0;
        boolean shows = b.getMinY() >= top - 1 && (b.getMaxY() <= top + view + 1 || !whole && b.getHeight() > view / 2
                && b.getMinY() <= top + view / 2);
        return shows ? null : String.format("at %.0f-%.0f, view %.0f-%.0f", b.getMinY(), b.getMaxY(), top, top + view);
    }

    /**
     * What the lesson panel's top edge cuts in two, or null: a line of a text (where the caret of the character at
     * the edge spans it), a button or a choice (2 px at either end are the line's leading, not its characters).
     */
    private String cutAtTop(FxRobot robot) {
        javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
        javafx.scene.Parent box = (javafx.scene.Parent) panel.getContent();
        double range = box.getLayoutBounds().getHeight() - panel.getViewportBounds().getHeight();
        double top = range > 0 ? panel.getVvalue() * range : 0;
        for (Node n : box.lookupAll(".text")) {
            if (!(n instanceof javafx.scene.text.Text t) || !t.isVisible() || !t.getParent().isVisible()
                    || t.getText().isEmpty()) {
                continue;
            }
            double y = t.sceneToLocal(box.localToScene(0, top)).getY();
            javafx.geometry.Bounds tb = t.getLayoutBounds();
            if (y <= tb.getMinY() || y >= tb.getMaxY()) {
                continue;
            }
            int i = Math.min(t.hitTest(new javafx.geometry.Point2D(1, y)).getCharIndex(), t.getText().length() - 1);
            javafx.geometry.Bounds caret = new javafx.scene.shape.Path(t.caretShape(i, true)).getBoundsInLocal();
            if (y > caret.getMinY() + 2 && y < caret.getMaxY() - 2) {
                return "\"" + t.getText().substring(i, Math.min(t.getText().length(), i + 12)) + "\" at " + top;
            }
        }
        for (String kind : List.of(".button", ".radio-button")) {
            for (Node n : box.lookupAll(kind)) {
                javafx.geometry.Bounds b = box.sceneToLocal(n.localToScene(n.getBoundsInLocal()));
                if (n.isVisible() && top > b.getMinY() + 2 && top < b.getMaxY() - 2) {
                    return n.getId() + " at " + top;
                }
            }
        }
        return null;
    }

    /** The last step's Next leads on to the next lesson in the library's order; the last lesson's stays greyed. */
    @Test
    void theLastStepLeadsOnToTheNextLesson(FxRobot robot) {
        LessonLibrary.Loaded lib = LessonLibrary.load(Path.of("target", "no-such-folder"));
        Lesson first = lib.byId("canyon-bowl");
        robot.interact(() -> window().openLesson(first, first.steps().size() - 1));
        Button next = node(robot, "#lesson-next");
        assertEquals(I18n.get("lesson.nextLesson", 2), next.getText());
        assertFalse(next.isDisabled());
        robot.interact(next::fire);
        assertEquals("saturation-init", window().lessonStage().model().lesson().id());
        assertEquals(0, window().lessonStage().model().stepProperty().get());
        assertEquals(I18n.get("lesson.next"), ((Button) node(robot, "#lesson-next")).getText());
        // the window's library holds this test's own lessons too (the sample, after the built-in ones)
        Lesson last = LessonLibrary.load(Path.of("src", "test", "resources", "lessons")).lessons().stream()
                .max(java.util.Comparator.comparingInt(Lesson::order)).orElseThrow();
        robot.interact(() -> window().openLesson(last, last.steps().size() - 1));
        assertTrue(((Button) node(robot, "#lesson-next")).isDisabled(), "no lesson after the last");
    }

    /** The question wraps into even lines as the step's title does: its width is the balanced one, not all the room. */
    @Test
    void theQuestionIsBalancedLikeTheTitle(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.Label q = (javafx.scene.control.Label) node(robot, "#lesson-question");
            assertTrue(q.getPrefWidth() > 0, "a width worked out for it: " + q.getPrefWidth());
            javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
            assertTrue(q.getPrefWidth() <= panel.getViewportBounds().getWidth(), "within the panel");
        });
    }

    /**
     * A choice, the verdict, the step's text or the answer's explanation that wraps keeps more than one character
     * (Chinese) or word (English) on its last line at 1280 x 720: wrapped in all their room, lesson 9 step 3's "在中间，和
     * BN 放在 sigmoid 之前时一样" left "样" alone, lesson 1 step 1's "Right: The standardized side (the bowl)" left
     * "bowl)", lesson 1 step 3's explanation "适。".
     */
    @Test
    void noChoiceNorVerdictLeavesAWordAlone(FxRobot robot) {
        List<String> alone = new ArrayList<>();
        int[] wrapped = {0};
        eachQuestion(robot, (l, step, locale) -> {
            Lesson.Prediction p = l.steps().get(step).predict();
            robot.interact(() -> window().openLesson(l, step));
            LessonModel m = window().lessonStage().model();
            robot.interact(() -> m.predict(p.answer()));
            robot.interact(m::reveal);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            List<String> ids = new ArrayList<>();
            ids.add("#lesson-answer");
            // the paragraphs too: lesson 1 step 3's explanation left "适。" alone in Chinese
            ids.add("#lesson-text");
            ids.add("#lesson-explain");
            for (int i = 0; i < p.choices().size(); i++) {
                ids.add("#lesson-choice-text-" + i);
            }
            for (String id : ids) {
                List<String> lines = bnlab.app.TextLines.of((javafx.scene.text.Text) node(robot, id).lookup(".text"));
                String last = lines.get(lines.size() - 1).strip();
                boolean one = locale == Locale.ENGLISH ? !last.contains(" ") : last.codePointCount(0, last.length()) < 2;
                if (lines.size() > 1) {
                    wrapped[0]++;
                    if (one) {
                        alone.add(locale + " " + l.id() + " step " + (step + 1) + " " + id + ": " + lines);
                    }
                }
            }
        });
        assertTrue(wrapped[0] > 0, "some wrap");
        assertTrue(alone.isEmpty(), String.join("\n", alone));
    }

    /**
     * The question on the cover is balanced too: wrapped in all its room, lesson 2 step 5's broke inside a word
     * ("...最上层的梯度有多 / 少能到达第 1 层？").
     */
    @Test
    void theCoversQuestionIsBalancedLikeThePanels(FxRobot robot) throws Exception {
        Lesson l = covering("views");
        robot.interact(() -> window().openLesson(l));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.Label q = (javafx.scene.control.Label) node(robot, "#lesson-cover-question");
            javafx.scene.control.ScrollPane cover = (javafx.scene.control.ScrollPane) node(robot, "#lesson-views-cover");
            double room = cover.getViewportBounds().getWidth() - 80;
            assertTrue(room > 0);
            assertEquals(bnlab.app.style.Balanced.layout(bnlab.app.style.Balanced.text(q), q.getFont(), room).width(),
                    q.getPrefWidth(), 0.5,
                    "a width worked out for it");
            // its text centred over the choices (on one line in a wide cover it sat at the box's left)
            javafx.scene.Node text = q.lookup(".text");
            javafx.scene.Node choice = node(robot, "#lesson-cover-choice-0");
            assertEquals(choice.localToScene(choice.getBoundsInLocal()).getCenterX(),
                    text.localToScene(text.getBoundsInLocal()).getCenterX(), 2);
        });
    }

    /** The next step opens at its top: the panel scrolled down in one step showed the next from the middle. */
    @Test
    void anotherStepOpensAtItsTop(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        LessonModel m = window().lessonStage().model();
        javafx.scene.control.ScrollPane panel = (javafx.scene.control.ScrollPane) node(robot, "#lesson-panel");
        robot.interact(() -> panel.setVvalue(1));
        robot.interact(() -> m.predict(1));
        assertEquals(1.0, panel.getVvalue(), "a choice keeps the place");
        robot.interact(m::next);
        assertEquals(0.0, panel.getVvalue());
    }

    /** Chosen and then run (one of the step's buttons), the callout of what to watch shows, before the answer. */
    @Test
    void theCalloutShowsOnceTheStepRuns(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        LessonModel m = window().lessonStage().model();
        robot.interact(() -> m.predict(1));
        assertFalse(m.watchOpen());
        robot.interact(() -> m.act(0));
        assertTrue(m.watchOpen() && !m.revealed());
        assertTrue(node(robot, "#lesson-watch").isVisible());
        // the window built anew (another language) keeps it open
        assertTrue(m.memo().acted().contains(0));
    }

    /** A banner (a twin diverged) lies over the step's views, not over its panel: Next stays in reach. */
    @Test
    void aBannerLeavesTheStepsPanelClear(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        robot.interact(() -> window().alerts().showMessage("diverged"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            Node banner = window().alerts().node();
            assertTrue(banner.isVisible());
            javafx.geometry.Bounds b = banner.localToScene(banner.getLayoutBounds());
            for (String id : new String[]{"#lesson-next", "#lesson-previous", "#lesson-panel"}) {
                Node n = node(robot, id);
                javafx.geometry.Bounds p = n.localToScene(n.getLayoutBounds());
                assertFalse(b.intersects(p), id + " " + p + " under the banner " + b);
            }
        });
    }

    @Test
    void stepsFollowTheKeysAndGoingBackLeavesTheTraining(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        press(robot, Shortcut.NEXT_LESSON_STEP);
        assertEquals(1, window().lessonStage().model().stepProperty().get());
        assertEquals(sample.steps().get(1).title().en(),
                bnlab.app.style.Balanced.text((Labeled) node(robot, "#lesson-step-title")));
        int before = session.sent.size();
        press(robot, Shortcut.PREVIOUS_LESSON_STEP);
        assertEquals(0, window().lessonStage().model().stepProperty().get());
        assertEquals(before, session.sent.size(), "moving back sends nothing: the training stays as it is");
        press(robot, Shortcut.PREVIOUS_LESSON_STEP);
        assertEquals(0, window().lessonStage().model().stepProperty().get(), "no step before the first");
        press(robot, Shortcut.NEXT_LESSON_STEP);
        press(robot, Shortcut.NEXT_LESSON_STEP);
        assertEquals(1, window().lessonStage().model().stepProperty().get(), "no step after the last");
        // the second step's buttons: play, then a reset (the only one that resets)
        robot.interact(() -> ((Button) node(robot, "#lesson-action-0")).fire());
        assertInstanceOf(Command.Play.class, session.sent.get(session.sent.size() - 1));
        robot.interact(() -> ((Button) node(robot, "#lesson-action-1")).fire());
        assertInstanceOf(Command.Reset.class, session.sent.get(session.sent.size() - 1));
    }

    /** A refusal in the banner (lesson 6's batch of 1) was about the step left: the next step does not keep it. */
    @Test
    void aMessageInTheBannerGoesWithItsStep(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        robot.interact(() -> window().alerts().showMessage("refused"));
        assertTrue(node(robot, "#engine-message").getParent().isVisible());
        press(robot, Shortcut.NEXT_LESSON_STEP);
        assertFalse(node(robot, "#engine-message").getParent().isVisible(), "gone with the step it was about");
        robot.interact(() -> window().alerts().showMessage("refused"));
        press(robot, Shortcut.PREVIOUS_LESSON_STEP);
        assertFalse(node(robot, "#engine-message").getParent().isVisible(), "going back too");
    }

    @Test
    void theFullPanelIsOneClickAwayAndComesBackAsItWas(FxRobot robot) {
        robot.interact(() -> {
            window().openLesson(sample);
            window().showFullPanel();
            window().tabs().getSelectionModel().select(2);
            window().showControls(false);
            window().openLesson(sample);
        });
        robot.interact(() -> window().lessonStage().model().next());
        robot.interact(() -> ((Button) node(robot, "#lesson-full-panel")).fire());
        assertEquals(MainWindow.Mode.PANEL, window().mode());
        assertEquals(2, window().tabs().getSelectionModel().getSelectedIndex(), "the panel as it was");
        assertFalse(window().controlsShown());
        robot.interact(() -> ((Button) node(robot, "#lesson-back")).fire());
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        assertEquals(1, window().lessonStage().model().stepProperty().get(), "the lesson where it was");
        robot.interact(() -> ((Button) node(robot, "#lesson-all")).fire());
        assertEquals(MainWindow.Mode.START, window().mode());
        assertNull(window().lessonStage(), "leaving for all lessons closes the stage");
    }

    @Test
    void anotherLanguageKeepsTheLessonItsStepAndTheClassesAnswer(FxRobot robot) {
        robot.interact(() -> window().openLesson(sample));
        robot.interact(() -> {
            window().lessonStage().model().predict(0);
            window().lessonStage().model().reveal();
        });
        int sent = session.sent.size();
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        assertEquals(sent, session.sent.size(), "the lesson is not set up again");
        LessonModel m = window().lessonStage().model();
        assertEquals(0, m.stepProperty().get());
        assertTrue(m.revealed() && m.predictedRight());
        assertEquals(sample.steps().get(0).title().zh(),
                bnlab.app.style.Balanced.text((Labeled) node(robot, "#lesson-step-title")));
    }

    @Test
    void aBrokenLessonFileIsRefusedWithItsName(FxRobot robot) throws Exception {
        Path bad = Files.createDirectories(Path.of("target", "lesson-stage-test")).resolve("broken-lesson.json");
        Files.writeString(bad, LessonFilesTest.broken(r -> ((com.fasterxml.jackson.databind.node.ObjectNode)
                r.get("setup").get("settings")).put("LEARNING_RATE", -3)));
        robot.interact(() -> window().startPage().openFile(bad, window()::openLesson));
        Labeled problem = node(robot, "#start-file-problem");
        assertTrue(problem.getText().startsWith("broken-lesson.json"), problem.getText());
        assertEquals(MainWindow.Mode.START, window().mode(), "nothing of it is used");
        assertTrue(problem.getText().contains(I18n.label(Setting.LEARNING_RATE)));
    }
}
