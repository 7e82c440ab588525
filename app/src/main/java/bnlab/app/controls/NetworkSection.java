package bnlab.app.controls;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Snapshot;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/** Data set, architecture and initialization; every change rebuilds both twins. */
final class NetworkSection extends Section {
    private final ComboBox<DatasetChoice> dataset = new ComboBox<>();
    private final Label datasetInfo = new Label();
    private final Label loadError = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final ComboBox<ActivationKind> activation = new ComboBox<>();
    private final ComboBox<InitChoice> init = new ComboBox<>();
    private final ComboBox<Placement> placement = new ComboBox<>();
    private final javafx.scene.control.CheckBox standardize = new javafx.scene.control.CheckBox("standardize inputs");
    private final javafx.scene.control.ComboBox<bnlab.engine.api.NormKind> norm = new javafx.scene.control.ComboBox<>();
    private final ValueControl depth;
    private final ValueControl width;
    private final ValueControl seed;

    NetworkSection(ControlsModel model) {
        super(model, "Data and network");
        dataset.setId("dataset");
        datasetInfo.setId("dataset-info");
        loadError.setId("load-error");
        activation.setId("activation");
        init.setId("init");
        placement.setId("placement");
        loadError.getStyleClass().add("inline-error");
        loadError.setWrapText(true);
        loadError.textProperty().bind(model.experiment().loadErrorProperty());
        loadError.visibleProperty().bind(model.experiment().loadErrorProperty().isNotNull());
        loadError.managedProperty().bind(loadError.visibleProperty());
        loading.setMaxSize(24, 24);
        loading.visibleProperty().bind(model.experiment().loadingProperty());
        dataset.getItems().setAll(DatasetChoice.values());
        dataset.setPromptText("digits 8x8");
        dataset.setOnAction(e -> {
            if (!syncing && dataset.getValue() != null) {
                choose(dataset.getValue());
            }
        });
        activation.getItems().setAll(ActivationKind.values());
        activation.setOnAction(e -> {
            if (!syncing && activation.getValue() != null) {
                model.experiment().setActivation(activation.getValue());
            }
        });
        init.getItems().setAll(InitChoice.values());
        init.setOnAction(e -> {
            if (!syncing && init.getValue() != null) {
                model.experiment().setInit(init.getValue());
            }
        });
        placement.getItems().setAll(Placement.values());
        placement.setOnAction(e -> {
            if (!syncing && placement.getValue() != null) {
                model.experiment().setPlacement(placement.getValue());
            }
        });
        standardize.setId("standardize");
        standardize.setTooltip(new javafx.scene.control.Tooltip("x' = (x - mean_train) / std_train per feature. "
                + "Off: a badly scaled feature reaches the first layer as it is"));
        standardize.setOnAction(e -> {
            if (!syncing) {
                model.experiment().setStandardize(standardize.isSelected());
            }
        });
        norm.setId("norm");
        norm.getItems().setAll(bnlab.engine.api.NormKind.BATCH, bnlab.engine.api.NormKind.LAYER);
        norm.setOnAction(e -> {
            if (!syncing && norm.getValue() != null) {
                model.experiment().setNorm(norm.getValue());
            }
        });
        depth = new ValueControl("depth", "Hidden layers", "Input \u2192 [Dense \u2192 BN \u2192 f] \u00d7 depth \u2192 Dense "
                + "\u2192 softmax; the twin without BN has the same layers minus BN", 1, 8, false, true, model.experiment()::setDepth);
        width = new ValueControl("width", "Units per layer", "Width of every hidden layer", 2, 512, true, true,
                model.experiment()::setWidth);
        seed = new ValueControl("seed", "Seed", "Seeds the initial weights, the train/test split and the batch order; "
                + "both twins start from the same weights", 0, 1000, false, true, model.experiment()::setSeed);
        javafx.scene.control.Button save = new javafx.scene.control.Button("Save experiment\u2026");
        javafx.scene.control.Button open = new javafx.scene.control.Button("Open experiment\u2026");
        save.setId("save-experiment");
        open.setId("open-experiment");
        save.setTooltip(new javafx.scene.control.Tooltip("Save the data set, network, initialization, seed and all "
                + "settings as JSON (not the weights: the seed rebuilds the same initial weights)"));
        open.setTooltip(new javafx.scene.control.Tooltip("Open a saved experiment; a file that does not check out "
                + "changes nothing"));
        save.setOnAction(e -> chooseExperimentFile(true));
        open.setOnAction(e -> chooseExperimentFile(false));
        box.getChildren().add(new javafx.scene.layout.FlowPane(8, 6, save, open));
        box.getChildren().addAll(labelled("Data", dataset, "The data set both twins train on; loading "
                        + "happens in the background and then rebuilds both twins"),
                new javafx.scene.layout.HBox(8, datasetInfo, loading), loadError, standardize,
                labelled("Normalization", norm, "BatchNorm: statistics per unit over the batch (running "
                        + "averages for eval); LayerNorm: per sample over its units, same in train and eval"),
                labelled("Activation f", activation, "sigmoid(x) = 1 / (1 + e^-x), f' \u2264 0.25; "
                        + "tanh' = 1 - tanh\u00b2; ReLU' = 1 for x > 0, else 0"),
                labelled("Weight init", init, "N(0, 0.01\u00b2): activations collapse; N(0, 1): saturation; "
                        + "Xavier: N(0, 2/(fan_in + fan_out)); He: N(0, 2/fan_in)"),
                labelled("BN placement", placement, "before: Dense \u2192 BN \u2192 f (Ioffe & Szegedy); "
                        + "after: Dense \u2192 f \u2192 BN"),
                depth, width, seed);
    }

    private void chooseExperimentFile(boolean save) {
        Window owner = box.getScene() == null ? null : box.getScene().getWindow();
        FileChooser fc = new FileChooser();
        fc.setTitle(save ? "Save the experiment" : "Open an experiment");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("BN Lab experiment (JSON)", "*.json"));
        if (save) {
            fc.setInitialFileName("experiment.json");
            File f = fc.showSaveDialog(owner);
            if (f != null) {
                model.experiment().saveTo(f.toPath(), model.settingsProperty().get());
            }
        } else {
            File f = fc.showOpenDialog(owner);
            if (f != null) {
                model.experiment().openFrom(f.toPath());
            }
        }
    }

    private void choose(DatasetChoice choice) {
        Window owner = box.getScene() == null ? null : box.getScene().getWindow();
        File picked = null;
        if (choice == DatasetChoice.CSV) {
            FileChooser fc = new FileChooser();
            fc.setTitle("Open a CSV data set (label in the last column)");
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
            picked = fc.showOpenDialog(owner);
        } else if (choice == DatasetChoice.MNIST_FOLDER) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle("Open a folder with MNIST IDX files");
            picked = dc.showDialog(owner);
        }
        if (choice.needsPath() && picked == null) {
            return;
        }
        model.experiment().loadDataset(choice, picked == null ? null : picked.toPath());
    }

    @Override
    void refresh() {
        ExperimentSpec s = model.specProperty().get();
        Snapshot snap = model.snapshotProperty().get();
        if (snap != null && snap.datasetName() != null) {
            ValueControl.setIfChanged(datasetInfo,
                    snap.datasetName() + ": " + snap.trainSize() + " train, " + snap.testSize() + " test");
            DatasetChoice c = DatasetChoice.forDatasetName(snap.datasetName());
            if (c != null && !model.experiment().loadingProperty().get()) {
                select(dataset, c);
            }
        }
        select(activation, s.activation());
        select(init, InitChoice.of(s));
        select(placement, s.placement());
        select(norm, s.norm());
        if (standardize.isSelected() != s.standardize()) {
            syncing = true;
            standardize.setSelected(s.standardize());
            syncing = false;
        }
        depth.showApplied(s.hidden().size());
        width.showApplied(s.hidden().get(s.hidden().size() - 1));
        seed.showApplied(s.seed());
    }
}
