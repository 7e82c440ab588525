package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.Convention;
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
    private final ReadOnlyObjectWrapper<ExperimentSpec> spec = new ReadOnlyObjectWrapper<>(ExperimentSpec.defaults());
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private int selectedLayer = -1;

    /**
     * @param send     where commands go (the session's send)
     * @param datasets loads data sets for the data set chooser
     * @param loader   runs loading tasks off the FX thread
     * @param data     the data set the session was started with (rebuilds reuse it)
     */
    public ControlsModel(Consumer<Command> send, DatasetSource datasets, Executor loader, Dataset data) {
        this.send = send;
        this.experiment = new ExperimentCommands(send, spec.getReadOnlyProperty(), datasets, loader, data);
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

    private String check(boolean ok, String message, Command c) {
        if (!ok) {
            return message;
        }
        send.accept(c);
        return null;
    }
}
