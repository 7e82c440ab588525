package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.MainWindow;
import bnlab.app.SnapshotView;
import bnlab.app.i18n.I18n;
import bnlab.app.seeds.SeedsView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lessons' views the tabs do not hold (the BN transform by hand, BatchNorm and LayerNorm, the repeat over
 * seeds), each reached from the View menu of the full panel and shown on its own in place of the tabs: fed by the
 * pump while shown and no longer after, kept by a new language, left by the bar on top.
 */
@ExtendWith(ApplicationExtension.class)
class ViewPageTest {
    private final FakeSession session = new FakeSession();
    private Shell shell;

    @Start
    void start(Stage stage) {
        shell = ShellFixture.english(stage, session);
    }

    @AfterEach
    void english() {
        I18n.setLocale(Locale.ENGLISH);
    }

    private MainWindow window() {
        return shell.window();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").query();
        for (Menu m : bar.getMenus()) {
            MenuItem found = find(m, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static MenuItem find(MenuItem m, String id) {
        if (id.equals(m.getId())) {
            return m;
        }
        if (m instanceof Menu sub) {
            for (MenuItem i : sub.getItems()) {
                MenuItem found = find(i, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    @Test
    void theViewMenuShowsEachOfTheLessonsOtherViewsOnItsOwnAndTheBarLeadsBack(FxRobot robot) {
        assertEquals(List.of("bnTable", "axes", "seeds"), MainWindow.PAGE_VIEWS);
        for (String name : MainWindow.PAGE_VIEWS) {
            MenuItem item = menuItem(robot, "menu-view-" + name);
            assertNotNull(item, name);
            assertEquals(I18n.get(MainWindow.TITLES.get(name)), item.getText());
            robot.interact(item::fire);
            assertEquals(MainWindow.Mode.VIEW, window().mode());
            assertEquals(name, window().pageView());
            assertEquals(1, window().pageViews().size(), "one view, fed by the pump");
            SnapshotView v = window().pageViews().get(0);
            Node view = v.node();
            // a scroll pane's content joins the scene when its skin is made, at the next pulse (late on a busy machine)
            try {
                org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                        () -> view.getScene() != null);
            } catch (java.util.concurrent.TimeoutException e) {
                // asserted below
            }
            assertNotNull(view.getScene(), name + " is in the window");
            assertNotNull(window().controls().node().getScene(), "beside the controls: a set-up changed there is its own");
            assertNull(window().tabs().getScene(), "in the tabs' place");
            robot.interact(() -> window().pump().flush());
            assertTrue(window().pump().versionShown(v) != Long.MIN_VALUE, name + " is shown the training");
            robot.interact(() -> ((Button) robot.lookup("#view-page-back").query()).fire());
            assertEquals(MainWindow.Mode.PANEL, window().mode());
            assertNull(window().pageView());
            assertNull(view.getScene(), "back in the full panel: the view left the window");
            assertNotNull(window().tabs().getScene(), "the tabs are back");
            assertEquals(Long.MIN_VALUE, window().pump().versionShown(v), "and the pump no longer feeds it");
        }
        assertFalse(window().showView("histograms"), "a view of the tabs is not shown on its own");
        assertEquals(MainWindow.Mode.PANEL, window().mode());
    }

    /**
     * File > Export names what is shown as the window shows it: the tab, the view on its own, the lesson's title (the
     * dialog was titled "Export: figure1", the lesson's id).
     */
    @Test
    void whatIsShownIsTitledAsTheWindowShowsIt(FxRobot robot) {
        assertEquals(window().tabs().getSelectionModel().getSelectedItem().getText(), window().shownTitle());
        robot.interact(() -> window().showView("axes"));
        assertEquals(I18n.get(MainWindow.TITLES.get("axes")), window().shownTitle());
        robot.interact(() -> window().openLesson("figure1", 0));
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        assertTrue(window().shownTitle().startsWith(I18n.get("lesson.stageTitle", 4, "")), window().shownTitle());
        assertTrue(window().shownTitle().length() > I18n.get("lesson.stageTitle", 4, "").length() + 5,
                "with the lesson's title: " + window().shownTitle());
        assertFalse(window().shownTitle().contains("figure1"));
    }

    @Test
    void anotherLanguageKeepsTheViewOnShow(FxRobot robot) {
        robot.interact(() -> window().showView("axes"));
        robot.interact(() -> shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertEquals(MainWindow.Mode.VIEW, window().mode());
        assertEquals("axes", window().pageView());
        assertEquals(I18n.get("view.page.back"), ((Labeled) robot.lookup("#view-page-back").query()).getText());
        robot.interact(() -> window().showLessons());
        assertEquals(MainWindow.Mode.START, window().mode());
        assertNull(window().pageView());
    }

    /** A repeat over seeds on its own page stops when the page is left; one view replaces another. */
    @Test
    void leavingTheSeedsPageStopsItsRepeat(FxRobot robot) throws Exception {
        robot.interact(() -> window().showView("seeds"));
        SnapshotView v = window().pageViews().get(0);
        SeedsView seeds = assertInstanceOf(SeedsView.class, v);
        robot.interact(() -> seeds.configure(Map.of("seeds", 100, "steps", 3000, "batches", "2", "run", true)));
        robot.interact(() -> assertTrue(seeds.running()));
        robot.interact(() -> window().showView("bnTable"));
        assertEquals("bnTable", window().pageView());
        Thread.sleep(300);
        robot.interact(() -> assertFalse(seeds.running(), "the seeds page left the window: its repeat stopped"));
    }

    /** From a lesson, a view on its own keeps the way back to the lesson. */
    @Test
    void withALessonOpenTheBarAlsoLeadsBackToIt(FxRobot robot) {
        robot.interact(() -> window().openLesson("bn-by-hand"));
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        robot.interact(() -> window().showView("seeds"));
        assertEquals(MainWindow.Mode.VIEW, window().mode());
        robot.interact(() -> ((Button) robot.lookup("#lesson-back").query()).fire());
        assertEquals(MainWindow.Mode.LESSON, window().mode());
        assertNull(window().pageView());
        assertNotNull(window().lessonStage());
    }
}
