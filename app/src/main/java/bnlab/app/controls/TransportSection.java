package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Tips;
import bnlab.engine.api.Setting;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/** Play, pause, single step, reset, speed, and the step counter. */
final class TransportSection extends Section {
    private final Button play = new Button(I18n.get("controls.play"));
    private final Button pause = new Button(I18n.get("controls.pause"));
    private final Button step = new Button(I18n.get("controls.step"));
    private final Button reset = new Button(I18n.get("controls.reset"));
    private final Label status = new Label(I18n.get("controls.notStarted"));
    private final ValueControl speed;

    TransportSection(ControlsModel model) {
        super(model, I18n.get("controls.training"));
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
        Tips.set(play, I18n.get("controls.play.tip"));
        Tips.set(step, I18n.get("controls.step.tip"));
        Tips.set(reset, I18n.get("controls.reset.tip"));
        speed = new ValueControl("speed", Setting.SPEED, I18n.get("controls.speed"), I18n.get("controls.speed.tip"),
                model::setSpeed);
        FlowPane buttons = new FlowPane(8, 8, play, pause, step, reset);
        box.getChildren().addAll(buttons, status, speed);
    }

    @Override
    void refresh() {
        Snapshot s = model.snapshotProperty().get();
        TrainSettings t = model.settingsProperty().get();
        double sps = t.stepsPerSecond();
        speed.showApplied(sps == 0 ? Setting.SPEED.max() : sps, sps == 0 ? I18n.get("controls.speed.max")
                : speed.format(sps));
        if (s != null) {
            boolean playing = s.playing();
            play.setDisable(playing);
            pause.setDisable(!playing);
            step.setDisable(playing);
            ValueControl.setIfChanged(status, I18n.get("controls.status", s.step(), s.epoch(), playing ? 1 : 0,
                    Math.round(s.stepsPerSec())));
        }
    }
}
