package bnlab.engine.session;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.api.TwinState;

import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.probe.LayerProber;
import bnlab.engine.probe.Population;
import bnlab.engine.train.Evaluation;
import bnlab.engine.train.Twin;
import bnlab.engine.train.TwinRunner;

import java.util.ArrayList;
import java.util.List;

/** Turns the runner's live networks into an immutable snapshot. Engine thread only. */
final class SnapshotBuilder {
    private Evaluation.Result normEval;
    private Evaluation.Result plainEval;
    private long evalStep = -1;

    void forget() {
        normEval = null;
        plainEval = null;
        evalStep = -1;
    }

    /** Evaluate both twins when due (every evalEvery steps, and at step 0). */
    void evaluateIfDue(TwinRunner runner) {
        long step = runner.stepCount();
        int every = Math.max(1, runner.settings().evalEvery());
        if (evalStep < 0 || step < evalStep || (step != evalStep && step % every == 0)) {
            normEval = runner.normalized().diverged() ? null : runner.evaluate(runner.normalized());
            plainEval = runner.plain().diverged() ? null : runner.evaluate(runner.plain());
            evalStep = step;
        }
    }

    Snapshot build(long version, TwinRunner runner, boolean playing, String message, double stepsPerSec) {
        return new Snapshot(version, runner.stepCount(), runner.epoch(), playing, runner.settings(), runner.spec(),
                runner.datasetName(), runner.trainSize(), runner.testSize(),
                twin(runner, runner.normalized(), normEval), twin(runner, runner.plain(), plainEval),
                message, stepsPerSec);
    }

    private TwinState twin(TwinRunner runner, Twin twin, Evaluation.Result eval) {
        TrainSettings s = runner.settings();
        List<LayerProbe> layers = new ArrayList<>();
        List<HiddenBlock> blocks = twin.net().blocks();
        // probes need a training forward pass; before the first step there is none
        if (runner.stepCount() > 0 && blocks.get(0).normInput() != null && !twin.diverged()) {
            LayerProber.Settings ps = new LayerProber.Settings(s.histBins(), s.probeUnit(), s.saturationThreshold());
            for (int i = 0; i < blocks.size(); i++) {
                HiddenBlock b = blocks.get(i);
                Population pop = eval == null || b.batchNorm() == null ? null : eval.population().get(i);
                double update = twin.sgd().lastUpdateNorm(b.dense().weights());
                layers.add(LayerProber.probe(i, b, ps, update, pop));
            }
        }
        double nan = Double.NaN;
        return new TwinState(twin.net().blocks().stream().anyMatch(HiddenBlock::normalized), twin.diverged(),
                twin.divergedMessage(), twin.lastLoss(),
                eval == null ? nan : eval.trainAccTrainMode(), eval == null ? nan : eval.trainAccEvalMode(),
                eval == null ? nan : eval.testAcc(), evalStep, layers);
    }
}
