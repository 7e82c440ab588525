package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.app.style.Tips;
import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.DatasetId;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Setting;
import bnlab.engine.api.Snapshot;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;

/**
 * Data set, architecture and initialization; every change rebuilds both twins. The architecture is an
 * MLP (hidden layers of units) or a CNN (conv blocks of channels; GroupNorm's groups when it is chosen);
 * the normalization choice lists the ones that suit it ({@link NormKind#suits}).
 */
final class NetworkSection extends Section {
    private final ComboBox<DatasetId> dataset = new ComboBox<>();
    private final Label datasetInfo = new Label();
    private final ProgressIndicator loading = new ProgressIndicator();
    private final ComboBox<ActivationKind> activation = new ComboBox<>();
    private final ComboBox<InitChoice> init = new ComboBox<>();
    private final ComboBox<Placement> placement = new ComboBox<>();
    private final javafx.scene.control.CheckBox standardize = new javafx.scene.control.CheckBox(
            I18n.get("controls.standardize"));
    private final ComboBox<NormKind> norm = new ComboBox<>();
    private final ComboBox<ArchKind> arch = new ComboBox<>();
    private final Label normError = new Label();
    private final Label archError = new Label();
    private final ValueControl depth;
    private final ValueControl width;
    private final ValueControl blocks;
    private final ValueControl channels;
    private final ValueControl groups;
    private final ValueControl seed;
    private final ValueControl trainImages;
    private final Label scaling = new Label();

    NetworkSection(ControlsModel model) {
        super(model, I18n.get("controls.network"));
        dataset.setId("dataset");
        datasetInfo.setId("dataset-info");
        activation.setId("activation");
        init.setId("init");
        placement.setId("placement");
        loading.setMaxSize(24, 24);
        loading.visibleProperty().bind(model.experiment().loadingProperty());
        dataset.getItems().setAll(DatasetId.values());
        worded(dataset);
        dataset.setOnAction(e -> {
            if (!syncing && dataset.getValue() != null) {
                choose(dataset.getValue());
            }
        });
        activation.getItems().setAll(ActivationKind.values());
        worded(activation);
        activation.setOnAction(e -> {
            if (!syncing && activation.getValue() != null) {
                model.experiment().setActivation(activation.getValue());
            }
        });
        init.getItems().setAll(InitChoice.PRESETS);
        worded(init, InitChoice::label);
        init.setOnAction(e -> {
            if (!syncing && init.getValue() != null) {
                model.experiment().setInit(init.getValue());
            }
        });
        placement.getItems().setAll(Placement.values());
        worded(placement);
        placement.setOnAction(e -> {
            if (!syncing && placement.getValue() != null) {
                model.experiment().setPlacement(placement.getValue());
            }
        });
        standardize.setId("standardize");
        Tips.set(standardize, I18n.get("controls.standardize.tip"));
        standardize.setOnAction(e -> {
            if (!syncing) {
                model.experiment().setStandardize(standardize.isSelected());
            }
        });
        norm.setId("norm");
        norm.getItems().setAll(norms(ArchKind.MLP));
        worded(norm);
        normError.setId("norm-error");
        normError.getStyleClass().add("inline-error");
        normError.setWrapText(true);
        normError.managedProperty().bind(normError.visibleProperty());
        normError.setVisible(false);
        norm.setOnAction(e -> {
            if (!syncing && norm.getValue() != null) {
                bnlab.engine.api.Problem p = model.experiment().setNorm(norm.getValue());
                normError.setText(p == null ? "" : I18n.problem(p));
                normError.setVisible(p != null);
            }
        });
        arch.setId("arch");
        arch.getItems().setAll(ArchKind.values());
        worded(arch);
        archError.setId("arch-error");
        archError.getStyleClass().add("inline-error");
        archError.setWrapText(true);
        archError.managedProperty().bind(archError.visibleProperty());
        archError.setVisible(false);
        arch.setOnAction(e -> {
            if (!syncing && arch.getValue() != null) {
                // a CNN on a table of features is refused here, with why (the chooser goes back to what applies)
                bnlab.engine.api.Problem p = model.experiment().setArch(arch.getValue());
                archError.setText(p == null ? "" : I18n.problem(p));
                archError.setVisible(p != null);
                if (p != null) {
                    select(arch, model.specProperty().get().arch());
                }
            }
        });
        depth = new ValueControl("depth", Setting.DEPTH, I18n.get("controls.depth"), I18n.get("controls.depth.tip"),
                model.experiment()::setDepth);
        width = new ValueControl("width", Setting.WIDTH, I18n.get("controls.width"), I18n.get("controls.width.tip"),
                model.experiment()::setWidth);
        blocks = new ValueControl("blocks", Setting.CNN_DEPTH, I18n.get("controls.blocks"),
                I18n.get("controls.blocks.tip"), model.experiment()::setDepth);
        channels = new ValueControl("channels", Setting.CHANNELS, I18n.get("controls.channels"),
                I18n.get("controls.channels.tip"), model.experiment()::setWidth);
        groups = new ValueControl("groups", Setting.GROUPS, I18n.get("controls.groups"),
                I18n.get("controls.groups.tip"), model.experiment()::setGroups);
        for (ValueControl v : new ValueControl[] {depth, width, blocks, channels, groups}) {
            v.managedProperty().bind(v.visibleProperty());
        }
        blocks.setVisible(false);
        channels.setVisible(false);
        groups.setVisible(false);
        seed = new ValueControl("seed", Setting.SEED, I18n.get("controls.seed"), I18n.get("controls.seed.tip"),
                model.experiment()::setSeed);
        trainImages = new ValueControl("train-images", Setting.TRAIN_IMAGES, I18n.get("controls.trainImages"),
                I18n.get("controls.trainImages.tip"), model.experiment()::setTrainImages);
        trainImages.managedProperty().bind(trainImages.visibleProperty());
        scaling.setId("scaling");
        scaling.setWrapText(true);
        // the data set's sizes and where accuracy is measured: a sentence, wrapped in the panel's width
        datasetInfo.setWrapText(true);
        datasetInfo.setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(datasetInfo, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.control.Button save = new javafx.scene.control.Button(I18n.get("controls.save"));
        javafx.scene.control.Button open = new javafx.scene.control.Button(I18n.get("controls.open"));
        save.setId("save-experiment");
        open.setId("open-experiment");
        Tips.set(save, I18n.get("controls.save.tip"));
        Tips.set(open, I18n.get("controls.open.tip"));
        save.setOnAction(e -> chooseExperimentFile(true));
        open.setOnAction(e -> chooseExperimentFile(false));
        box.getChildren().add(new javafx.scene.layout.FlowPane(8, 6, save, open));
        box.getChildren().addAll(labelled(I18n.get("controls.data"), dataset, I18n.get("controls.data.tip")),
                new javafx.scene.layout.HBox(8, datasetInfo, loading), trainImages, standardize, scaling,
                labelled(I18n.get("controls.arch"), arch, I18n.get("controls.arch.tip")), archError,
                labelled(I18n.get("controls.norm"), norm, I18n.get("controls.norm.tip")), normError,
                labelled(I18n.get("controls.activation"), activation, I18n.get("controls.activation.tip")),
                labelled(I18n.get("controls.init"), init, I18n.get("controls.init.tip")),
                labelled(I18n.get("controls.placement"), placement, I18n.get("controls.placement.tip")),
                depth, width, blocks, channels, groups, seed);
    }

    /** The normalized twin's choices for an architecture. */
    static java.util.List<NormKind> norms(ArchKind a) {
        return java.util.Arrays.stream(NormKind.values()).filter(n -> n != NormKind.NONE && n.suits(a)).toList();
    }

    private void chooseExperimentFile(boolean save) {
        Window owner = bnlab.app.style.Dialogs.windowOf(box);
        if (save) {
            ExperimentDialogs.save(owner, model);
        } else {
            ExperimentDialogs.open(owner, model);
        }
    }

    private void choose(DatasetId choice) {
        Window owner = bnlab.app.style.Dialogs.windowOf(box);
        File picked = null;
        if (choice == DatasetId.CSV) {
            FileChooser fc = new FileChooser();
            fc.setTitle(I18n.get("controls.csv.title"));
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.get("controls.csvFiles"), "*.csv", "*.txt"));
            picked = fc.showOpenDialog(owner);
        } else if (choice == DatasetId.MNIST_FOLDER) {
            DirectoryChooser dc = new DirectoryChooser();
            dc.setTitle(I18n.get("controls.mnist.title"));
            picked = dc.showDialog(owner);
        }
        if (choice.needsPath() && picked == null) {
            return;
        }
        model.experiment().chooseDataset(choice, picked == null ? null : picked.toPath());
    }

    @Override
    void refresh() {
        ExperimentSpec s = model.specProperty().get();
        Snapshot snap = model.snapshotProperty().get();
        if (snap != null && snap.datasetName() != null) {
            DatasetId c = DatasetId.ofDatasetName(snap.datasetName());
            ValueControl.setIfChanged(datasetInfo, I18n.get("controls.datasetInfo",
                    c == null ? snap.datasetName() : I18n.label(c), snap.trainSize(), snap.testSize(),
                    snap.data().ownTestSet(), snap.data().evalTrainSize(), snap.data().evalTestSize()));
            ValueControl.setIfChanged(scaling, I18n.label(snap.data().scaling()));
            boolean mnist = model.experiment().datasetId() == DatasetId.MNIST_FOLDER;
            trainImages.setVisible(mnist);
            if (mnist) {
                trainImages.showApplied(Math.min(snap.trainSize(), Setting.TRAIN_IMAGES.max()));
            }
            // a file's data set: the choice it was opened with (CSV or MNIST folder)
            DatasetId shown = c != null ? c : model.experiment().datasetId();
            if (shown != null && !model.experiment().loadingProperty().get()) {
                select(dataset, shown);
            }
        }
        select(activation, s.activation());
        InitChoice built = InitChoice.of(s);
        java.util.List<InitChoice> choices = InitChoice.choicesWith(built);
        if (!init.getItems().equals(choices)) {
            // a sigma of no preset is listed after them as it is; it goes when another is built
            syncing = true;
            init.getItems().setAll(choices);
            syncing = false;
        }
        select(init, built);
        select(placement, s.placement());
        ArchKind a = s.arch() == null ? ArchKind.MLP : s.arch();
        boolean cnn = a == ArchKind.CNN;
        if (!norm.getItems().equals(norms(a))) {
            syncing = true;
            norm.getItems().setAll(norms(a));
            syncing = false;
        }
        select(arch, a);
        select(norm, s.norm());
        if (normError.isVisible() && norm.getValue() == s.norm()) {
            normError.setVisible(false);
        }
        if (standardize.isSelected() != s.standardize()) {
            syncing = true;
            standardize.setSelected(s.standardize());
            syncing = false;
        }
        depth.setVisible(!cnn);
        width.setVisible(!cnn);
        blocks.setVisible(cnn);
        channels.setVisible(cnn);
        groups.setVisible(cnn && s.norm() == NormKind.GROUP);
        (cnn ? blocks : depth).showApplied(s.hidden().size());
        if (cnn) {
            channels.showApplied(s.hidden().get(0));
            groups.showApplied(s.groups());
        } else {
            width.showApplied(s.hidden().get(s.hidden().size() - 1));
        }
        seed.showApplied(s.seed());
    }
}
