package bnlab.app.export;

import bnlab.app.i18n.I18n;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.control.Label;

import java.util.Locale;

/**
 * The window's sign that a recording runs: a red dot, the time recorded and the key that stops it, over
 * the window's top right corner; hidden otherwise and never in a picture. FX thread.
 */
public final class RecordingIndicator {
    private final Label label = new Label();
    private final ChangeListener<Number> time = (o, a, b) -> update(b.doubleValue());
    private final ChangeListener<Boolean> saving = (o, a, b) -> {
        if (b) {
            label.setText(I18n.get("record.saving"));
        }
    };
    private final ChangeListener<Recorder> follow;
    private final String stopKey;

    /** @param stopKey the key that stops a recording, as shown ("F9") */
    public RecordingIndicator(String stopKey) {
        this.stopKey = stopKey;
        label.setId("recording-indicator");
        label.getStyleClass().addAll("recording-indicator", Exporter.HIDDEN);
        label.setStyle("-fx-background-color: #b00020; -fx-text-fill: white; -fx-padding: 4 10 4 10;"
                + " -fx-background-radius: 12; -fx-font-weight: bold;");
        label.setMouseTransparent(true);
        label.setVisible(false);
        follow = (o, was, now) -> {
            if (was != null) {
                was.elapsedProperty().removeListener(time);
                was.savingProperty().removeListener(saving);
            }
            label.setVisible(now != null);
            if (now != null) {
                now.elapsedProperty().addListener(time);
                now.savingProperty().addListener(saving);
                update(0);
            }
        };
        WindowExports.recordingProperty().addListener(new WeakChangeListener<>(follow));
        if (WindowExports.recordingProperty().get() != null) {
            follow.changed(null, null, WindowExports.recordingProperty().get());
        }
    }

    public Label node() {
        return label;
    }

    private void update(double seconds) {
        if (WindowExports.recordingProperty().get() != null && WindowExports.recordingProperty().get().stopped()) {
            return;
        }
        label.setText(I18n.get("record.indicator", clock(seconds), stopKey));
    }

    /** Seconds as m:ss. */
    public static String clock(double seconds) {
        int s = (int) Math.floor(Math.max(0, seconds));
        return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
