package bnlab.app.controls;

import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Play, pause, single step, reset, speed, and the step counter. */
final class TransportSection extends Section {
    private final Button play = new Button("\u25b6 Play");
    private final Button pause = new Button("\u275a\u275a Pause");
    private final Button step = new Button("Step");
    private final Button reset = new Button("\u21ba Reset");
    private final Label status = new Label("not started");
    private final ValueControl speed;

    TransportSection(ControlsModel model) {
        super(model, "Training");
        play.setId("play");
        pause.setId("pause");
        step.setId("step");
        reset.setId("reset");
        status.setId("status");
        status.getStyleClass().add("status");
        play.setOnAction(e -> model.play());
        pause.setOnAction(e -> model.pause());
        step.setOnAction(e -> model.step());
        reset.setOnAction(e -> model.reset());
        play.setTooltip(tip("Train both twins continuously on the same mini-batches"));
        step.setTooltip(tip("While paused: one SGD step on one mini-batch, for both twins"));
        reset.setTooltip(tip("Rebuild both twins with the same seed: the same initial weights and batch order"));
        speed = new ValueControl("speed", "Speed (steps/s)",
                "Training speed limit in steps per second; the far right (1000) means as fast as possible",
                1, 1000, true, false, model::setSpeed);
        FlowPane buttons = new FlowPane(8, 8, play, pause, step, reset);
        box.getChildren().addAll(buttons, status, speed);
    }

    @Override
    void refresh() {
        Snapshot s = model.snapshotProperty().get();
        TrainSettings t = model.settingsProperty().get();
        double sps = t.stepsPerSecond();
        speed.showApplied(sps == 0 ? 1000 : sps, sps == 0 ? "max" : Format.number(sps));
        if (s != null) {
            boolean playing = s.playing();
            play.setDisable(playing);
            pause.setDisable(!playing);
            step.setDisable(playing);
            ValueControl.setIfChanged(status, String.format(java.util.Locale.ROOT,
                    "step %d \u00b7 epoch %d%n%s \u00b7 %.0f steps/s", s.step(), s.epoch(),
                    playing ? "playing" : "paused", s.stepsPerSec()));
        }
    }
}
