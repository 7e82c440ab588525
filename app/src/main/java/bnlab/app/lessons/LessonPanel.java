package bnlab.app.lessons;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Look;
import bnlab.app.style.Palette;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import java.util.Locale;

/**
 * The lesson's text beside the stage: the step's title and what to do and watch, its formula typeset,
 * the prediction (choices first, the answer after the class chose), the buttons that act, and the way
 * to the next and previous steps. Redrawn whenever the model changes.
 */
final class LessonPanel {
    private final LessonModel model;
    /** The step box's padding. */
    private static final double PAD = 16;
    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);
    /** The step drawn last (-1: none yet). */
    private int shownStep = -1;
    /** Keeps a part of the step in sight as the panel's layout settles, until the class scrolls or clicks. */
    private final bnlab.app.style.FocusScroll focus = new bnlab.app.style.FocusScroll(scroll, box);
    /** What the step showed at the last redraw: the buttons alive, the callout open, the answer shown. */
    private boolean wasOpen;
    private boolean wasWatch;
    private boolean wasRevealed;
    /**
     * A step's question (else its buttons) below the panel's foot is pointed at from there, a click bringing it into
     * sight: at 1280 x 720 a class saw a long paragraph over empty charts, its choices and the step's button under the
     * fold, and a teacher aiming at a half-hidden button hit Previous (a teacher's review).
     */
    private final Button below = new Button();
    /** What the step asks the class to do: its question, else its buttons; null where it has neither. */
    private Node toDo;
    /**
     * The step's scroll with the pointer in a slim row of its own under it while it shows: laid over the scroll's
     * corner it covered the end of a partly shown choice at 1280 x 720.
     */
    private final javafx.scene.layout.BorderPane view =
            new javafx.scene.layout.BorderPane(scroll, null, null, below, null);
    /** The step's text scrolls; Previous and Next stay at the panel's foot, in reach whatever the step's length. */
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane(view);
    private final Button previous = new Button(I18n.get("lesson.previous"));
    private final Button next = new Button(I18n.get("lesson.next"));
    /** The next lesson, opened from this one's last step, and its number; null where there is none. */
    private Runnable onwards;
    private int onwardsOrder;

    LessonPanel(LessonModel model) {
        this.model = model;
        box.setPadding(new Insets(PAD));
        box.getStyleClass().add("lesson-panel");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setId("lesson-panel");
        below.setId("lesson-below");
        below.getStyleClass().add("lesson-below");
        below.setFocusTraversable(false);
        // on two lines where the panel is narrow for its type size (a large type in a 1280 px window)
        below.setWrapText(true);
        below.setMinHeight(Region.USE_PREF_SIZE);
        // as wide as its words (stretched across the panel it was a bar as loud as the step's own buttons)
        below.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(below.prefWidth(-1), view.getWidth() - 48), view.widthProperty(), below.textProperty(),
                below.fontProperty()));
        below.setVisible(false);
        below.managedProperty().bind(below.visibleProperty());
        // at the right, under the scroll bar's end: the text's lines start at the left
        javafx.scene.layout.BorderPane.setAlignment(below, javafx.geometry.Pos.CENTER_RIGHT);
        javafx.scene.layout.BorderPane.setMargin(below, new Insets(2, 24, 2, 0));
        below.setOnAction(e -> {
            if (toDo != null) {
                inSight(toDo, null);
            }
        });
        scroll.vvalueProperty().addListener((o, a, b) -> pointBelow());
        scroll.viewportBoundsProperty().addListener((o, a, b) -> pointBelow());
        box.heightProperty().addListener((o, a, b) -> pointBelow());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox nav = new HBox(8, previous, gap, next);
        nav.setPadding(new Insets(8, 16, 8, 16));
        nav.getStyleClass().add("lesson-nav");
        nav.setId("lesson-nav");
        root.setBottom(nav);
        previous.setId("lesson-previous");
        next.setId("lesson-next");
        previous.setOnAction(e -> model.previous());
        next.setOnAction(e -> {
            if (model.hasNext() || onwards == null) {
                model.next();
            } else {
                onwards.run();
            }
        });
        for (Button b : new Button[] {previous, next}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        model.revisionProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    Node node() {
        return root;
    }

    /** Space the panel's padding and the prediction box's take from a text's width. */
    private static final double PANEL_INSET = 34;
    private static final double BOX_INSET = 22;
    /** A choice's radio mark and the gap after it. */
    private static final double CHOICE_MARK = 24;

    private Label wrapped(String text, String style, String id) {
        return wrapped(text, style, id, PANEL_INSET);
    }

    private javafx.beans.binding.NumberBinding widthFor(double inset) {
        return javafx.beans.binding.Bindings.max(40, javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()).subtract(inset));
    }

    // a text that wraps at the panel's width: bound, so it never runs past the edge while the panel resizes
    private Label wrapped(String text, String style, String id, double inset) {
        Label l = new Label(text);
        l.setWrapText(true);
        bnlab.app.style.Runts.avoid(l);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.setMinWidth(0);
        l.prefWidthProperty().bind(widthFor(inset));
        l.maxWidthProperty().bind(l.prefWidthProperty());
        l.getStyleClass().add(style);
        if (id != null) {
            l.setId(id);
        }
        return l;
    }

    // a heading: wrapped into lines of even length (no word alone on its second line), see Balanced
    private Label balanced(Label l) {
        return balanced(l, PANEL_INSET);
    }

    /** A heading or question wrapped into even lines ({@link bnlab.app.style.Balanced}), within the panel less inset. */
    private Label balanced(Label l, double inset) {
        bnlab.app.style.Balanced.bind(l, widthFor(inset));
        return l;
    }

    /** From the last step, Next opens the lesson of this number. */
    void leadsOn(int order, Runnable open) {
        onwards = open;
        onwardsOrder = order;
        redraw();
    }

    void redraw() {
        Locale l = I18n.locale();
        Lesson.Step s = model.current();
        int k = model.stepProperty().get();
        int n = model.lesson().steps().size();
        boolean newStep = k != shownStep;
        if (newStep) {
            // another step opens at its top (its title and first lines), wherever the last one was scrolled to; within
            // a step the scroll stays where the class is reading, unless what it needs next comes alive below it
            focus.cancel();
            scroll.setVvalue(0);
            box.setPadding(new Insets(PAD)); // without the room below that the last step's callout was given (inSight)
            shownStep = k;
        }
        Node cameAlive = null;
        // shown with what came alive: under an answer shown before the step has run, its buttons are what the class
        // does next (lesson 3 step 2 at 1280 x 720: the answer pushed them under the panel's foot)
        Node aliveWith = null;
        boolean answerShown = false;
        toDo = null;
        box.getChildren().clear();
        box.getChildren().add(wrapped(I18n.get("lesson.stepOf", k + 1, n), "lesson-step-number", "lesson-step-number"));
        box.getChildren().add(balanced(wrapped(s.title().in(l), "lesson-step-title", "lesson-step-title")));
        box.getChildren().add(wrapped(s.text().in(l), "lesson-text", "lesson-text"));
        if (s.predict() != null) {
            Node p = prediction(s.predict(), l);
            box.getChildren().add(p);
            toDo = p;
            answerShown = !newStep && model.revealed() && !wasRevealed;
            if (answerShown) {
                cameAlive = p;
            } else if (!newStep && s.actions().isEmpty() && model.actionsOpen() && !wasOpen) {
                // a step without buttons: once a choice is made, the button that shows the answer is what comes alive
                // (lesson 13 step 1 at 1280 x 720 left it under the panel's foot)
                cameAlive = p.lookup("#lesson-reveal");
            }
        }
        if (!s.actions().isEmpty()) {
            FlowPane actions = new FlowPane(8, 8);
            actions.setId("lesson-actions");
            for (int i = 0; i < s.actions().size(); i++) {
                int index = i;
                Button b = new Button(s.actions().get(i).label().in(l));
                b.setId("lesson-action-" + i);
                // a lesson's words as written: "2/λ_max" lost its underscore to a keyboard mnemonic
                b.setMnemonicParsing(false);
                // wraps within the panel: at 1280 x 720 lesson 15's "Repeat: batches of 4, 16 and 120, seeds 1 to 20"
                // ran past its right edge; into even lines, at a comma where one is in reach ("…120, / seeds 1 to 20",
                // not "…seeds / 1 to 20")
                b.setWrapText(true);
                b.setMinHeight(Region.USE_PREF_SIZE);
                javafx.beans.binding.NumberBinding room = widthFor(PANEL_INSET);
                b.maxWidthProperty().bind(room);
                bnlab.app.style.Balanced.bindTight(b, room);
                b.setDisable(!model.actionsOpen());
                b.setOnAction(e -> model.act(index));
                actions.getChildren().add(b);
            }
            if (s.predict() != null) {
                // once a choice is picked the hint goes but keeps its place: the buttons do not jump up
                Label hint = wrapped(I18n.get("lesson.predictFirst"), "lesson-hint", "lesson-predict-first");
                hint.setVisible(!model.actionsOpen());
                box.getChildren().add(hint);
            }
            box.getChildren().add(actions);
            if (toDo == null) {
                toDo = actions;
            }
            if (!newStep && model.actionsOpen() && !wasOpen) {
                cameAlive = actions;
            }
            if (answerShown && !model.acted()) {
                aliveWith = actions;
            }
        }
        // the formula after the question and the buttons: the question in sight when the step opens (a covered
        // formula's note, or the formula itself, pushed it below the panel's foot at 1280 x 720)
        if (s.formula() != null) {
            Look look = Look.current();
            ImageView f = new ImageView(Formula.render(s.formula(), 24 * look.scale(), look.ink(), 2));
            f.setPreserveRatio(true);
            // drawn at twice its size for sharpness; never wider than the panel (a long formula shrinks)
            f.fitWidthProperty().bind(javafx.beans.binding.Bindings.min(f.getImage().getWidth() / 2,
                    javafx.beans.binding.Bindings.max(40, box.widthProperty().subtract(34))));
            f.setId("lesson-formula");
            box.getChildren().add(covered(f, s.predict()));
        }
        // what to watch comes after what to do: read once the step has run, and the question and the buttons come
        // right after the text (under the callout, or its veil, they were out of sight at 1280 x 720)
        if (s.watch() != null) {
            Node w = watch(s, l);
            box.getChildren().add(w);
            if (!newStep && model.watchOpen() && !wasWatch && !answerShown) {
                cameAlive = w;
            }
        }
        if (model.problemProperty().get() != null) {
            box.getChildren().add(wrapped(I18n.problem(model.problemProperty().get()), "inline-error", "lesson-problem"));
        }
        if (cameAlive != null) {
            inSight(cameAlive, aliveWith);
        }
        below.setText(I18n.get(s.predict() != null ? "lesson.questionBelow" : "lesson.buttonsBelow"));
        if (toDo != null) {
            // placed by the box's layout after this: looked at again once it has its place
            toDo.boundsInParentProperty().addListener((o, a, b) -> pointBelow());
        }
        pointBelow();
        wasOpen = model.actionsOpen();
        wasWatch = model.watchOpen();
        wasRevealed = model.revealed();
        previous.setDisable(!model.hasPrevious());
        // the last step leads on to the next lesson (a class finishing lesson 9 went back to the list to find 10)
        boolean on = !model.hasNext() && onwards != null;
        next.setText(on ? I18n.get("lesson.nextLesson", onwardsOrder) : I18n.get("lesson.next"));
        next.setDisable(!model.hasNext() && !on);
    }

    // the pointer shows while what the step asks the class to do reaches below the panel's foot
    private void pointBelow() {
        boolean show = false;
        if (toDo != null && toDo.getScene() != null) {
            double view = scroll.getViewportBounds().getHeight();
            double top = viewTop();
            javafx.geometry.Bounds b = inBox(toDo);
            // its foot under the panel's, and its top not already at the panel's top (one taller than the panel)
            show = view > 0 && b.getMaxY() > top + view + 2 && b.getMinY() > top + 2;
        }
        below.setVisible(show);
    }

    // where the panel's viewport starts in the step's box (0 while the box fits)
    private double viewTop() {
        double range = box.getHeight() - scroll.getViewportBounds().getHeight();
        return range > 0 ? scroll.getVvalue() * range : 0;
    }

    // a node's bounds in the step's box
    private javafx.geometry.Bounds inBox(Node n) {
        return box.sceneToLocal(n.localToScene(n.getLayoutBounds()));
    }

    // from n's top to the foot of what is shown with it (null: n alone); taller than the view, it shows from n's top
    private javafx.geometry.Bounds inBox(Node n, Node with) {
        javafx.geometry.Bounds b = inBox(n);
        if (with == null || with.getScene() == null) {
            return b;
        }
        double foot = Math.max(b.getMaxY(), inBox(with).getMaxY());
        return new javafx.geometry.BoundingBox(b.getMinX(), b.getMinY(), b.getWidth(), foot - b.getMinY());
    }

    /**
     * What came alive below the class's reading (the buttons once a choice is made, the callout once the step has
     * run, the answer once shown) scrolled just into sight, its top kept in view: at 1280 x 720 the buttons sat half
     * under the panel's foot and the callout, with the numbers to check, showed one line (a teacher's review).
     * The least scroll that shows it, with what comes with it (the buttons under an answer shown before the run;
     * null for none), from where the class is now, and no line cut in two at the panel's top
     * ({@link bnlab.app.style.CleanCut}); kept as the layout settles (FocusScroll).
     */
    private void inSight(Node n, Node with) {
        scroll.applyCss();
        scroll.layout(); // the new step's parts placed now: the place is read from them
        double top0 = viewTop();
        javafx.geometry.Bounds now = inBox(n, with);
        if (now.getMinY() >= top0 && now.getMaxY() <= top0 + scroll.getViewportBounds().getHeight()) {
            return; // in sight already: the scroll stays where the class is reading
        }
        // a little further where the top edge would cut a line in two, as long as n's top stays in sight; where n is
        // at the box's end, the box is given the room below it (the lower half of a line showed over the callout)
        double view0 = scroll.getViewportBounds().getHeight();
        double clean = bnlab.app.style.CleanCut.at(box, least(now, top0, view0), now.getMinY());
        double lacking = clean - (box.getHeight() - view0);
        if (lacking > 0.5) {
            box.setPadding(new Insets(PAD, PAD, box.getPadding().getBottom() + lacking, PAD));
        }
        focus.request(() -> {
            if (n.getScene() == null) {
                return top0;
            }
            javafx.geometry.Bounds b = inBox(n, with);
            double view = scroll.getViewportBounds().getHeight();
            return bnlab.app.style.CleanCut.at(box, least(b, top0, view),
                    Math.min(b.getMinY(), box.getHeight() - view));
        });
    }

    // the least scroll from top0 that shows b whole, or from its top where it is taller than the view
    private static double least(javafx.geometry.Bounds b, double top0, double view) {
        return Math.max(0, Math.min(b.getMinY(), Math.max(top0, b.getMaxY() - view)));
    }

    /**
     * What to watch. Where the step asks for a prediction the callout often says what happens ("the one
     * with BN stays where it started"), so it shows once the class has chosen and run the step or asked for
     * the answer ({@link LessonModel#watchOpen}): until then the choice can change, and the callout would tip it.
     * A veil in the same box keeps its place (the larger of the two), so nothing below moves when it appears.
     */
    private Node watch(Lesson.Step s, Locale l) {
        Label watch = wrapped(s.watch().in(l), "lesson-watch", "lesson-watch");
        if (s.predict() == null && !s.watchAfterRun()) {
            return watch;
        }
        // a step without buttons opens its callout with the answer alone: the veil does not ask to run it
        String veiled = s.predict() == null ? "lesson.watchAfterRun"
                : s.actions().isEmpty() ? "lesson.watchAfterAnswer" : "lesson.watchAfterPredict";
        Label veil = wrapped(I18n.get(veiled), "lesson-watch", "lesson-watch-veiled");
        veil.getStyleClass().add("lesson-hint");
        // at the box's top, where the callout will begin (centred in a box as tall as the callout it sat at its foot)
        veil.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        veil.setMaxHeight(Double.MAX_VALUE);
        watch.setMaxHeight(Double.MAX_VALUE);
        boolean open = model.watchOpen();
        watch.setVisible(open);
        veil.setVisible(!open);
        return samePlace(watch, veil);
    }

    /**
     * A formula that would give the prediction's answer away ((1/4)^7 ~ 6e-5 beside "how much reaches
     * layer 1?") waits under a cover until the class has chosen; the two share one place, as tall as the
     * taller, so the callout below does not move when the formula shows.
     */
    private Node covered(ImageView formula, Lesson.Prediction p) {
        if (p == null || !p.hide().contains(Lesson.Hidden.FORMULA)) {
            return formula;
        }
        boolean covered = model.covered(Lesson.Hidden.FORMULA);
        formula.setVisible(!covered);
        // one short paragraph with its link inline: the question below keeps its place on a small screen
        javafx.scene.text.Text why = new javafx.scene.text.Text(I18n.get("lesson.formulaCovered") + " ");
        why.getStyleClass().add("lesson-cover-note");
        javafx.scene.control.Hyperlink show = new javafx.scene.control.Hyperlink(I18n.get("lesson.uncover"));
        show.setId("lesson-formula-uncover");
        show.setOnAction(e -> model.uncover(Lesson.Hidden.FORMULA));
        javafx.scene.text.TextFlow cover = new javafx.scene.text.TextFlow(why, show);
        cover.maxWidthProperty().bind(widthFor(PANEL_INSET));
        cover.setVisible(covered);
        cover.setId("lesson-formula-covered");
        return samePlace(formula, cover);
    }

    /** Two nodes in one place, as tall as the taller, one shown at a time: nothing below moves when they swap. */
    private static StackPane samePlace(Node a, Node b) {
        StackPane both = new StackPane(a, b);
        both.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return both;
    }

    private Node prediction(Lesson.Prediction p, Locale l) {
        VBox v = new VBox(8);
        v.getStyleClass().add("lesson-prediction");
        v.setId("lesson-prediction");
        // even lines: lesson 13's question left "值？" alone on its second line at 1280 x 720
        v.getChildren().add(balanced(wrapped(p.question().in(l), "lesson-question", "lesson-question",
                PANEL_INSET + BOX_INSET), PANEL_INSET + BOX_INSET));
        ToggleGroup g = new ToggleGroup();
        for (int i = 0; i < p.choices().size(); i++) {
            int index = i;
            // the mark alone, its words a wrapped label beside it: a radio button's own wrapped text was laid
            // out a line short at some widths and cut to "..." (lesson 7's "...many of its ReLU units go ..." at
            // 1920 x 1080), the radio mark's width left out of the height it asked for
            RadioButton r = new RadioButton();
            r.setId("lesson-choice-" + i);
            r.setAccessibleText(p.choices().get(i).in(l));
            r.setToggleGroup(g);
            r.setSelected(model.prediction() == i);
            r.setDisable(model.revealed());
            r.setOnAction(e -> model.predict(index));
            // even lines too: lesson 9's "在中间，和 BN 放在 sigmoid 之前时一" left "样" alone at 1280 x 720
            Label words = balanced(wrapped(p.choices().get(i).in(l), "lesson-choice", "lesson-choice-text-" + i,
                    PANEL_INSET + BOX_INSET + CHOICE_MARK), PANEL_INSET + BOX_INSET + CHOICE_MARK);
            words.setOnMouseClicked(e -> {
                if (!r.isDisabled()) {
                    r.fire();
                }
            });
            if (model.revealed() && i == p.answer()) {
                words.setStyle("-fx-text-fill: " + Palette.textCss(Palette.GREEN) + "; -fx-font-weight: bold;");
            }
            HBox row = new HBox(6, r, words);
            row.getStyleClass().add("lesson-choice-row");
            v.getChildren().add(row);
        }
        if (model.revealed()) {
            String verdict = I18n.get(model.predictedRight() ? "lesson.right" : "lesson.wrong",
                    p.choices().get(p.answer()).in(l));
            // even lines: "Right: The standardized side (the" over "bowl)" at 1280 x 720
            v.getChildren().add(balanced(wrapped(verdict, "lesson-answer", "lesson-answer", PANEL_INSET + BOX_INSET),
                    PANEL_INSET + BOX_INSET));
            v.getChildren().add(wrapped(p.explain().in(l), "lesson-text", "lesson-explain", PANEL_INSET + BOX_INSET));
        } else {
            Button reveal = new Button(I18n.get("lesson.reveal"));
            reveal.setId("lesson-reveal");
            reveal.setDisable(model.prediction() < 0);
            reveal.setOnAction(e -> model.reveal());
            v.getChildren().add(reveal);
        }
        return v;
    }
}
