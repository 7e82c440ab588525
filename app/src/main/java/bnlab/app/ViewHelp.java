package bnlab.app;

import bnlab.app.i18n.I18n;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * "What am I looking at": a "?" beside a view's title; one click shows a few lines on what the view
 * shows and what to notice (bundle key {@code view.help.<name>}), with a link to the lesson that
 * explains it.
 */
final class ViewHelp {
    /** The lesson that explains each view. */
    static final Map<String, String> LESSON = Map.ofEntries(
            Map.entry("histograms", "bn-by-hand"), Map.entry("saturation", "saturation-init"),
            Map.entry("runningStats", "running-stats"), Map.entry("curves", "figure1"),
            Map.entry("landscape", "canyon-bowl"), Map.entry("surface", "smooth-landscape"),
            Map.entry("bnTable", "bn-by-hand"), Map.entry("axes", "bn-vs-ln"), Map.entry("featureMaps", "conv-bn"),
            Map.entry("pooled", "norm-axes"), Map.entry("seeds", "repeat-seeds"));
    /** The popup's width at type scale 1. */
    static final double WIDTH = 420;
    private final Function<String, String> lessonTitle;
    private final Consumer<String> openLesson;

    /**
     * @param lessonTitle a lesson's title by id, or null when there is no such lesson
     * @param openLesson  starts a lesson by id
     */
    ViewHelp(Function<String, String> lessonTitle, Consumer<String> openLesson) {
        this.lessonTitle = lessonTitle;
        this.openLesson = openLesson;
    }

    /** The "?" button of a view. */
    Button button(String view) {
        Button b = new Button("?");
        b.getStyleClass().add("view-help-button");
        b.setId("help-" + view);
        b.setMinWidth(Region.USE_PREF_SIZE);
        bnlab.app.style.Tips.set(b, I18n.get("view.help.tip"));
        b.setOnAction(e -> show(b, view));
        return b;
    }

    private void show(Button anchor, String view) {
        double scale = bnlab.app.style.Look.current().scale();
        Label text = new Label(I18n.get("view.help." + view));
        text.setWrapText(true);
        bnlab.app.style.Runts.avoid(text);
        text.setMaxWidth(WIDTH * scale);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setId("view-help-text");
        VBox box = new VBox(8, text);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("view-help");
        box.setStyle(bnlab.app.style.Look.current().rootStyle());
        Popup popup = new Popup();
        popup.setAutoHide(true);
        String id = LESSON.get(view);
        String title = id == null ? null : lessonTitle.apply(id);
        if (title != null) {
            Hyperlink link = new Hyperlink(I18n.get("view.help.lesson", title));
            link.setId("view-help-lesson");
            link.setWrapText(true);
            link.setMaxWidth(WIDTH * scale);
            link.setOnAction(e -> {
                popup.hide();
                openLesson.accept(id);
            });
            box.getChildren().add(link);
        }
        popup.getContent().add(box);
        if (anchor.getScene() != null) {
            box.getStylesheets().setAll(anchor.getScene().getStylesheets());
            javafx.geometry.Point2D p = anchor.localToScreen(0, anchor.getHeight());
            popup.show(anchor, p.getX(), p.getY() + 4);
        }
    }
}
