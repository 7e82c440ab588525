package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ProblemException;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The lessons' start page (shown on first launch, then from the Lessons menu or F2): each lesson with
 * its one line, the files that were refused and why, a lesson file of one's own, and the way to the
 * full panel.
 */
public final class StartPage {
    /** A card's width at type scale 1. */
    static final double CARD_WIDTH = 400;
    /** Between cards, px. */
    private static final double GAP = 16;
    private final VBox box = new VBox(16);
    private final ScrollPane root = new ScrollPane(box);
    private final Label fileProblem = new Label();

    /**
     * @param library   the lessons that loaded and the files refused
     * @param open      starts a lesson
     * @param fullPanel leaves for the full panel
     */
    public StartPage(LessonLibrary.Loaded library, Consumer<Lesson> open, Runnable fullPanel) {
        Locale l = I18n.locale();
        box.setPadding(new Insets(24, 32, 24, 32));
        box.getStyleClass().add("start-page");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setId("start-page");
        root.setFitToHeight(true); // the page's background down to the bottom

        // how many: at 1280 x 720 four and a half cards show, with no other sign of the rest
        Label title = wrapped(I18n.get("start.title", library.lessons().size()), "start-title");
        Label intro = wrapped(I18n.get("start.intro"), "start-intro");
        FlowPane cards = new FlowPane(GAP, GAP);
        cards.setId("start-cards");
        for (Lesson lesson : library.lessons()) {
            cards.getChildren().add(card(lesson, l, open));
        }
        cards.widthProperty().addListener((o, a, w) -> fit(cards, w.doubleValue()));
        box.getChildren().addAll(title, intro, cards);
        for (ProblemException e : library.refused()) {
            Label refused = wrapped(I18n.get("start.refused", I18n.problem(e)), "inline-error");
            refused.getStyleClass().add("start-refused");
            box.getChildren().add(refused);
        }
        Button file = new Button(I18n.get("start.openFile"));
        file.setId("start-open-file");
        file.setOnAction(e -> openFile(open));
        Button full = new Button(I18n.get("start.fullPanel"));
        full.setId("start-full-panel");
        full.setOnAction(e -> fullPanel.run());
        full.setDefaultButton(false);
        for (Button b : new Button[] {file, full}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(12, full, file);
        buttons.setAlignment(Pos.CENTER_LEFT);
        fileProblem.setWrapText(true);
        fileProblem.setId("start-file-problem");
        fileProblem.getStyleClass().add("inline-error");
        fileProblem.setManaged(false);
        Label folder = wrapped(I18n.get("start.folder", LessonLibrary.userFolder().toString()), "start-folder");
        box.getChildren().addAll(buttons, fileProblem, folder);
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        bnlab.app.style.Runts.avoid(label);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(style);
        return label;
    }

    /**
     * The cards fill the page's width: as many to a row as cards of about {@link #CARD_WIDTH} (at the type
     * scale) fit, each then widened or narrowed to share the row (a 600 px card at type scale 1.5 left
     * half of a 1280 px window empty).
     */
    static void fit(FlowPane cards, double width) {
        double nominal = CARD_WIDTH * bnlab.app.style.Look.current().scale();
        int perRow = (int) Math.max(1, Math.round((width + GAP) / (nominal + GAP)));
        double w = Math.floor((width - (perRow - 1) * GAP) / perRow);
        if (w <= 0) {
            return;
        }
        for (Node n : cards.getChildren()) {
            if (n instanceof VBox card) {
                size(card, w);
            }
        }
    }

    /** A card's padding and border either side together: its texts' room is its width less this, px. */
    private static final double CARD_INSET = 26;

    /** A card's title: laid out in its room by {@link bnlab.app.style.Balanced}, which sets its width. */
    private static final String CARD_TITLE = "start-card-title";

    // a fixed width, so the texts wrap to it and the cards line up; the title takes the width its lines need
    private static void size(VBox card, double width) {
        for (Node n : card.getChildren()) {
            // not the title: stretched to all the room it would wrap as if not balanced ("…GroupNorm：各 / 用哪些值？")
            if (n instanceof Label t && !t.getStyleClass().contains(CARD_TITLE)) {
                t.setMaxWidth(width - CARD_INSET);
                t.setPrefWidth(width - CARD_INSET);
            }
        }
        card.setMinWidth(width);
        card.setPrefWidth(width);
        card.setMaxWidth(width);
    }

    private static Node card(Lesson lesson, Locale l, Consumer<Lesson> open) {
        double width = CARD_WIDTH * bnlab.app.style.Look.current().scale();
        Label number = wrapped(I18n.get("start.number", lesson.order()), "start-card-number");
        Label name = wrapped(lesson.title().in(l), CARD_TITLE);
        Label summary = wrapped(lesson.summary().in(l), "start-card-summary");
        Label steps = wrapped(I18n.get("start.steps", lesson.steps().size()), "start-card-steps");
        Button go = new Button(I18n.get("start.begin"));
        go.setId("start-lesson-" + lesson.id());
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> open.accept(lesson));
        Region gap = new Region();
        VBox.setVgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        VBox card = new VBox(6, number, name, summary, steps, gap, go);
        card.getStyleClass().add("start-card");
        size(card, width);
        // in even lines, broken at its colon where one width cannot ("PyTorch 与 Keras 的 / 动量" left a word alone)
        bnlab.app.style.Balanced.bind(name, card.prefWidthProperty().subtract(CARD_INSET));
        card.setOnMouseClicked(e -> open.accept(lesson));
        return card;
    }

    // a lesson file of one's own: refused with its name and the problem, or started
    private void openFile(Consumer<Lesson> open) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.get("start.openFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("start.fileType"), "*.json"));
        File f = chooser.showOpenDialog(bnlab.app.style.Dialogs.windowOf(root));
        if (f != null) {
            openFile(f.toPath(), open);
        }
    }

    /** Start the lesson in this file, or say why it cannot be used. */
    public void openFile(java.nio.file.Path f, Consumer<Lesson> open) {
        try {
            Lesson lesson = LessonFiles.read(f);
            fileProblem.setManaged(false);
            fileProblem.setText("");
            open.accept(lesson);
        } catch (ProblemException e) {
            fileProblem.setText(I18n.problem(e));
            fileProblem.setManaged(true);
        }
    }

    public Node node() {
        return root;
    }
}
