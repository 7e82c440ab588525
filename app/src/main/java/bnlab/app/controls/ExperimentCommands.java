package bnlab.app.controls;

import bnlab.engine.Engine;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentFile;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.FileProblem;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.TrainSettings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.concurrent.Task;

import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Changes that rebuild both twins (same seed: same initial weights): the data set, the architecture,
 * the initialization and the seed. Each starts from the spec the engine last applied. Command methods
 * return null when they sent, else the problem that kept them from sending. A data set or experiment
 * that fails to load or save sets {@link #problemProperty()} (the window shows it in the banner).
 * FX thread only.
 */
public final class ExperimentCommands {
    private final Consumer<Command> send;
    private final ReadOnlyObjectProperty<ExperimentSpec> spec;
    private final ReadOnlyObjectProperty<TrainSettings> settings;
    private final DatasetSource datasets;
    private final Executor loader;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ProblemException> problem = new ReadOnlyObjectWrapper<>();
    private Dataset data;
    /** What {@code data} was loaded from, for saving an experiment (null: unknown). */
    private DatasetId id;
    private Path path;
    /** Training images read from an MNIST folder (all: Integer.MAX_VALUE). */
    private int trainImages = Integer.MAX_VALUE;

    ExperimentCommands(Consumer<Command> send, ReadOnlyObjectProperty<ExperimentSpec> spec,
                       ReadOnlyObjectProperty<TrainSettings> settings, DatasetSource datasets, Executor loader,
                       LoadedData loaded) {
        this.send = send;
        this.spec = spec;
        this.settings = settings;
        this.datasets = datasets;
        this.loader = loader;
        this.data = loaded.data();
        this.id = loaded.id();
        this.path = loaded.path();
        this.trainImages = loaded.trainImages();
    }

    /** The data set in use and where it came from. */
    public LoadedData loaded() {
        return new LoadedData(data, id, path, trainImages);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load, open or save failure (with its file), or null after a success. */
    public ReadOnlyObjectProperty<ProblemException> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The choice the current data set came from (null when unknown). */
    public DatasetId datasetId() {
        return id;
    }

    public Problem setActivation(ActivationKind a) {
        return rebuild(spec.get().withActivation(a));
    }

    public Problem setInit(InitChoice i) {
        return rebuild(i.applyTo(spec.get()));
    }

    public Problem setPlacement(Placement p) {
        return rebuild(spec.get().withNorm(spec.get().norm(), p));
    }

    /**
     * The window's first experiment, and an MLP's after a switch from a CNN: Ioffe and Szegedy's Figure 1 set-up
     * (3 x 100 sigmoid, N(0, 0.1^2), BN before the activation; the default learning rate 0.1 is its rate), whose
     * twins make BN's point from the first seconds on the digits: the twin with BN at 90 % test accuracy by step
     * 60-80 against 1,400-1,670, its loss below, the plain twin's percentile band drifting. From N(0, 1) weights
     * the twin with BN kept a higher training loss and the curves said Figure 1's point did not show (a student's
     * first screen).
     */
    public static ExperimentSpec firstExperiment() {
        return ExperimentSpec.figure1(42);
    }

    /**
     * Ioffe and Szegedy's Figure 1 set-up on the current data (MNIST when a folder is open): 3 x 100
     * sigmoid, small Gaussian init, BN before the activation, learning rate {@link ExperimentSpec#FIGURE1_LEARNING_RATE}.
     */
    public Problem applyFigure1() {
        Problem p = rebuild(ExperimentSpec.figure1(spec.get().seed()).withTestFraction(spec.get().testFraction()));
        if (p == null) {
            send.accept(new Command.SetLearningRate(ExperimentSpec.FIGURE1_LEARNING_RATE));
        }
        return p;
    }

    /** Standardize input features with training-set mean and std (off: a badly scaled feature stays so). */
    public Problem setStandardize(boolean z) {
        return rebuild(spec.get().withStandardize(z));
    }

    /** The normalized twin's normalization (one that suits the architecture: {@link NormKind#suits}). */
    public Problem setNorm(NormKind n) {
        return rebuild(spec.get().withNorm(n, spec.get().placement()));
    }

    /**
     * MLP or CNN. A switch starts from that architecture's first experiment ({@link #firstExperiment()}
     * or {@link ExperimentSpec#cnnDefaults()}), keeping the seed and the test fraction: an MLP's 100 units
     * and sigmoid would make a slow CNN, a CNN's 8 channels a thin MLP.
     */
    public Problem setArch(ArchKind a) {
        ExperimentSpec s = spec.get();
        return a == s.arch() ? null : rebuild(firstOf(a, s));
    }

    /** The first experiment of an architecture with the seed and test fraction of s. */
    static ExperimentSpec firstOf(ArchKind a, ExperimentSpec s) {
        ExperimentSpec d = a == ArchKind.CNN ? ExperimentSpec.cnnDefaults() : firstExperiment();
        return d.withSeed(s.seed()).withTestFraction(s.testFraction());
    }

    /** Hidden layers (MLP, {@link Setting#DEPTH}) or conv blocks (CNN, {@link Setting#CNN_DEPTH}). */
    public Problem setDepth(double v) {
        boolean cnn = spec.get().arch() == ArchKind.CNN;
        Problem p = (cnn ? Setting.CNN_DEPTH : Setting.DEPTH).check(v);
        if (p != null) {
            return p;
        }
        java.util.List<Integer> h = spec.get().hidden();
        return rebuild(spec.get().withHidden(cnn ? doubling(h.get(0), (int) v)
                : Collections.nCopies((int) v, h.get(h.size() - 1))));
    }

    /** Units of every hidden layer (MLP), or the first conv block's channels (CNN: each next block doubles). */
    public Problem setWidth(double v) {
        boolean cnn = spec.get().arch() == ArchKind.CNN;
        Problem p = (cnn ? Setting.CHANNELS : Setting.WIDTH).check(v);
        int depth = spec.get().hidden().size();
        return p != null ? p : rebuild(spec.get().withHidden(cnn ? doubling((int) v, depth)
                : Collections.nCopies(depth, (int) v)));
    }

    // channels c, 2c, 4c, ... per block (as the first experiment's 8, 16), at most CHANNELS' maximum
    static java.util.List<Integer> doubling(int first, int blocks) {
        java.util.List<Integer> h = new java.util.ArrayList<>();
        for (int i = 0, c = first; i < blocks; i++, c = (int) Math.min(Setting.CHANNELS.max(), 2L * c)) {
            h.add(c);
        }
        return h;
    }

    /** GroupNorm's number of groups (it must divide every block's channels: the spec says so if not). */
    public Problem setGroups(double v) {
        Problem p = Setting.GROUPS.check(v);
        return p != null ? p : rebuild(spec.get().withGroups((int) v));
    }

    public Problem setSeed(double v) {
        Problem p = Setting.SEED.check(v);
        return p != null ? p : rebuild(spec.get().withSeed((long) v));
    }

    /** The spec the engine last applied. */
    public ExperimentSpec spec() {
        return spec.get();
    }

    /** The settings the engine last applied. */
    public TrainSettings settings() {
        return settings.get();
    }

    /** Rebuild both twins from a spec (on the data in use). */
    public Problem rebuildWith(ExperimentSpec s) {
        return rebuild(s);
    }

    /**
     * Set up a lesson's experiment: exactly this spec and these settings, on this data set (null: keep the
     * one in use), loading it first when it is another one.
     */
    public Problem open(ExperimentSpec s, TrainSettings settings, DatasetId dataset) {
        return open(s, settings, dataset, () -> { });
    }

    /**
     * As {@link #open(ExperimentSpec, TrainSettings, DatasetId)}, then {@code after} once the experiment
     * was sent (at once, or when another data set has loaded), so what follows reaches the new twins.
     */
    public Problem open(ExperimentSpec s, TrainSettings settings, DatasetId dataset, Runnable after) {
        Problem p = s.problem();
        if (p == null) {
            p = settings.problemWith(s);
        }
        if (p != null) {
            return p;
        }
        if (dataset == null || dataset == id) {
            if (data == null) {
                return Problem.of(SettingProblem.MISSING, Setting.DEPTH);
            }
            p = s.problemWith(data);
            if (p != null) {
                return p;
            }
            send.accept(new Command.Open(s, data, settings));
            after.run();
        } else {
            load(dataset, null, Integer.MAX_VALUE, d -> {
                send.accept(new Command.Open(s, d, settings));
                after.run();
            });
        }
        return null;
    }

    // the spec's own rules, and a CNN's need of images large enough for its blocks, first (the engine checks them again)
    private Problem rebuild(ExperimentSpec s) {
        Problem p = data == null ? s.problem() : s.problemWith(data);
        if (p != null) {
            return p;
        }
        if (data == null) {
            return Problem.of(SettingProblem.MISSING, Setting.DEPTH);
        }
        send.accept(new Command.Rebuild(s, data));
        return null;
    }

    /** Load a data set off the FX thread, then rebuild both twins on it; a failure changes nothing. */
    public Task<Dataset> loadDataset(DatasetId which, Path from) {
        return loadAndRebuild(which, from, spec.get());
    }

    // every training image of the data set, then both twins rebuilt on it with this spec
    private Task<Dataset> loadAndRebuild(DatasetId which, Path from, ExperimentSpec s) {
        return load(which, from, Integer.MAX_VALUE, d -> send.accept(new Command.Rebuild(s, d)));
    }

    /**
     * The data set a user picks: as {@link #loadDataset}, except that the badly scaled moons come unstandardized,
     * their one feature 1000 times the other's (standardized, they were the moons again and the point they exist
     * for did not show); the box "standardize inputs" says so and turns it back on.
     */
    public Task<Dataset> chooseDataset(DatasetId which, Path from) {
        return loadAndRebuild(which, from, forData(spec.get(), which));
    }

    /** The spec as a user's pick of this data set starts it: the badly scaled moons unstandardized. */
    public static ExperimentSpec forData(ExperimentSpec s, DatasetId which) {
        return which == DatasetId.BADLY_SCALED_MOONS ? s.withStandardize(false) : s;
    }

    /** Training images read from the MNIST folder in use (all of them: Integer.MAX_VALUE). */
    public int trainImages() {
        return trainImages;
    }

    /** Read the MNIST folder in use again with at most n training images, then rebuild. */
    public Problem setTrainImages(double n) {
        Problem p = Setting.TRAIN_IMAGES.check(n);
        if (p != null) {
            return p;
        }
        if (id != DatasetId.MNIST_FOLDER || path == null) {
            return Problem.of(FileProblem.DATASET_PATH_MISSING, DatasetId.MNIST_FOLDER.name());
        }
        ExperimentSpec keep = spec.get();
        load(DatasetId.MNIST_FOLDER, path, (int) n, d -> send.accept(new Command.Rebuild(keep, d)));
        return null;
    }

    /**
     * Open a saved (already checked) experiment: load its data set off the FX thread, then rebuild both
     * twins from its spec with exactly its settings. Any failure leaves the current experiment as it is.
     */
    public Task<Dataset> openExperiment(ExperimentFile file, String fileName) {
        DatasetId which;
        try {
            which = DatasetId.valueOf(file.dataset());
        } catch (IllegalArgumentException e) {
            problem.set(new ProblemException(Problem.of(FileProblem.UNKNOWN_DATASET, file.dataset()), fileName, e));
            return null;
        }
        if (which.needsPath() && file.datasetPath() == null) {
            problem.set(new ProblemException(Problem.of(FileProblem.DATASET_PATH_MISSING, which.name()), fileName,
                    null));
            return null;
        }
        Path p = file.datasetPath() == null ? null : Path.of(file.datasetPath());
        int limit = file.trainImages() == null ? Integer.MAX_VALUE : file.trainImages();
        return load(which, p, limit, d -> send.accept(new Command.Open(file.spec(), d, file.settings())));
    }

    /** The current experiment (spec and settings as the engine applied them) for saving, or null if unnamed. */
    public ExperimentFile current(TrainSettings settings) {
        if (id == null) {
            return null;
        }
        return ExperimentFile.of(id.name(), path == null ? null : path.toString(), spec.get(), settings)
                .withTrainImages(id == DatasetId.MNIST_FOLDER && trainImages != Integer.MAX_VALUE ? trainImages : null);
    }

    /** Save the current experiment; returns null, or why nothing was saved (also in {@link #problemProperty()}). */
    public ProblemException saveTo(Path file, TrainSettings settings) {
        ExperimentFile f = current(settings);
        try {
            if (f == null) {
                throw new ProblemException(Problem.of(FileProblem.MISSING_PART, "dataset"),
                        String.valueOf(file.getFileName()), null);
            }
            Engine.writeExperiment(f, file);
            problem.set(null);
            return null;
        } catch (ProblemException e) {
            problem.set(e);
            return e;
        }
    }

    /** Read and check a saved experiment, then open it; returns null, or why nothing changed. */
    public ProblemException openFrom(Path file) {
        try {
            openExperiment(Engine.readExperiment(file), String.valueOf(file.getFileName()));
        } catch (ProblemException e) {
            problem.set(e);
        }
        return problem.get();
    }

    private Task<Dataset> load(DatasetId which, Path from, int limit, Consumer<Dataset> then) {
        Task<Dataset> task = new Task<>() {
            @Override
            protected Dataset call() throws Exception {
                return datasets.load(which, from, limit);
            }
        };
        loading.set(true);
        problem.set(null);
        task.setOnSucceeded(e -> {
            loading.set(false);
            data = task.getValue();
            id = which;
            path = from;
            trainImages = limit;
            then.accept(data);
        });
        task.setOnFailed(e -> {
            loading.set(false);
            Throwable ex = task.getException();
            problem.set(ex instanceof ProblemException pe ? pe : new ProblemException(
                    Problem.of(FileProblem.UNREADABLE, ex == null ? bnlab.app.i18n.I18n.get("io.unknown") : bnlab.app.i18n.IoReasons.of(ex)),
                    from == null ? which.cliName() : String.valueOf(from.getFileName()), ex));
        });
        loader.execute(task);
        return task;
    }
}
