package bnlab.app.shell;

import bnlab.app.FakeSession;
import bnlab.app.WindowFixture;
import bnlab.app.controls.LoadedData;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The whole window (menus, shortcuts, views) on a fake engine, shown in a stage of a given size. FX thread. */
public final class ShellFixture {
    private ShellFixture() {
    }

    public static Shell show(Stage stage, FakeSession session, UiPrefs prefs, Consumer<UiPrefs> remember, int width,
                             int height) {
        Shell shell = new Shell(stage, session, WindowFixture.SOURCE, Executors.newSingleThreadExecutor(),
                LoadedData.of(WindowFixture.TINY), null, prefs, remember);
        Scene scene = new Scene(shell.root(), width, height);
        shell.style(scene);
        stage.setScene(scene);
        // a stage sized by an earlier test (LayoutTest's 3840 px) would keep its size and stretch the scene
        stage.sizeToScene();
        stage.show();
        return shell;
    }

    /** The window in English at 1600 x 1000, its choices kept in memory (the walks over every screen). */
    public static Shell english(Stage stage, FakeSession session) {
        return show(stage, session, new UiPrefs(java.util.Locale.ENGLISH, bnlab.app.style.Theme.LIGHT, 1.0, true),
                p -> { }, 1600, 1000);
    }

    /** Shows each tab of the window in turn, with the latest snapshot drawn, and runs visit on it (FX thread). */
    public static void eachTab(org.testfx.api.FxRobot robot, Shell shell, Runnable visit) {
        javafx.scene.control.TabPane tabs = shell.window().tabs();
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int k = i;
            robot.interact(() -> {
                tabs.getSelectionModel().select(k);
                shell.window().pump().flush();
            });
            robot.interact(visit);
        }
    }
}
