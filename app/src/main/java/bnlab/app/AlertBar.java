package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Command;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * Banners laid over the top of the views (they push nothing down): the engine's problem (a refused
 * value, a file that did not load), kept visible for a few seconds after the engine stops sending it;
 * per twin, one bar when it diverged and one when it has stopped learning, each with a button that
 * resets only that twin.
 */
public final class AlertBar implements SnapshotView {
    /** How long an engine message stays after the last snapshot that carried it. */
    static final long MESSAGE_NANOS = 8_000_000_000L;

    /** The banners one under the other, no gap: each ends in its coloured rule (the view's text showed between). */
    private final VBox root = new VBox(0);
    private final HBox messageBar;
    private final Label message = new Label();
    private final HBox[] divergedBars = new HBox[2];
    private final Label[] divergedText = {new Label(), new Label()};
    private final HBox[] stalledBars = new HBox[2];
    private boolean stallExpected;
    private final Label[] stalledText = {new Label(), new Label()};
    // a stalled bar says the fact in one line; its "why?" button opens the numbers and the usual causes
    private final boolean[] stallDetails = new boolean[2];
    private final Button[] whyStalled = new Button[2];
    private final TwinState[] stalledTwin = new TwinState[2];
    private long messageSeen;

    public AlertBar(Consumer<Command> send) {
        root.setId("alerts");
        root.setPickOnBounds(false);
        root.setMaxHeight(Region.USE_PREF_SIZE);
        root.setPadding(new Insets(4, 8, 0, 8));
        message.setId("engine-message");
        message.setWrapText(true);
        Button dismiss = button(I18n.get("alert.dismiss"), "dismiss-message");
        messageBar = bar("alert-message", message, dismiss);
        dismiss.setOnAction(e -> dismissMessage());
        for (int i = 0; i < 2; i++) {
            boolean normalized = i == 0;
            String twin = normalized ? "bn" : "plain";
            divergedText[i].setId("diverged-" + twin);
            stalledText[i].setId("stalled-" + twin);
            Button reset = button(I18n.get("alert.resetTwin"), "reset-" + twin);
            reset.setOnAction(e -> send.accept(new Command.ResetTwin(normalized)));
            divergedBars[i] = bar("alert-diverged", divergedText[i], reset);
            Button resetStalled = button(I18n.get("alert.resetTwin"), "reset-stalled-" + twin);
            resetStalled.setOnAction(e -> send.accept(new Command.ResetTwin(normalized)));
            int k = i;
            whyStalled[i] = button(I18n.get("alert.why"), "why-stalled-" + twin);
            whyStalled[i].setOnAction(e -> {
                stallDetails[k] = !stallDetails[k];
                if (stalledTwin[k] != null) {
                    sayStalled(k, stalledTwin[k]);
                }
            });
            stalledBars[i] = bar("alert-stalled", stalledText[i], whyStalled[i], resetStalled);
        }
        root.getChildren().addAll(messageBar, divergedBars[0], divergedBars[1], stalledBars[0], stalledBars[1]);
        // docked above the views, the strip takes room only while a bar shows
        for (Node b : root.getChildren()) {
            b.managedProperty().addListener((o, was, now) -> fitRoot());
        }
        fitRoot();
    }

    private void fitRoot() {
        boolean any = root.getChildren().stream().anyMatch(Node::isManaged);
        root.setManaged(any);
        root.setVisible(any);
    }

    // a button keeps its whole label: the text beside it wraps instead
    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private static HBox bar(String styleClass, Label text, Button... buttons) {
        text.setWrapText(true);
        HBox bar = new HBox(12, text);
        bar.getChildren().addAll(buttons);
        bar.getStyleClass().addAll("alert-bar", styleClass); // not "alert": that is every Alert dialog's class too
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinWidth(0);
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
        twin(0, s.normalized(), after);
        twin(1, s.plain(), after);
    }

    /**
     * Whether a twin that stopped learning is expected (a lesson that trains at a learning rate near 0 on
     * purpose): then its "stopped learning" bar stays hidden. Divergence is always said.
     */
    public void expectStalls(boolean expected) {
        stallExpected = expected;
        if (expected) {
            hide(stalledBars[0]);
            hide(stalledBars[1]);
        }
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

    /** Take the message away (it was about something the user has moved on from, such as a lesson's step). */
    public void dismissMessage() {
        hide(messageBar);
    }

    private void twin(int i, TwinState t, String after) {
        if (t == null) {
            return;
        }
        if (t.diverged()) {
            set(divergedText[i], I18n.get("alert.diverged", name(t), I18n.problem(t.divergence()), after));
            show(divergedBars[i]);
        } else {
            hide(divergedBars[i]);
        }
        if (!t.diverged() && t.stall() != null && !stallExpected) {
            stalledTwin[i] = t;
            sayStalled(i, t);
            show(stalledBars[i]);
        } else {
            stalledTwin[i] = null;
            hide(stalledBars[i]);
        }
    }

    // "The network with BatchNorm", "The network without normalization"
    private static String name(TwinState t) {
        return I18n.get(t.normalized() ? "twin.normalized.named" : "twin.plain.named", I18n.label(t.norm()));
    }

    // STALLED's args: step, test accuracy, chance, saturated share (%), learning rate, layer 1's share of the
    // top hidden layer's gradient, the recent loss, a guess's loss
    private void sayStalled(int i, TwinState t) {
        String name = name(t);
        Problem p = t.stall();
        Problem worded = inPercent(p);
        set(stalledText[i], stallDetails[i] ? I18n.then(I18n.get("alert.stalled", name, I18n.problem(worded)),
                cause(p)) : I18n.get("alert.stalled.short", name, worded.arg(1), p.arg(0), worded.arg(2)));
        set(whyStalled[i], I18n.get(stallDetails[i] ? "alert.less" : "alert.why"));
    }

    /**
     * STALLED with its test accuracy and the most common class's share in percent, as the accuracy axes read
     * ("50%", not "0.5" beside an axis of percents).
     */
    static Problem inPercent(Problem p) {
        Object[] args = p.args().toArray();
        for (int k = 1; k <= 2; k++) {
            if (args[k] instanceof Number n) {
                args[k] = bnlab.app.i18n.Numbers.percent(n.doubleValue());
            }
        }
        return Problem.of(p.code(), args);
    }

    /** Saturated inputs (%) from which a stall is put down to saturation. */
    static final double SATURATED = 30;
    /** Layer 1's share of the top hidden layer's gradient below which a stall is put down to a vanishing gradient. */
    static final double VANISHING = 0.01;

    /** How many times a guess's loss a stalled twin's recent loss reaches for its steps to be said to overshoot. */
    static final double OVERSHOOT = 2;

    /**
     * The likely cause of a stall, from its numbers: a learning rate too large where the recent loss is at least
     * {@link #OVERSHOOT} times a uniform guess's (ln K: its steps overshoot, and the saturation that follows is a
     * symptom; at a learning rate of 50 the window had blamed saturation and said "wait"), else saturation where at
     * least {@link #SATURATED} % of the hidden inputs are saturated, else a vanishing gradient where layer 1 gets
     * under {@link #VANISHING} of the top layer's, else the learning rate.
     */
    static String cause(Problem stall) {
        double saturated = stall.args().size() > 3 && stall.arg(3) instanceof Number n ? n.doubleValue() : Double.NaN;
        double reach = stall.args().size() > 5 && stall.arg(5) instanceof Number n ? n.doubleValue() : Double.NaN;
        double loss = stall.args().size() > 7 && stall.arg(6) instanceof Number n ? n.doubleValue() : Double.NaN;
        double guess = stall.args().size() > 7 && stall.arg(7) instanceof Number n ? n.doubleValue() : Double.NaN;
        if (loss >= OVERSHOOT * guess) {
            return I18n.get("alert.stalled.cause.overshoot", stall.arg(4), loss, guess);
        }
        if (saturated >= SATURATED) {
            return I18n.get("alert.stalled.cause.saturated", Math.round(saturated));
        }
        if (reach < VANISHING) {
            return I18n.get("alert.stalled.cause.vanishing", bnlab.app.i18n.Numbers.ratio(reach));
        }
        return I18n.get("alert.stalled.cause.rate", stall.arg(4));
    }

    private static void set(Labeled l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }
}
