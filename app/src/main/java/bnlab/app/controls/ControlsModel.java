package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The control panel's presentation model. Command methods validate a value and send one command, or
 * return why they sent nothing. Read-only properties hold what the ENGINE applied, taken from the
 * latest snapshot, so the panel never shows a value the engine refused. FX thread only.
 */
public final class ControlsModel {
    private final Consumer<Command> send;
    private final ExperimentCommands experiment;
    private final ReadOnlyObjectWrapper<TrainSettings> settings = new ReadOnlyObjectWrapper<>(TrainSettings.defaults());
    private final ReadOnlyObjectWrapper<ExperimentSpec> spec = new ReadOnlyObjectWrapper<>(ExperimentCommands.firstExperiment());
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private int selectedLayer = -1;

    /**
     * @param send     where commands go (the session's send)
     * @param datasets loads data sets for the data set chooser
     * @param loader   runs loading tasks off the FX thread
     * @param data     the data set the session was started with (rebuilds reuse it)
     */
    public ControlsModel(Consumer<Command> send, DatasetSource datasets, Executor loader, Dataset data) {
        this(send, datasets, loader, LoadedData.of(data));
    }

    /** @param loaded the data set in use and where it came from */
    public ControlsModel(Consumer<Command> send, DatasetSource datasets, Executor loader, LoadedData loaded) {
        this.send = send;
        this.experiment = new ExperimentCommands(send, spec.getReadOnlyProperty(), settings.getReadOnlyProperty(),
                datasets, loader, loaded);
    }

    /** Take the applied values from a new snapshot. */
    public void update(Snapshot s) {
        snapshot.set(s);
        if (s.settings() != null) {
            settings.set(s.settings());
        }
        if (s.spec() != null) {
            spec.set(s.spec());
        }
    }

    public ReadOnlyObjectProperty<TrainSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExperimentSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Commands that rebuild both twins: data set, architecture, initialization, seed. */
    public ExperimentCommands experiment() {
        return experiment;
    }

    /** Half-life in steps of the applied BN running averages. */
    public double halfLifeSteps() {
        TrainSettings t = settings.get();
        return t.convention().halfLifeSteps(t.bnMomentum());
    }

    /** Hidden layer the pin sliders act on (-1: all). */
    public int selectedLayer() {
        return selectedLayer;
    }

    /** Learned gamma of the selected layer (mean over units; over layers for "all") on the BN twin. */
    public double learnedGamma() {
        return learned(true);
    }

    /** Learned beta of the selected layer on the BN twin. */
    public double learnedBeta() {
        return learned(false);
    }

    private double learned(boolean gamma) {
        Snapshot s = snapshot.get();
        TwinState t = s == null ? null : s.normalized();
        List<LayerProbe> layers = t == null ? Collections.emptyList() : t.layers();
        double sum = 0;
        int n = 0;
        for (LayerProbe p : layers) {
            if (selectedLayer < 0 || p.layer() == selectedLayer) {
                sum += gamma ? p.gammaMean() : p.betaMean();
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    // ---- live settings: one command each, checked against the setting's one range ----

    public Problem setLearningRate(double v) {
        return send(Setting.LEARNING_RATE, v, new Command.SetLearningRate(v));
    }

    public Problem setBnMomentum(double v) {
        return send(Setting.BN_MOMENTUM, v, new Command.SetBnMomentum(v));
    }

    public Problem setConvention(Convention c) {
        send.accept(new Command.SetConvention(c));
        return null;
    }

    public Problem setEps(double v) {
        return send(Setting.EPS, v, new Command.SetEps(v));
    }

    /** The noise after each normalization of the normalized twin, 0 for none ({@link Setting#BN_NOISE}). */
    public Problem setBnNoise(double v) {
        return send(Setting.BN_NOISE, v, new Command.SetBnNoise(v));
    }

    /**
     * A batch size the engine would refuse for this network (1 with BN in a fully connected layer, the engine's one
     * rule {@link TrainSettings#problemWith}) is refused here, under the field like any other value: it was said in
     * a banner over the views while the field kept the 1.
     */
    public Problem setBatchSize(double v) {
        Problem p = Setting.BATCH_SIZE.check(v);
        if (p == null) {
            p = settings.get().withBatchSize((int) v).problemWith(spec.get());
        }
        if (p == null) {
            send.accept(new Command.SetBatchSize((int) v));
        }
        return p;
    }

    public Problem setOptimizerMomentum(double v) {
        return send(Setting.OPTIMIZER_MOMENTUM, v, new Command.SetOptimizerMomentum(v));
    }

    /** Steps per second; 0 (and the slider's top, {@link Setting#SPEED}'s max) means as fast as possible. */
    public Problem setSpeed(double v) {
        return send(Setting.SPEED, v, new Command.SetSpeed(v >= Setting.SPEED.max() ? 0 : v));
    }

    /** Pin gamma of the selected layer to v, or unpin with null. */
    public Problem pinGamma(Double v) {
        return send(Setting.GAMMA, v == null ? Setting.GAMMA.min() : v, new Command.PinGamma(v, selectedLayer));
    }

    /** Pin beta of the selected layer to v, or unpin with null. */
    public Problem pinBeta(Double v) {
        return send(Setting.BETA, v == null ? Setting.BETA.min() : v, new Command.PinBeta(v, selectedLayer));
    }

    /** Choose the layer the pins act on; re-sends the applied pins for the new layer. */
    public void selectLayer(int layer) {
        selectedLayer = layer;
        TrainSettings t = settings.get();
        if (t.pinnedGamma() != null) {
            pinGamma(t.pinnedGamma());
        }
        if (t.pinnedBeta() != null) {
            pinBeta(t.pinnedBeta());
        }
    }

    // ---- transport ----

    public void play() {
        send.accept(new Command.Play());
    }

    public void pause() {
        send.accept(new Command.Pause());
    }

    public void step() {
        send.accept(new Command.Step(1));
    }

    public void reset() {
        send.accept(new Command.Reset());
    }

    public void resetTwin(boolean normalizedTwin) {
        send.accept(new Command.ResetTwin(normalizedTwin));
    }

    // the one rule: the setting's range decides; the engine checks again and publishes the same problem
    private Problem send(Setting setting, double v, Command c) {
        Problem p = setting.check(v);
        if (p == null) {
            send.accept(c);
        }
        return p;
    }
}
