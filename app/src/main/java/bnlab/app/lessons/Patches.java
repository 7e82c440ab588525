package bnlab.app.lessons;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Setting;
import bnlab.engine.api.TrainSettings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A lesson's partial spec and settings (checked by the schema) applied to a full one. */
final class Patches {
    private Patches() {
    }

    /**
     * The spec with the patch applied. An "arch" other than the spec's starts from that architecture's first
     * experiment ({@link ExperimentSpec#cnnDefaults()} or {@link ExperimentSpec#defaults()}, keeping the seed
     * and test fraction), before the patch's other fields, whatever their order in the file.
     */
    static ExperimentSpec spec(ExperimentSpec s, Map<String, Object> p) {
        if (p.get("arch") instanceof String a && ArchKind.valueOf(a) != s.arch()) {
            ExperimentSpec d = ArchKind.valueOf(a) == ArchKind.CNN ? ExperimentSpec.cnnDefaults() : ExperimentSpec.defaults();
            s = d.withSeed(s.seed()).withTestFraction(s.testFraction());
        }
        for (Map.Entry<String, Object> e : p.entrySet()) {
            Object v = e.getValue();
            s = switch (e.getKey()) {
                case "arch" -> s;
                case "groups" -> s.withGroups(((Number) v).intValue());
                case "hidden" -> {
                    List<Integer> h = new ArrayList<>();
                    for (Object w : (List<?>) v) {
                        h.add(((Number) w).intValue());
                    }
                    yield s.withHidden(h);
                }
                case "activation" -> s.withActivation(ActivationKind.valueOf((String) v));
                case "init" -> s.withInit(InitKind.valueOf((String) v), s.sigma());
                case "sigma" -> s.withInit(s.init(), ((Number) v).doubleValue());
                case "norm" -> s.withNorm(NormKind.valueOf((String) v), s.placement());
                case "placement" -> s.withNorm(s.norm(), Placement.valueOf((String) v));
                case "seed" -> s.withSeed(((Number) v).longValue());
                case "standardize" -> s.withStandardize((Boolean) v);
                case "testFraction" -> s.withTestFraction(((Number) v).doubleValue());
                default -> throw new IllegalArgumentException("spec field " + e.getKey());
            };
        }
        return s;
    }

    /**
     * A patch's entries with "convention" first: a BN_MOMENTUM beside it is meant in the new convention
     * (switching keeps the new batch's weight, so the other order would turn Keras 0.99 into 0.01).
     */
    static List<Map.Entry<String, Object>> conventionFirst(Map<String, Object> p) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(p.entrySet());
        entries.sort((a, b) -> Boolean.compare(!a.getKey().equals("convention"), !b.getKey().equals("convention")));
        return entries;
    }

    /** The settings with the patch applied (pins on every layer; "convention" keeps the new batch weight). */
    static TrainSettings settings(TrainSettings t, Map<String, Object> p) {
        for (Map.Entry<String, Object> e : conventionFirst(p)) {
            Object v = e.getValue();
            if (e.getKey().equals("convention")) {
                Convention c = Convention.valueOf((String) v);
                t = t.withBn(c.momentumForNewBatchWeight(t.convention().newBatchWeight(t.bnMomentum())), c,
                        p.containsKey("EPS") ? t.eps() : c.defaultEps());
                continue;
            }
            double x = ((Number) v).doubleValue();
            if (e.getKey().equals("PROBE_UNIT")) {
                t = t.withProbeUnit((int) x);
                continue;
            }
            t = switch (Setting.valueOf(e.getKey())) {
                case LEARNING_RATE -> t.withLearningRate(x);
                case OPTIMIZER_MOMENTUM -> t.withOptimizerMomentum(x);
                case BN_MOMENTUM -> t.withBn(x, t.convention(), t.eps());
                case EPS -> t.withBn(t.bnMomentum(), t.convention(), x);
                case BATCH_SIZE -> t.withBatchSize((int) x);
                case SPEED -> t.withSpeed(x);
                case GAMMA -> t.withPins(x, t.pinnedBeta(), -1);
                case BETA -> t.withPins(t.pinnedGamma(), x, -1);
                case EVAL_EVERY -> t.withEvalEvery((int) x);
                case BN_NOISE -> t.withBnNoise(x);
                default -> throw new IllegalArgumentException("setting " + e.getKey());
            };
        }
        return t;
    }
}
