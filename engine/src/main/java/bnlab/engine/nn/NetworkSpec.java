package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;

import java.util.List;

/**
 * The architecture of an MLP: input -> [Dense -> (norm) -> act] x hidden -> Dense -> loss.
 *
 * @param inputDim     number of input features
 * @param hidden       width of each hidden layer (any depth, each >= 1)
 * @param outputDim    number of classes
 * @param activation   nonlinearity of every hidden layer
 * @param init         weight initialization of every Dense layer
 * @param sigma        standard deviation for {@link InitKind#GAUSSIAN}
 * @param norms        normalization per hidden layer (same size as hidden)
 * @param placement    normalization before or after the activation
 * @param loss         training loss
 */
public record NetworkSpec(int inputDim, List<Integer> hidden, int outputDim, ActivationKind activation,
                          InitKind init, double sigma, List<NormKind> norms, Placement placement, LossKind loss) {

    public NetworkSpec {
        hidden = List.copyOf(hidden);
        norms = List.copyOf(norms);
        if (inputDim < 1 || outputDim < 1) {
            throw new IllegalArgumentException("input and output sizes must be at least 1");
        }
        if (hidden.size() != norms.size()) {
            throw new IllegalArgumentException(hidden.size() + " hidden layers but " + norms.size() + " norm settings");
        }
        for (int w : hidden) {
            if (w < 1) {
                throw new IllegalArgumentException("hidden width must be at least 1, got " + w);
            }
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("init sigma must be a positive number, got " + sigma);
        }
    }

    /** The same architecture with one normalization on every hidden layer. */
    public NetworkSpec withNorm(NormKind norm) {
        return new NetworkSpec(inputDim, hidden, outputDim, activation, init, sigma,
                java.util.Collections.nCopies(hidden.size(), norm), placement, loss);
    }

    public int depth() {
        return hidden.size();
    }

    /** Input width of dense layer i (i = hidden.size() is the output layer). */
    public int fanIn(int i) {
        return i == 0 ? inputDim : hidden.get(i - 1);
    }

    /** Output width of dense layer i. */
    public int fanOut(int i) {
        return i == hidden.size() ? outputDim : hidden.get(i);
    }
}
