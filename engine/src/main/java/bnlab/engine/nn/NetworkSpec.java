package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ArchKind;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;

import java.util.List;

/**
 * The architecture of the twins. An MLP: input -> [Dense -> (norm) -> act] x hidden -> Dense -> loss.
 * A CNN: input [C0, H, W] -> [conv 3x3 (stride 1, padding 1) -> (norm) -> act -> max pool 2x2] x hidden
 * -> flatten -> Dense -> loss, hidden giving each block's channels (the order of norm and act as
 * placement says; pooling last). C0 = inputDim / (H * W).
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
 * @param arch         MLP or CNN
 * @param height       a CNN's input image height H (0 for an MLP)
 * @param width        a CNN's input image width W (0 for an MLP)
 * @param groups       GroupNorm's number of groups (used by GROUP only)
 */
public record NetworkSpec(int inputDim, List<Integer> hidden, int outputDim, ActivationKind activation,
                          InitKind init, double sigma, List<NormKind> norms, Placement placement, LossKind loss,
                          ArchKind arch, int height, int width, int groups) {

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
        if (arch == ArchKind.CNN && (height < 1 || width < 1 || inputDim % (height * width) != 0)) {
            throw new IllegalArgumentException("a CNN needs images: " + inputDim + " inputs of " + height + "x" + width);
        }
    }

    /** An MLP. */
    public NetworkSpec(int inputDim, List<Integer> hidden, int outputDim, ActivationKind activation,
                       InitKind init, double sigma, List<NormKind> norms, Placement placement, LossKind loss) {
        this(inputDim, hidden, outputDim, activation, init, sigma, norms, placement, loss, ArchKind.MLP, 0, 0, 1);
    }

    public boolean cnn() {
        return arch == ArchKind.CNN;
    }

    /** A CNN's input channels C0. */
    public int inChannels() {
        return inputDim / (height * width);
    }

    /** The image side after b blocks of 2x2 pooling: size / 2^b (floor at each block). */
    public static int pooled(int size, int blocks) {
        for (int i = 0; i < blocks; i++) {
            size /= 2;
        }
        return size;
    }

    /** The same architecture with one normalization on every hidden layer. */
    public NetworkSpec withNorm(NormKind norm) {
        return new NetworkSpec(inputDim, hidden, outputDim, activation, init, sigma,
                java.util.Collections.nCopies(hidden.size(), norm), placement, loss, arch, height, width, groups);
    }

    public int depth() {
        return hidden.size();
    }

    /**
     * Input width of dense layer i (i = hidden.size() is the output layer). For a CNN: block i's conv
     * fan-in C_in * 3 * 3, and the output layer's flattened C * H * W.
     */
    public int fanIn(int i) {
        if (cnn()) {
            if (i == hidden.size()) {
                return hidden.get(i - 1) * pooled(height, i) * pooled(width, i);
            }
            return (i == 0 ? inChannels() : hidden.get(i - 1)) * KERNEL * KERNEL;
        }
        return i == 0 ? inputDim : hidden.get(i - 1);
    }

    /** A CNN's kernel size. */
    public static final int KERNEL = 3;

    /** Output width of dense layer i. */
    public int fanOut(int i) {
        if (cnn() && i < hidden.size()) {
            return hidden.get(i) * KERNEL * KERNEL; // PyTorch's fan_out of a conv: C_out * k * k
        }
        return i == hidden.size() ? outputDim : hidden.get(i);
    }
}
