package bnlab.app.controls;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Command;
import bnlab.engine.session.ExperimentFile;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Changes that rebuild both twins (same seed: same initial weights): the data set, the architecture,
 * the initialization and the seed. Each starts from the spec the engine last applied. Command methods
 * return null when they sent, else why they did not. FX thread only.
 */
public final class ExperimentCommands {
    private final Consumer<Command> send;
    private final ReadOnlyObjectProperty<ExperimentSpec> spec;
    private final DatasetSource datasets;
    private final Executor loader;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper();
    private Dataset data;
    /** What {@code data} was loaded from, for saving an experiment (null choice: unknown). */
    private DatasetChoice choice;
    private Path path;

    ExperimentCommands(Consumer<Command> send, ReadOnlyObjectProperty<ExperimentSpec> spec, DatasetSource datasets,
                       Executor loader, Dataset data) {
        this.send = send;
        this.spec = spec;
        this.datasets = datasets;
        this.loader = loader;
        this.data = data;
        this.choice = data == null ? null : DatasetChoice.forDatasetName(data.name());
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last data set load failure (the loader's message), or null. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    public String setActivation(ActivationKind a) {
        return rebuild(spec.get().withActivation(a));
    }

    public String setInit(InitChoice i) {
        return rebuild(i.applyTo(spec.get()));
    }

    public String setPlacement(Placement p) {
        return rebuild(spec.get().withNorm(spec.get().norm(), p));
    }

    /** Standardize input features with training-set mean and std (off: a badly scaled feature stays so). */
    public String setStandardize(boolean z) {
        return rebuild(spec.get().withStandardize(z));
    }

    /** BatchNorm or LayerNorm in the normalized twin. */
    public String setNorm(bnlab.engine.api.NormKind n) {
        if (n == bnlab.engine.api.NormKind.NONE) {
            return "the normalized twin needs BatchNorm or LayerNorm; the other twin has none";
        }
        return rebuild(spec.get().withNorm(n, spec.get().placement()));
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
        return load(choice, path, d -> send.accept(new Command.Rebuild(keep, d)));
    }

    /**
     * Open a saved (already checked) experiment: load its data set off the FX thread, then rebuild both
     * twins from its spec and apply its settings. Any failure leaves the current experiment as it is.
     */
    public Task<Dataset> openExperiment(ExperimentFile file) {
        DatasetChoice c;
        try {
            c = DatasetChoice.valueOf(file.dataset());
        } catch (IllegalArgumentException e) {
            loadError.set("Could not open the experiment: unknown data set '" + file.dataset() + "'");
            return null;
        }
        if (c.needsPath() && file.datasetPath() == null) {
            loadError.set("Could not open the experiment: " + c + " needs a file or folder, and none is named");
            return null;
        }
        Path p = file.datasetPath() == null ? null : Path.of(file.datasetPath());
        return load(c, p, d -> {
            send.accept(new Command.Rebuild(file.spec(), d));
            send.accept(new Command.Apply(file.settings()));
        });
    }

    /** The current experiment (spec and settings as the engine applied them) for saving. */
    public ExperimentFile current(TrainSettings settings) {
        if (choice == null) {
            throw new IllegalStateException("the current data set cannot be named in a file");
        }
        return ExperimentFile.of(choice.name(), path == null ? null : path.toString(), spec.get(), settings);
    }

    /** Save the current experiment; returns null, or why nothing was saved (also shown inline). */
    public String saveTo(Path file, TrainSettings settings) {
        try {
            current(settings).write(file);
            loadError.set(null);
            return null;
        } catch (IOException | IllegalStateException e) {
            String why = "Could not save " + file.getFileName() + ": " + e.getMessage();
            loadError.set(why);
            return why;
        }
    }

    /** Read and check a saved experiment, then open it; returns null, or why nothing changed (also shown inline). */
    public String openFrom(Path file) {
        ExperimentFile f;
        try {
            f = ExperimentFile.read(file);
        } catch (IOException e) {
            String why = "Could not open " + e.getMessage();
            loadError.set(why);
            return why;
        }
        openExperiment(f);
        return loadError.get();
    }

    private Task<Dataset> load(DatasetChoice c, Path p, Consumer<Dataset> then) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return datasets.load(c, p);
            }
        };
        loading.set(true);
        loadError.set(null);
        task.setOnSucceeded(e -> {
            loading.set(false);
            data = task.getValue();
            choice = c;
            path = p;
            then.accept(data);
        });
        task.setOnFailed(e -> {
            loading.set(false);
            Throwable ex = task.getException();
            String why = ex == null ? "unknown error" : ex.getMessage() != null ? ex.getMessage() : ex.toString();
            loadError.set("Could not load " + (p != null ? p.getFileName() : c) + ": " + why);
        });
        loader.execute(task);
        return task;
    }
}
