package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * Banners above the views: the engine's message (a refused value, a load error), kept visible for a
 * few seconds after the engine stops sending it, and one bar per diverged twin with a button that
 * resets only that twin.
 */
public final class AlertBar implements SnapshotView {
    /** How long an engine message stays after the last snapshot that carried it. */
    static final long MESSAGE_NANOS = 8_000_000_000L;

    private final VBox root = new VBox(4);
    private final HBox messageBar;
    private final Label message = new Label();
    private final HBox[] divergedBars = new HBox[2];
    private final Label[] divergedText = {new Label(), new Label()};
    private long messageSeen;

    public AlertBar(Consumer<Command> send) {
        root.setId("alerts");
        message.setId("engine-message");
        message.setWrapText(true);
        Button dismiss = new Button("\u2715");
        dismiss.setId("dismiss-message");
        messageBar = bar("alert-message", message, dismiss);
        dismiss.setOnAction(e -> hide(messageBar));
        for (int i = 0; i < 2; i++) {
            boolean normalized = i == 0;
            divergedText[i].setId(normalized ? "diverged-bn" : "diverged-plain");
            divergedText[i].setWrapText(true);
            Button reset = new Button(I18n.get("alert.resetTwin"));
            reset.setId(normalized ? "reset-bn" : "reset-plain");
            reset.setOnAction(e -> send.accept(new Command.ResetTwin(normalized)));
            divergedBars[i] = bar("alert-diverged", divergedText[i], reset);
        }
        root.getChildren().addAll(messageBar, divergedBars[0], divergedBars[1]);
    }

    private static HBox bar(String styleClass, Label text, Button button) {
        HBox bar = new HBox(12, text, button);
        bar.getStyleClass().addAll("alert", styleClass);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        hide(bar);
        return bar;
    }

    private static void hide(HBox bar) {
        bar.setVisible(false);
        bar.setManaged(false);
    }

    private static void show(HBox bar) {
        bar.setVisible(true);
        bar.setManaged(true);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Snapshot s) {
        long now = System.nanoTime();
        if (s.problem() != null) {
            showMessage(I18n.problem(s.problem()));
            messageSeen = now;
        } else if (messageBar.isVisible() && now - messageSeen > MESSAGE_NANOS) {
            hide(messageBar);
        }
        boolean both = s.normalized() != null && s.plain() != null && s.normalized().diverged() && s.plain().diverged();
        String after = I18n.get(both ? "alert.bothPaused" : "alert.otherTrains");
        diverged(0, s.normalized(), after);
        diverged(1, s.plain(), after);
    }

    /** Show a message (a refused value, a file that did not load or save) where the user is looking. */
    public void showMessage(String text) {
        String t = I18n.get("alert.message", text);
        if (!t.equals(message.getText()) || !messageBar.isVisible()) {
            message.setText(t);
        }
        show(messageBar);
        messageSeen = System.nanoTime();
    }

    private void diverged(int i, TwinState t, String after) {
        if (t != null && t.diverged()) {
            String text = I18n.get("alert.diverged", I18n.get(t.normalized() ? "twin.normalized.named" : "twin.plain.named",
                    I18n.label(t.norm())), I18n.problem(t.divergence()), after);
            if (!text.equals(divergedText[i].getText())) {
                divergedText[i].setText(text);
            }
            show(divergedBars[i]);
        } else {
            hide(divergedBars[i]);
        }
    }
}
