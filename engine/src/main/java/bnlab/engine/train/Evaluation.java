package bnlab.engine.train;

import bnlab.engine.api.Moments;
import bnlab.engine.api.Percentiles;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Loss;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Network;
import bnlab.engine.probe.Population;
import bnlab.engine.probe.UnitSample;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracies of a network and the population statistics of its normalization inputs. Measuring never changes
 * the network: train-mode passes run with running-statistics updates switched off. The data is cut into
 * chunks once ({@link EvalSet}) and the layers keep their buffers per chunk size, so an evaluation allocates
 * no native memory.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * Results of one evaluation. population.get(i) is layer i's BN-input statistics; unitInput the percentiles of
     * the probe unit's activation input in the last hidden layer over the evaluated training rows, as training
     * computes it (BN with running statistics: in train mode, each chunk of a batch's size normalized with its own
     * statistics; any other network: one pass, which the mode does not change). path: how the loss and its
     * gradient change along the gradient ({@link GradientPath}), or NONE where not measured.
     */
    public record Result(double trainAccTrainMode, double trainAccEvalMode, double testAcc,
                         List<Population> population, Percentiles unitInput, GradientPath.Result path) {
        Result withPath(GradientPath.Result p) {
            return new Result(trainAccTrainMode, trainAccEvalMode, testAcc, population, unitInput, p);
        }
    }

    // the population statistics: with running statistics, averaged over the train-mode pass's mini-batches (what
    // the running statistics converge to); otherwise the moments of the eval-mode pass over all rows (see Population)
    static Result evaluate(Network net, EvalSet train, EvalSet test, int trainModeRows, boolean unbiasedVar,
                           int unit) {
        boolean running = net.keepsRunningStats();
        List<Moments.Accumulator> acc = new ArrayList<>();
        List<Moments.BatchAverages> batches = new ArrayList<>();
        List<LayerInput> takes = new ArrayList<>();
        for (HiddenBlock b : net.blocks()) {
            // per unit: a conv block's per channel over N * H * W
            if (running) {
                Moments.BatchAverages a = new Moments.BatchAverages(b.units());
                batches.add(a);
                takes.add(a::add);
            } else {
                Moments.Accumulator a = new Moments.Accumulator(b.units());
                acc.add(a);
                takes.add(a::add);
            }
        }
        // the pass that gives the population statistics is the one "as training computes it": the unit's sample too
        HiddenBlock last = net.blocks().get(net.blocks().size() - 1);
        UnitSample sample = new UnitSample(unit, last.units(), last.positions(), train.rows);
        double evalAcc = accuracy(net, train, EvalSet.EVAL_CHUNK, false, running ? null : takes, running ? null : sample);
        double testAcc = accuracy(net, test, EvalSet.EVAL_CHUNK, false, null, null);
        double trainModeAcc = running ? accuracy(net, train, trainModeRows, true, takes, sample) : evalAcc;
        List<Population> pop = new ArrayList<>();
        for (int l = 0; l < net.blocks().size(); l++) {
            pop.add(running ? Population.of(batches.get(l), unbiasedVar) : Population.of(acc.get(l), unbiasedVar));
        }
        return new Result(trainModeAcc, evalAcc, testAcc, pop, sample.percentiles(), GradientPath.Result.NONE);
    }

    /** Takes one chunk's normalization input at a layer: [rows, units * positions]. */
    interface LayerInput {
        void add(Moments.Values in, int rows, int positions);
    }

    /** The fraction of the set's rows whose argmax logit equals the label, in eval mode. */
    static double testAccuracy(Network net, EvalSet set) {
        return accuracy(net, set, EvalSet.EVAL_CHUNK, false, null, null);
    }

    /**
     * Fraction of rows whose argmax logit equals the label, in chunks of chunk rows (see {@link EvalSet});
     * population: per hidden layer, what takes each chunk's normalization input, or null; sample: what takes the
     * last hidden layer's activation input, or null.
     */
    static double accuracy(Network net, EvalSet set, int chunk, boolean training, List<LayerInput> population,
                           UnitSample sample) {
        int correct = 0;
        int seen = 0;
        int[] pred = new int[chunk + 1];
        net.setUpdateRunningStats(false);
        try {
            for (Mat xb : set.chunks(chunk)) {
                pred = Loss.predict(net.forward(xb, training), pred);
                for (int i = 0; i < xb.rows; i++) {
                    if (pred[i] == set.labels[seen + i]) {
                        correct++;
                    }
                }
                for (int l = 0; population != null && l < population.size(); l++) {
                    HiddenBlock b = net.blocks().get(l);
                    Mat in = b.normInputMat().heap();
                    population.get(l).add(in, in.rows, b.positions());
                }
                if (sample != null) {
                    sample.add(net.blocks().get(net.blocks().size() - 1).activationInputMat().heap(), xb.rows);
                }
                seen += xb.rows;
            }
        } finally {
            net.setUpdateRunningStats(true);
        }
        return set.rows == 0 ? Double.NaN : (double) correct / set.rows;
    }
}
