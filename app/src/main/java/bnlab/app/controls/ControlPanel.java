package bnlab.app.controls;

import bnlab.app.SnapshotView;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The control panel on the left of the window: the model plus its sections in a scroll pane. */
public final class ControlPanel implements SnapshotView {
    private final ControlsModel model;
    private final List<Section> sections;
    private final ScrollPane root;
    private static final long REFRESH_NANOS = 100_000_000L;
    private long lastRefresh;

    public ControlPanel(ControlsModel model) {
        this.model = model;
        sections = List.of(new TransportSection(model), new OptimizerSection(model), new BnSection(model),
                new NetworkSection(model));
        VBox box = new VBox(14);
        box.getStyleClass().add("control-panel");
        sections.forEach(s -> box.getChildren().add(s.node()));
        root = new bnlab.app.style.LiveScrollPane(box);
        root.setId("controls");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.setPrefWidth(440);
        root.setMinWidth(0);
        refresh();
    }

    public ControlsModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    /**
     * While training runs, the read-outs that change every step (step counter, learned gamma and beta)
     * refresh at most 10 times a second; a change of what the engine applied, or a pause, shows at once.
     */
    @Override
    public void show(Snapshot snapshot) {
        Snapshot before = model.snapshotProperty().get();
        model.update(snapshot);
        long now = System.nanoTime();
        boolean applied = before == null || !java.util.Objects.equals(before.settings(), snapshot.settings())
                || !java.util.Objects.equals(before.spec(), snapshot.spec())
                || before.playing() != snapshot.playing();
        if (applied || !snapshot.playing() || now - lastRefresh >= REFRESH_NANOS) {
            refresh();
            lastRefresh = now;
        }
    }

    private void refresh() {
        for (Section s : sections) {
            s.refresh();
        }
    }
}
