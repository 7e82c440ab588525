package bnlab.app.landscape;

import bnlab.app.Configurable;
import bnlab.app.i18n.I18n;
import bnlab.app.i18n.Numbers;
import bnlab.app.SnapshotView;
import bnlab.app.style.Palette;
import bnlab.engine.api.Command;
import bnlab.engine.api.LandscapeResult;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Snapshot;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The loss of the real BN and plain networks around their current weights, along two filter-normalized
 * random directions (Li et al. 2018), side by side in ONE colour scale. The engine computes it off the FX
 * thread on request; {@link #show} polls the latest {@link LandscapeState} once per frame, moves the
 * progress bar and draws a result when its request id is new. While the node is in a scene it also
 * polls from its own AnimationTimer, because snapshots stop changing while the engine computes a
 * landscape (training is suspended) and a window that skips unchanged snapshots would not call show.
 * <p>
 * Lesson options ({@link Configurable}), as if the controls were used: {@code "grid"} (11 to 51 points a
 * side), {@code "range"} (0.1 to 2), {@code "samples"} (16 to 10,000 training rows), {@code "seed"} (0 to
 * 9,999) set the next computation's values; {@code "compute"} (true) then asks the engine for both
 * twins' surfaces around their weights as they are now (training waits while it runs).
 */
public final class NetworkLandscapeView implements SnapshotView, Configurable {
    private final Consumer<Command> send;
    private final Supplier<LandscapeState> landscape;
    private final BorderPane root = new BorderPane();
    /** 15 px at type scale 1, scaled with the rest of the text. */
    private static final String SMALL = "-fx-font-size: 0.88em;";
    /** Each option's least and largest value, as its spinner takes them (a lesson's others are refused when it loads). */
    public static final java.util.Map<String, double[]> OPTION_RANGES = java.util.Map.of(
            "grid", new double[] {11, 51}, "range", new double[] {0.1, 2.0}, "samples", new double[] {16, 10_000},
            "seed", new double[] {0, 9_999});
    private final Spinner<Integer> gridSize = new Spinner<>(whole("grid", 0), whole("grid", 1), 25, 2);
    private final Spinner<Double> range = new Spinner<>(OPTION_RANGES.get("range")[0], OPTION_RANGES.get("range")[1],
            1.0, 0.1);
    private final Spinner<Integer> samples = new Spinner<>(whole("samples", 0), whole("samples", 1), 512, 128);
    private final Spinner<Integer> seed = new Spinner<>(whole("seed", 0), whole("seed", 1), 1, 1);
    private final Button compute = new Button(I18n.get("surface.compute"));
    private final Button cancel = new Button(I18n.get("surface.cancel"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Label message = new Label();
    private final NetworkHeatMap bn = new NetworkHeatMap(title(NormKind.BATCH), Palette.BN);
    private final NetworkHeatMap plain = new NetworkHeatMap(I18n.get("twin.plain.named"), Palette.PLAIN);
    private NormKind norm = NormKind.BATCH;
    private LandscapeState lastState;
    private long drawnRequest = -1;
    private LogRamp scale;
    /** Whether the last snapshot was at step 0, paused; and whether the last surface was asked for then. */
    private boolean atStart;
    private boolean untrained;

    public NetworkLandscapeView(Consumer<Command> send, Supplier<LandscapeState> landscape) {
        this.send = send;
        this.landscape = landscape;
        // the twins' titles take one size ("带 BatchNorm 的网络" a step smaller than "不带归一化的网络" beside it)
        bnlab.app.style.FittingTitle.together(bn.chart(), plain.chart());
        gridSize.setId("landscape-grid");
        range.setId("landscape-range");
        samples.setId("landscape-samples");
        seed.setId("landscape-seed");
        compute.setId("landscape-compute");
        cancel.setId("landscape-cancel");
        progress.setId("landscape-progress");
        for (javafx.scene.Node n : new javafx.scene.Node[] {compute, cancel, progress}) {
            n.getStyleClass().add(bnlab.app.export.Exporter.HIDDEN); // the window's controls stay out of a picture
        }
        message.setId("landscape-message");
        bnlab.app.style.Spinners.editable(gridSize, 2);
        bnlab.app.style.Spinners.editable(range, 3);
        bnlab.app.style.Spinners.editable(samples, 5);
        bnlab.app.style.Spinners.editable(seed, 4);
        compute.setDefaultButton(true);
        compute.setOnAction(e -> compute());
        cancel.setOnAction(e -> send.accept(new Command.CancelLandscape()));
        cancel.setDisable(true);
        progress.setPrefWidth(180);
        // a flow, not a row: on a 1280 px screen the controls wrap instead of cutting labels to "..."
        FlowPane controls = new FlowPane(10, 6, bnlab.app.style.Together.of(label(I18n.get("surface.grid")), gridSize),
                bnlab.app.style.Together.of(label(I18n.get("surface.range")), range), bnlab.app.style.Together.of(label(I18n.get("surface.samples")), samples),
                bnlab.app.style.Together.of(label(I18n.get("surface.seed")), seed), compute);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.setPadding(new Insets(8, 10, 4, 10));
        message.setStyle(SMALL); // inherits the bundled family: a set Font of the "System" family had no hanzi without a CJK font
        message.setWrapText(true);
        message.setPadding(new Insets(0, 10, 4, 10));
        message.setText(I18n.get("surface.intro"));
        emptyMaps();
        range.valueProperty().addListener((o, old, now) -> emptyMaps());
        HBox maps = new HBox(8, bn.node(), plain.node());
        HBox.setHgrow(bn.node(), Priority.ALWAYS);
        HBox.setHgrow(plain.node(), Priority.ALWAYS);
        // the progress and its cancel beside the message, not on a row of their own under the controls: at 1280 x 720
        // the controls filled a row and the two took another, 45 px the maps lacked (lesson 11)
        HBox status = new HBox(10, message, progress, cancel);
        status.setAlignment(Pos.CENTER_LEFT);
        status.setPadding(new Insets(0, 10, 4, 0));
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        cancel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        progress.setMinWidth(80);
        root.setTop(new javafx.scene.layout.VBox(controls, status));
        // below the maps' least height (a large type in a small window) they scroll, as the canyon and bowl do: at type
        // 2.5 on 1920 x 1080 the cell cut the maps' lower axes off
        root.setCenter(bnlab.app.style.Scrolling.of(maps));
        root.getStyleClass().add("view-pane");
        AnimationTimer poller = new AnimationTimer() {
            @Override
            public void handle(long now) {
                poll();
            }
        };
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                poller.stop();
            } else {
                poller.start();
            }
        });
    }

    // until the first surface arrives, both maps show the range asked for and how to fill them
    private void emptyMaps() {
        for (NetworkHeatMap m : new NetworkHeatMap[]{bn, plain}) {
            if (!m.hasGrid()) {
                m.empty(range.getValue(), I18n.get("surface.empty", I18n.get("surface.compute")));
            }
        }
    }

    private void compute() {
        // only BatchNorm keeps running statistics (0 and 1 before the first step); the others normalize in eval mode too
        untrained = atStart && norm == NormKind.BATCH;
        send.accept(new Command.ComputeLandscape(gridSize.getValue(), range.getValue(), samples.getValue(),
                seed.getValue()));
    }

    @Override
    public void configure(Map<String, Object> options) {
        if (options.get("grid") instanceof Number n) {
            set(gridSize, n.intValue());
        }
        if (options.get("range") instanceof Number n) {
            set(range, n.doubleValue());
        }
        if (options.get("samples") instanceof Number n) {
            set(samples, n.intValue());
        }
        if (options.get("seed") instanceof Number n) {
            set(seed, n.intValue());
        }
        if (Boolean.TRUE.equals(options.get("compute"))) {
            compute();
        }
    }

    // an option's least (end 0) or largest (end 1) value, for an integer spinner
    private static int whole(String option, int end) {
        return (int) OPTION_RANGES.get(option)[end];
    }

    // the spinner's own factory keeps the value in its range (the same as typing it in)
    private static <T> void set(Spinner<T> s, T v) {
        s.getValueFactory().setValue(v);
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.setStyle(SMALL);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }

    /** Polls the landscape state; the snapshot only names the normalized twin's normalization. */
    @Override
    public void show(Snapshot snapshot) {
        if (snapshot != null) {
            atStart = snapshot.step() == 0 && !snapshot.playing();
        }
        if (snapshot != null && snapshot.normalized() != null && snapshot.normalized().norm() != norm) {
            norm = snapshot.normalized().norm();
            bn.setTitle(title(norm));
        }
        poll();
    }

    /** "The network with BatchNorm": the twins' names used everywhere. */
    private static String title(NormKind k) {
        return I18n.get("twin.normalized.named", I18n.label(k));
    }

    /** FX thread: shows the latest landscape state if it is a new one (identity check, cheap). */
    void poll() {
        LandscapeState s = landscape.get();
        if (s == null || s == lastState) {
            return;
        }
        lastState = s;
        progress.setProgress(s.progress());
        cancel.setDisable(!s.running());
        message.setText(s.result() != null && !s.running() && untrained
                ? joined(describe(s), I18n.get("surface.untrained")) : describe(s));
        if (s.result() != null && s.requestId() != drawnRequest) {
            drawnRequest = s.requestId();
            draw(s.result());
        }
    }

    /** The state in words: a refusal or cancellation, the notes, and the timing or "computing". */
    static String describe(LandscapeState s) {
        String text = s.problem() != null ? I18n.problem(s.problem()) : "";
        for (var n : s.notes()) {
            text = joined(text, I18n.problem(n));
        }
        if (s.running()) {
            text = joined(text, I18n.get("surface.computing"));
        } else if (s.result() != null) {
            // to two significant digits: "0.73 s", not "0.7266 s"
            text = joined(text, I18n.get("surface.timing", s.result().alphas().length, s.result().samples(),
                    Numbers.twoSignificant(s.seconds())));
        }
        return text;
    }

    // sentences run on as the language runs them ("...秒。第 0 步时...", "... s. At step 0 ...")
    private static String joined(String first, String then) {
        return first.isEmpty() ? then : I18n.then(first, then);
    }

    private void draw(LandscapeResult r) {
        boolean any = Double.isFinite(r.min()) && r.min() > 0;
        scale = any ? new LogRamp(r.min(), r.max()) : new LogRamp(0.1, 1);
        bn.show(r.alphas(), r.betas(), r.normalized(), scale, readout(r.normalized(), r.normalizedCentre()));
        plain.show(r.alphas(), r.betas(), r.plain(), scale, readout(r.plain(), r.plainCentre()));
    }

    /**
     * The loss at the centre and how far the map climbs above it, on average and at most: the colour bar is a log
     * scale shared by both maps, on which the BN map's rise of a few tenths is one uniform colour (a student could
     * not check lesson 11's "0.1 to 0.35 against 20 to 35"). Large values in words.
     */
    static String readout(double[][] grid, double centre) {
        if (Double.isNaN(centre)) {
            return I18n.get("surface.diverged");
        }
        Rise rise = Rise.of(grid, centre);
        // a class reads "99.5 亿" / "9.95 billion" at once, "9.95e+9" only if it knows the notation
        String c = bnlab.app.i18n.Numbers.inWords(centre);
        return Double.isNaN(rise.mean()) ? I18n.get("surface.centre", c)
                : I18n.get("surface.centre.rise", c, bnlab.app.i18n.Numbers.inWords(rise.mean()),
                        bnlab.app.i18n.Numbers.inWords(rise.max()));
    }

    /** Polls now (headless renders, which cannot wait for a pulse) and says whether that request's surface is drawn. */
    public boolean drawn(long requestId) {
        poll();
        return drawnRequest == requestId;
    }

    /** For tests: the two maps. */
    NetworkHeatMap bnMap() {
        return bn;
    }

    NetworkHeatMap plainMap() {
        return plain;
    }
}
