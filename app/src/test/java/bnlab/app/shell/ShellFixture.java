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
        stage.show();
        return shell;
    }
}
