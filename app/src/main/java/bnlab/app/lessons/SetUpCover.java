package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Over the stage's views while the step's experiment is being set up ({@link LessonModel#settingUp}): they still show
 * the experiment before the lesson, and a class would read them against the step's text. Lifts itself on the first
 * frame the model says it is set up. FX thread only.
 */
final class SetUpCover {
    private final VBox root;

    SetUpCover(LessonModel model) {
        Label text = new Label(I18n.get("lesson.settingUp"));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.getStyleClass().add("lesson-cover-question");
        ProgressIndicator busy = new ProgressIndicator();
        busy.setMaxSize(48, 48);
        root = new VBox(20, busy, text);
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add("lesson-setup-cover");
        root.setId("lesson-setup-cover");
        AnimationTimer poll = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!model.settingUp()) {
                    root.setVisible(false);
                    stop();
                }
            }
        };
        // shown from each entry as from the lesson's start (the model's revision bumps) until set up
        model.revisionProperty().addListener((o, a, b) -> {
            if (model.settingUp() && !root.isVisible()) {
                root.setVisible(true);
                poll.start();
            }
        });
        root.setVisible(model.settingUp());
        if (root.isVisible()) {
            poll.start();
        }
    }

    Node node() {
        return root;
    }
}
