package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;

/**
 * Where a step's views would answer its question before anything runs (the saturation bars read 55 % at
 * initialization), a cover over them until the class has chosen: the question and its choices, large,
 * where the class looks (a choice here is the same choice as in the step's panel), and a way for the
 * teacher to lift it at once. The views keep drawing beneath it. FX thread only.
 */
final class ViewsCover {
    private final LessonModel model;
    private final Label question = new Label();
    private final VBox choices = new VBox(10);
    private final javafx.scene.control.ScrollPane root;

    ViewsCover(LessonModel model) {
        this.model = model;
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        question.getStyleClass().add("lesson-cover-question");
        question.setId("lesson-cover-question");
        // as wide as the longest choice, every choice as wide: the buttons line up
        choices.setFillWidth(true);
        choices.setMaxWidth(Region.USE_PREF_SIZE);
        Label why = new Label(I18n.get("lesson.viewsCovered"));
        why.setWrapText(true);
        why.setMinHeight(Region.USE_PREF_SIZE);
        why.getStyleClass().add("lesson-cover-text");
        Button show = new Button(I18n.get("lesson.uncover"));
        show.setId("lesson-views-uncover");
        show.setOnAction(e -> model.uncover(Lesson.Hidden.VIEWS, Lesson.Hidden.RESULTS));
        VBox content = new VBox(20, question, choices, why, show);
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(40));
        // centred when it fits; on a small screen at a large type it scrolls rather than cut the question
        root = new javafx.scene.control.ScrollPane(content);
        root.setFitToWidth(true);
        root.setFitToHeight(true);
        root.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("lesson-views-cover");
        root.setId("lesson-views-cover");
        // the question in even lines (Balanced): wrapped in all the room it broke inside a word ("...梯度有多 / 少能...")
        bnlab.app.style.Balanced.bind(question, javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, root.getViewportBounds().getWidth() - 2 * content.getPadding().getLeft()),
                root.viewportBoundsProperty()));
        question.setMaxWidth(Region.USE_PREF_SIZE);
        // centred in its own box too: on one line at 1920 x 1080 the box is wider than the text, which sat at its left
        question.setAlignment(Pos.CENTER);
        question.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        model.revisionProperty().addListener((o, a, b) -> sync());
        sync();
    }

    Node node() {
        return root;
    }

    private void sync() {
        root.setVisible(model.covered(Lesson.Hidden.VIEWS));
        if (!root.isVisible()) {
            return;
        }
        Locale l = I18n.locale();
        Lesson.Prediction p = model.current().predict();
        question.setText(p.question().in(l));
        List<LessonText> options = p.choices();
        choices.getChildren().clear();
        for (int i = 0; i < options.size(); i++) {
            int index = i;
            // numbered as the key that picks it (and as a show of hands would call it), the number apart from
            // the text: a choice may start with a number of its own ("1: one for the channel")
            Label key = new Label(I18n.get("lesson.choiceKey", i + 1));
            key.getStyleClass().add("lesson-cover-key");
            Button b = new Button(options.get(i).in(l), key);
            b.setGraphicTextGap(16);
            b.setWrapText(true);
            b.setMinHeight(Region.USE_PREF_SIZE);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.getStyleClass().add("lesson-cover-choice");
            b.setId("lesson-cover-choice-" + i);
            b.setOnAction(e -> model.predict(index));
            choices.getChildren().add(b);
        }
    }
}
