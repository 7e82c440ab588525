package bnlab.app.controls;

import bnlab.engine.api.TrainSettings;

/** Learning rate (log scale), SGD momentum and batch size. */
final class OptimizerSection extends Section {
    private final ValueControl lr;
    private final ValueControl sgdMomentum;
    private final ValueControl batch;

    OptimizerSection(ControlsModel model) {
        super(model, "Optimizer");
        lr = new ValueControl("lr", "Learning rate \u03b7",
                "SGD: W \u2190 W - \u03b7 \u00b7 \u2202L/\u2202W  (log scale, 1e-4 to 10)", 1e-4, 10, true, false,
                model::setLearningRate);
        sgdMomentum = new ValueControl("sgd-momentum", "SGD momentum \u03bc",
                "v \u2190 \u03bc v + \u2202L/\u2202W;  W \u2190 W - \u03b7 v  (0: plain SGD)", 0, 0.99, false, false,
                model::setOptimizerMomentum);
        batch = new ValueControl("batch", "Batch size m",
                "BN statistics are over the m samples of a mini-batch: \u03bc = (1/m) \u03a3 x, "
                        + "\u03c3\u00b2 = (1/m) \u03a3 (x - \u03bc)\u00b2", 2, 1024, true, true, model::setBatchSize);
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
