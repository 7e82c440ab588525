package bnlab.engine.session;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;
import bnlab.engine.api.UnitStats;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.train.TwinRunner;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The redesign changed no number that did not depend on the old replay: snapshots are compared with
 * golden values recorded from the engine before it (resources golden/*.json, three set-ups, 45 steps).
 * <ul>
 * <li>every step's loss of both twins and every accuracy: bit for bit;</li>
 * <li>at steps 7 and 45 (no evaluation since the step), the histograms, percentiles, saturation,
 *     gradient and update norms, running and batch statistics: bit for bit;</li>
 * <li>at steps 20 and 40 (an evaluation right after the step) the old engine probed activations
 *     replayed with the updated weights; the new ones are those of the step itself: they equal a run
 *     that never evaluates, and differ from the old values.</li>
 * </ul>
 * Known differences, not compared: gamma and beta are now read before the update (as the step used
 * them); the population statistics were merged two-pass (Chan et al.) instead of sum - n mean^2 (the first
 * layer's mean compared to 1e-5 relative), and a BN twin's are now averaged over the train-mode pass's
 * mini-batches, as the running statistics are (PopulationTest), not taken through earlier layers in eval mode.
 */
class GoldenSnapshotTest {
    private static Dataset digits;
    private static final int[] PROBED = {7, 20, 40, 45};

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    private record Setup(String name, ExperimentSpec spec, TrainSettings settings) {
    }

    private static final List<Setup> SETUPS = List.of(
            new Setup("a", new ExperimentSpec(List.of(32, 24, 16), ActivationKind.SIGMOID, InitKind.GAUSSIAN, 1.0,
                    NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 7, 0.2, true),
                    TrainSettings.defaults().withLearningRate(0.5).withBatchSize(30)),
            new Setup("b", new ExperimentSpec(List.of(20, 20), ActivationKind.RELU, InitKind.HE, 1.0,
                    NormKind.BATCH, Placement.AFTER_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 11, 0.2, true),
                    TrainSettings.defaults().withLearningRate(0.05).withBatchSize(16).withOptimizerMomentum(0.9)
                            .withBn(0.99, Convention.KERAS, 1e-3).withPins(1.5, null, 1)),
            new Setup("c", new ExperimentSpec(List.of(24, 24), ActivationKind.TANH, InitKind.XAVIER, 1.0,
                    NormKind.LAYER, Placement.BEFORE_ACTIVATION, LossKind.MSE, 3, 0.2, true),
                    TrainSettings.defaults().withLearningRate(0.2).withBatchSize(8)));

    /** Runs a set-up the way the golden file was recorded; returns the snapshots at the probed steps. */
    private static Map<Integer, Snapshot> run(Setup s, TrainSettings settings, List<double[]> losses) {
        TwinRunner r = new TwinRunner(s.spec(), digits, settings, DataType.FLOAT);
        SnapshotBuilder b = new SnapshotBuilder();
        b.evaluateIfDue(r);
        Map<Integer, Snapshot> out = new TreeMap<>();
        for (int step = 1; step <= 45; step++) {
            int k = step;
            r.step(java.util.Arrays.stream(PROBED).anyMatch(p -> p == k));
            b.afterStep(r);
            if (losses != null) {
                losses.add(new double[]{r.normalized().lastLoss(), r.plain().lastLoss()});
            }
            if (out.size() < PROBED.length && java.util.Arrays.stream(PROBED).anyMatch(p -> p == k)) {
                out.put(step, b.build(step, r, false, null, 0));
            }
        }
        return out;
    }

    private static JsonObject golden(String name) throws Exception {
        try (var in = GoldenSnapshotTest.class.getResourceAsStream("/golden/golden-" + name + ".json")) {
            return JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
        }
    }

    @Test
    void lossesAccuraciesAndStepProbesAreBitIdenticalToTheEngineBeforeTheRedesign() throws Exception {
        for (Setup s : SETUPS) {
            JsonObject g = golden(s.name());
            List<double[]> losses = new java.util.ArrayList<>();
            Map<Integer, Snapshot> snaps = run(s, s.settings(), losses);
            JsonArray gl = g.getAsJsonArray("losses");
            for (int i = 0; i < 45; i++) {
                for (int t = 0; t < 2; t++) {
                    assertBits(gl.get(i).getAsJsonArray().get(t), losses.get(i)[t], s.name() + " loss step " + (i + 1));
                }
            }
            for (int step : PROBED) {
                JsonArray twins = g.getAsJsonArray("step" + step);
                Snapshot snap = snaps.get(step);
                for (int t = 0; t < 2; t++) {
                    JsonObject old = twins.get(t).getAsJsonObject();
                    TwinState now = t == 0 ? snap.normalized() : snap.plain();
                    String at = s.name() + " step " + step + (t == 0 ? " normalized" : " plain");
                    for (String f : new String[]{"trainAccTrainMode", "trainAccEvalMode", "testAcc"}) {
                        assertBits(old.get(f), f.equals("testAcc") ? now.testAcc() : f.equals("trainAccTrainMode")
                                ? now.trainAccTrainMode() : now.trainAccEvalMode(), at + " " + f);
                    }
                    if (step % 20 != 0) {
                        compareProbes(old.getAsJsonArray("layers"), now.layers(), at);
                    }
                }
            }
        }
    }

    private static void compareProbes(JsonArray old, List<LayerProbe> now, String at) {
        assertEquals(old.size(), now.size(), at);
        for (int l = 0; l < now.size(); l++) {
            JsonObject o = old.get(l).getAsJsonObject();
            LayerProbe p = now.get(l);
            String where = at + " layer " + l;
            histogram(o.get("normInput"), p.histograms().normInput(), where + " normInput");
            histogram(o.get("xhat"), p.histograms().xhat(), where + " xhat");
            histogram(o.get("normOutput"), p.histograms().normOutput(), where + " normOutput");
            histogram(o.get("activationInput"), p.histograms().activationInput(), where + " activationInput");
            histogram(o.get("activationOutput"), p.histograms().activationOutput(), where + " activationOutput");
            assertBits(o.get("saturatedFraction"), p.saturatedFraction(), where + " saturation");
            assertBits(o.get("gradNorm"), p.weightGradNorm(), where + " gradNorm");
            assertBits(o.get("updateRatio"), p.updateRatio(), where + " updateRatio");
            JsonArray units = o.getAsJsonArray("units");
            boolean bn = !o.get("runningMean").getAsJsonArray().get(0).getAsString().equals("NaN");
            for (int k = 0; k < units.size(); k++) {
                UnitStats u = p.units().get(k);
                assertEquals(units.get(k).getAsInt(), u.unit(), where);
                assertBits(o.getAsJsonArray("runningMean").get(k), u.runningMean(), where + " runningMean");
                assertBits(o.getAsJsonArray("runningVar").get(k), u.runningVar(), where + " runningVar");
                if (bn) {
                    assertBits(o.getAsJsonArray("batchMean").get(k), u.batchMean(), where + " batchMean");
                    assertBits(o.getAsJsonArray("batchVar").get(k), u.batchVar(), where + " batchVar");
                    if (l == 0) { // the first layer's mean over all rows is every definition's
                        close(o.getAsJsonArray("populationMean").get(k), u.populationMean(), where + " populationMean");
                    }
                }
            }
        }
    }

    /** At an evaluation step the probes are the step's own: equal to a run that never evaluates, unlike the replay. */
    @Test
    void atEvaluationStepsTheProbesAreTheStepsOwnNotAReplay() throws Exception {
        for (Setup s : SETUPS) {
            JsonObject g = golden(s.name());
            Map<Integer, Snapshot> withEval = run(s, s.settings(), null);
            Map<Integer, Snapshot> noEval = run(s, s.settings().withEvalEvery(1000), null);
            for (int step : new int[]{20, 40}) {
                for (int t = 0; t < 2; t++) {
                    List<LayerProbe> a = (t == 0 ? withEval.get(step).normalized() : withEval.get(step).plain()).layers();
                    List<LayerProbe> b = (t == 0 ? noEval.get(step).normalized() : noEval.get(step).plain()).layers();
                    for (int l = 0; l < a.size(); l++) {
                        String at = s.name() + " step " + step + " twin " + t + " layer " + l;
                        TrainingSessionTest.assertDeepEquals(at, a.get(l).histograms(), b.get(l).histograms());
                        assertEquals(a.get(l).weightGradNorm(), b.get(l).weightGradNorm(), at);
                    }
                    Histogram replayed = histogramOf(g.getAsJsonArray("step" + step).get(t).getAsJsonObject()
                            .getAsJsonArray("layers").get(0).getAsJsonObject().get("normInput").getAsJsonObject());
                    assertNotEquals(Double.doubleToLongBits(replayed.mean()),
                            Double.doubleToLongBits(a.get(0).histograms().normInput().mean()),
                            s.name() + " step " + step + ": the old engine's replayed values are gone");
                }
            }
        }
    }

    private static Histogram histogramOf(JsonObject o) {
        JsonArray c = o.getAsJsonArray("counts");
        long[] counts = new long[c.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = c.get(i).getAsLong();
        }
        return new Histogram(num(o.get("lo")), num(o.get("hi")), counts, num(o.get("mean")), num(o.get("std")),
                o.get("n").getAsLong());
    }

    private static void histogram(JsonElement old, Histogram now, String at) {
        if (old == null || old.isJsonNull()) {
            assertEquals(null, now, at);
            return;
        }
        Histogram h = histogramOf(old.getAsJsonObject());
        // the activation input has finer bins since, over the same range: each group of them merges exactly
        // into one old bin (width / k is exact, and floor(x / (w / k)) / k = floor(x / w))
        if (now != null && now.bins() != h.bins() && now.bins() % h.bins() == 0) {
            now = now.merged(now.bins() / h.bins());
        }
        // histograms are framed around their bulk since: the same bins where the frame came out the same
        if (Double.doubleToLongBits(h.lo()) == Double.doubleToLongBits(now.lo())
                && Double.doubleToLongBits(h.hi()) == Double.doubleToLongBits(now.hi())) {
            assertTrue(java.util.Arrays.equals(h.counts(), now.counts()), at + " counts");
            assertBits(old.getAsJsonObject().get("lo"), now.lo(), at + " lo");
            assertBits(old.getAsJsonObject().get("hi"), now.hi(), at + " hi");
        } else {
            assertTrue(now.hi() - now.lo() <= h.hi() - h.lo(), at + ": outliers no longer widen the range");
        }
        assertBits(old.getAsJsonObject().get("mean"), now.mean(), at + " mean");
        assertBits(old.getAsJsonObject().get("std"), now.std(), at + " std");
        assertEquals(h.n(), now.n(), at + " n");
    }

    private static double num(JsonElement e) {
        return e.getAsJsonPrimitive().isString() ? Double.parseDouble(e.getAsString()) : e.getAsDouble();
    }

    private static void assertBits(JsonElement old, double now, String at) {
        assertEquals(Double.doubleToLongBits(num(old)), Double.doubleToLongBits(now), at + ": " + num(old) + " vs " + now);
    }

    private static void close(JsonElement old, double now, String at) {
        double o = num(old);
        assertEquals(o, now, 1e-5 * Math.max(1, Math.abs(o)), at);
    }
}
