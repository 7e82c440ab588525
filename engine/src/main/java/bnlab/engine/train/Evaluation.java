package bnlab.engine.train;

import bnlab.engine.api.Moments;
import bnlab.engine.nn.Arrays2;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Loss;
import bnlab.engine.nn.Network;
import bnlab.engine.probe.Population;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * Accuracies of a network and the population statistics of its normalization inputs. Measuring never changes
 * the network: train-mode passes run with running-statistics updates switched off.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /** Results of one evaluation. population.get(i) is layer i's BN-input statistics. */
    public record Result(double trainAccTrainMode, double trainAccEvalMode, double testAcc,
                         List<Population> population) {
    }

    public static Result evaluate(Network net, INDArray trainX, int[] trainY, INDArray testX, int[] testY,
                                  int batchSize, boolean unbiasedVar) {
        List<Moments.Accumulator> acc = new ArrayList<>();
        for (HiddenBlock b : net.blocks()) {
            acc.add(new Moments.Accumulator((int) b.dense().weights().value().columns()));
        }
        double evalAcc = accuracy(net, trainX, trainY, 512, false, acc);
        double testAcc = accuracy(net, testX, testY, 512, false, null);
        double trainModeAcc = net.keepsRunningStats()
                ? accuracy(net, trainX, trainY, Math.max(2, batchSize), true, null) : evalAcc;
        List<Population> pop = new ArrayList<>();
        for (Moments.Accumulator a : acc) {
            pop.add(Population.of(a, unbiasedVar));
        }
        return new Result(trainModeAcc, evalAcc, testAcc, pop);
    }

    /**
     * Fraction of rows whose argmax logit equals the label, in chunks of chunk rows; a remainder
     * smaller than 2 joins the previous chunk (a train-mode BN batch needs two values).
     */
    static double accuracy(Network net, INDArray x, int[] y, int chunk, boolean training,
                           List<Moments.Accumulator> population) {
        int n = (int) x.rows();
        int correct = 0;
        float[] values = null;
        net.setUpdateRunningStats(false);
        try {
            for (int start = 0; start < n; ) {
                int end = Math.min(n, start + chunk);
                if (n - end < 2) {
                    end = n;
                }
                INDArray xb = x.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(start, end),
                        org.nd4j.linalg.indexing.NDArrayIndex.all()).dup();
                int[] pred = Loss.predict(net.forward(xb, training));
                for (int i = 0; i < pred.length; i++) {
                    if (pred[i] == y[start + i]) {
                        correct++;
                    }
                }
                if (population != null) {
                    for (int l = 0; l < population.size(); l++) {
                        INDArray in = net.blocks().get(l).normInput();
                        values = Arrays2.copy(in, values);
                        float[] c = values;
                        population.get(l).add(i -> c[i], (int) in.rows());
                    }
                }
                start = end;
            }
        } finally {
            net.setUpdateRunningStats(true);
        }
        return (double) correct / n;
    }
}
