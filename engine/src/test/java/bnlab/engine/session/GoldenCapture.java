package bnlab.engine.session;

import bnlab.engine.Nd4jSetup;
import bnlab.engine.data.Bundled;
import bnlab.engine.data.Dataset;
import bnlab.engine.nn.ActivationKind;
import bnlab.engine.nn.InitKind;
import bnlab.engine.nn.LossKind;
import bnlab.engine.nn.NormKind;
import bnlab.engine.nn.Placement;
import bnlab.engine.train.TwinRunner;
import com.google.gson.GsonBuilder;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One-off: records today's engine output for a fixed seed (run with -Dgolden=true). */
class GoldenCapture {
    @Test
    void capture() throws Exception {
        if (!Boolean.getBoolean("golden")) {
            return;
        }
        Nd4jSetup.singleThreaded();
        Dataset digits = Bundled.digits();
        run(digits, new ExperimentSpec(List.of(32, 24, 16), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 1.0,
                NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 7, 0.2, true),
                TrainSettings.defaults().withLearningRate(0.5).withBatchSize(30), "a");
        run(digits, new ExperimentSpec(List.of(20, 20), ActivationKind.RELU, InitKind.HE, 1.0,
                NormKind.BATCH, Placement.AFTER_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 11, 0.2, true),
                TrainSettings.defaults().withLearningRate(0.05).withBatchSize(16).withOptimizerMomentum(0.9)
                        .withBn(0.99, bnlab.engine.nn.Convention.KERAS, 1e-3).withPins(1.5, null, 1), "b");
        run(digits, new ExperimentSpec(List.of(24, 24), ActivationKind.TANH, InitKind.XAVIER, 1.0,
                NormKind.LAYER, Placement.BEFORE_ACTIVATION, LossKind.MSE, 3, 0.2, true),
                TrainSettings.defaults().withLearningRate(0.2).withBatchSize(8), "c");
    }

    private void run(Dataset digits, ExperimentSpec spec, TrainSettings s, String name) throws Exception {
        TwinRunner r = new TwinRunner(spec, digits, s, DataType.FLOAT);
        SnapshotBuilder b = new SnapshotBuilder();
        Map<String, Object> out = new LinkedHashMap<>();
        List<double[]> losses = new ArrayList<>();
        b.evaluateIfDue(r);
        for (int step = 1; step <= 45; step++) {
            r.step();
            b.evaluateIfDue(r);
            losses.add(new double[]{r.normalized().lastLoss(), r.plain().lastLoss()});
            if (step == 7 || step == 20 || step == 40 || step == 45) {
                Snapshot snap = b.build(step, r, false, null, 0);
                out.put("step" + step, List.of(snap.normalized(), snap.plain()));
            }
        }
        out.put("losses", losses);
        String json = new GsonBuilder().serializeSpecialFloatingPointValues().setPrettyPrinting().create().toJson(out);
        Path p = Path.of("target/golden-" + name + ".json");
        Files.writeString(p, json);
    }
}
