package bnlab.app.controls;

import bnlab.engine.data.Dataset;
import bnlab.engine.nn.ActivationKind;
import bnlab.engine.nn.Convention;
import bnlab.engine.nn.Placement;
import bnlab.engine.session.Command;
import bnlab.engine.session.ExperimentSpec;
import bnlab.engine.session.LayerProbe;
import bnlab.engine.session.Snapshot;
import bnlab.engine.session.TrainSettings;
import bnlab.engine.session.TwinState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.nio.file.Path;
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
    private final DatasetSource datasets;
    private final Executor loader;
    private final ReadOnlyObjectWrapper<TrainSettings> settings = new ReadOnlyObjectWrapper<>(TrainSettings.defaults());
    private final ReadOnlyObjectWrapper<ExperimentSpec> spec = new ReadOnlyObjectWrapper<>(ExperimentSpec.defaults());
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper();
    private Dataset data;
    private int selectedLayer = -1;

    /**
     * @param send     where commands go (the session's send)
     * @param datasets loads data sets for the data set chooser
     * @param loader   runs loading tasks off the FX thread
     * @param data     the data set the session was started with (rebuilds reuse it)
     */
    public ControlsModel(Consumer<Command> send, DatasetSource datasets, Executor loader, Dataset data) {
        this.send = send;
        this.datasets = datasets;
        this.loader = loader;
        this.data = data;
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

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last data set load failure (the loader's message), or null. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
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

    // ---- live settings: one command each ----

    public String setLearningRate(double v) {
        return check(v > 0 && v <= 1000, "learning rate must be > 0 and at most 1000, got " + Format.number(v),
                new Command.SetLearningRate(v));
    }

    public String setBnMomentum(double v) {
        return check(v >= 0 && v <= 1, "BN momentum must be between 0 and 1, got " + Format.number(v),
                new Command.SetBnMomentum(v));
    }

    public String setConvention(Convention c) {
        return check(c != null, "pick a convention", new Command.SetConvention(c));
    }

    public String setEps(double v) {
        return check(v > 0 && v <= 10, "eps must be > 0 and at most 10, got " + Format.number(v), new Command.SetEps(v));
    }

    public String setBatchSize(double v) {
        return check(v >= 1 && v <= 100_000 && v == Math.rint(v),
                "batch size must be a whole number from 1 to 100000, got " + Format.number(v),
                new Command.SetBatchSize((int) v));
    }

    public String setOptimizerMomentum(double v) {
        return check(v >= 0 && v < 1, "SGD momentum must be in [0, 1), got " + Format.number(v),
                new Command.SetOptimizerMomentum(v));
    }

    /** Steps per second; 0 (or anything from 1000 up) means as fast as possible. */
    public String setSpeed(double v) {
        return check(v >= 0 && Double.isFinite(v), "speed must be 0 (fastest) or a positive number of steps/s",
                new Command.SetSpeed(v >= 1000 ? 0 : v));
    }

    /** Pin gamma of the selected layer to v, or unpin with null. */
    public String pinGamma(Double v) {
        return check(v == null || Math.abs(v) <= 100, "gamma must be between -100 and 100, got " + v,
                new Command.PinGamma(v, selectedLayer));
    }

    /** Pin beta of the selected layer to v, or unpin with null. */
    public String pinBeta(Double v) {
        return check(v == null || Math.abs(v) <= 100, "beta must be between -100 and 100, got " + v,
                new Command.PinBeta(v, selectedLayer));
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

    // ---- experiment: each change rebuilds both twins ----

    public String setActivation(ActivationKind a) {
        return rebuild(spec.get().withActivation(a));
    }

    public String setInit(InitChoice i) {
        return rebuild(i.applyTo(spec.get()));
    }

    public String setPlacement(Placement p) {
        return rebuild(spec.get().withNorm(spec.get().norm(), p));
    }

    public String setDepth(double v) {
        if (!(v >= 1 && v <= 8 && v == Math.rint(v))) {
            return "depth must be a whole number of hidden layers from 1 to 8, got " + Format.number(v);
        }
        int width = spec.get().hidden().get(spec.get().hidden().size() - 1);
        return rebuild(spec.get().withHidden(Collections.nCopies((int) v, width)));
    }

    public String setWidth(double v) {
        if (!(v >= 1 && v <= 1024 && v == Math.rint(v))) {
            return "width must be a whole number of units from 1 to 1024, got " + Format.number(v);
        }
        return rebuild(spec.get().withHidden(Collections.nCopies(spec.get().hidden().size(), (int) v)));
    }

    public String setSeed(double v) {
        if (!(v >= 0 && v <= 9.0e15 && v == Math.rint(v))) {
            return "seed must be a whole number from 0 to 9e15, got " + Format.number(v);
        }
        return rebuild(spec.get().withSeed((long) v));
    }

    private String rebuild(ExperimentSpec s) {
        if (data == null) {
            return "no data set loaded yet";
        }
        send.accept(new Command.Rebuild(s, data));
        return null;
    }

    /**
     * Load a data set off the FX thread, then rebuild both twins on it. A failure sets
     * {@link #loadErrorProperty()} to the loader's message and sends nothing.
     */
    public Task<Dataset> loadDataset(DatasetChoice choice, Path path) {
        ExperimentSpec keep = spec.get();
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return datasets.load(choice, path);
            }
        };
        loading.set(true);
        loadError.set(null);
        task.setOnSucceeded(e -> {
            loading.set(false);
            data = task.getValue();
            send.accept(new Command.Rebuild(keep, data));
        });
        task.setOnFailed(e -> {
            loading.set(false);
            Throwable ex = task.getException();
            String why = ex == null ? "unknown error" : ex.getMessage() != null ? ex.getMessage() : ex.toString();
            loadError.set("Could not load " + (path != null ? path.getFileName() : choice) + ": " + why);
        });
        loader.execute(task);
        return task;
    }

    private String check(boolean ok, String message, Command c) {
        if (!ok) {
            return message;
        }
        send.accept(c);
        return null;
    }
}
