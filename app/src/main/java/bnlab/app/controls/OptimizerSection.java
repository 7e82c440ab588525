package bnlab.app.controls;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Setting;
import bnlab.engine.api.TrainSettings;

/** Learning rate (log scale), SGD momentum and batch size. */
final class OptimizerSection extends Section {
    private final ValueControl lr;
    private final ValueControl sgdMomentum;
    private final ValueControl batch;

    OptimizerSection(ControlsModel model) {
        super(model, I18n.get("controls.optimizer"));
        lr = new ValueControl("lr", Setting.LEARNING_RATE, I18n.get("controls.lr"), I18n.get("controls.lr.tip"),
                model::setLearningRate);
        sgdMomentum = new ValueControl("sgd-momentum", Setting.OPTIMIZER_MOMENTUM, I18n.get("controls.sgdMomentum"),
                I18n.get("controls.sgdMomentum.tip"), model::setOptimizerMomentum);
        batch = new ValueControl("batch", Setting.BATCH_SIZE, I18n.get("controls.batch"),
                I18n.get("controls.batch.tip"), model::setBatchSize);
        box.getChildren().addAll(lr, sgdMomentum, batch);
    }

    @Override
    void refresh() {
        TrainSettings t = model.settingsProperty().get();
        lr.showApplied(t.learningRate());
        sgdMomentum.showApplied(t.optimizerMomentum());
        batch.showApplied(t.batchSize());
    }
}
