package bnlab.engine.nn;

import bnlab.engine.api.Convention;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * An MLP or a CNN: hidden blocks (Dense or conv blocks, see {@link HiddenBlock}), an output Dense
 * layer and a loss. Engine thread only.
 * <p>
 * forward returns the logits, owned by the output layer (Not modified by callers; overwritten by the
 * next forward). backward reads the logits and targets (Not modified) and overwrites every
 * parameter's gradient.
 */
public final class Network {
    private final NetworkSpec spec;
    private final List<HiddenBlock> blocks;
    private final Dense output;
    private final Loss loss;
    private final DataType type;
    private final List<Param> params;

    public Network(NetworkSpec spec, List<HiddenBlock> blocks, Dense output, DataType type) {
        this.spec = spec;
        this.blocks = List.copyOf(blocks);
        this.output = output;
        this.loss = new Loss(spec.loss());
        this.type = type;
        List<Param> all = new ArrayList<>();
        for (HiddenBlock b : this.blocks) {
            all.addAll(b.params());
        }
        all.addAll(output.params());
        this.params = List.copyOf(all);
    }

    /**
     * Builds a network whose Dense layers take the given initial weights (dense.get(i) for hidden layer i,
     * the last one for the output layer), so twins can share them; the arrays are copied.
     */
    public static Network build(NetworkSpec spec, List<? extends Linear> initialDense, BnConfig bn, DataType type) {
        if (spec.cnn()) {
            return buildCnn(spec, initialDense, bn, type);
        }
        List<HiddenBlock> blocks = new ArrayList<>();
        for (int i = 0; i < spec.depth(); i++) {
            Dense d = copy((Dense) initialDense.get(i), i > 0, type);
            // one case per normalization: the compiler flags a NormKind without its layer
            Norm norm = switch (spec.norms().get(i)) {
                case NONE -> null;
                case BATCH -> new BatchNorm(spec.hidden().get(i), bn.convention(), bn.momentum(), bn.eps(), type);
                case LAYER -> new LayerNorm(spec.hidden().get(i), bn.eps(), type);
                case RMS -> new RMSNorm(spec.hidden().get(i), bn.eps(), type);
                case INSTANCE, GROUP -> throw new IllegalArgumentException("no " + spec.norms().get(i)
                        + " for an MLP"); // ExperimentSpec.problem() refuses INSTANCE and GROUP for MLPs
            };
            blocks.add(new HiddenBlock(d, norm, new Activation(spec.activation()), spec.placement()));
        }
        Dense out = copy((Dense) initialDense.get(spec.depth()), true, type);
        return new Network(spec, blocks, out, type);
    }

    // block i: conv 3x3 (stride 1, padding 1) on [C_i, H_i, W_i] -> norm -> act -> max pool 2x2 -> [C_i+1, H_i / 2, W_i / 2]
    private static Network buildCnn(NetworkSpec spec, List<? extends Linear> initial, BnConfig bn, DataType type) {
        List<HiddenBlock> blocks = new ArrayList<>();
        int h = spec.height();
        int w = spec.width();
        for (int i = 0; i < spec.depth(); i++) {
            Conv2d conv = (Conv2d) initial.get(i).copy(type, i > 0);
            int c = spec.hidden().get(i);
            Norm norm = switch (spec.norms().get(i)) {
                case NONE -> null;
                case BATCH, LAYER, INSTANCE, GROUP -> new ConvNorm(spec.norms().get(i), c, h, w, spec.groups(),
                        bn.convention(), bn.momentum(), bn.eps(), type);
                case RMS -> throw new IllegalArgumentException("no RMS norm for a CNN"); // ExperimentSpec.problem() refuses it
            };
            blocks.add(new HiddenBlock(conv, h, w, norm, new Activation(spec.activation()), spec.placement(),
                    new MaxPool2d(c, h, w)));
            h /= 2;
            w /= 2;
        }
        // flatten: the last block's [N, C, H, W] Mat is already [N, C * H * W]
        Dense out = (Dense) initial.get(spec.depth()).copy(type, true);
        return new Network(spec, blocks, out, type);
    }

    /**
     * Initial layers for a spec (Dense layers, or a CNN's convs then its output Dense layer), drawn in
     * layer order from one seeded generator. A conv's std uses PyTorch's fans: fan_in = C_in * 9,
     * fan_out = C_out * 9.
     */
    public static List<Linear> initialWeights(NetworkSpec spec, long seed, DataType type) {
        Random rng = new Random(seed);
        List<Linear> layers = new ArrayList<>();
        for (int i = 0; i <= spec.depth(); i++) {
            int in = spec.fanIn(i);
            int out = spec.fanOut(i);
            double std = spec.init().std(in, out, spec.sigma());
            if (spec.cnn() && i < spec.depth()) {
                int k = NetworkSpec.KERNEL;
                layers.add(Conv2d.init(i == 0 ? spec.inChannels() : spec.hidden().get(i - 1),
                        NetworkSpec.pooled(spec.height(), i), NetworkSpec.pooled(spec.width(), i), spec.hidden().get(i),
                        k, 1, k / 2, std, rng, type, i > 0));
            } else {
                layers.add(Dense.init(in, out, std, rng, type, i > 0));
            }
        }
        return layers;
    }

    private static Dense copy(Dense d, boolean needsInputGrad, DataType type) {
        return new Dense(d.weights().value().castTo(type).dup(), d.bias().value().castTo(type).dup(), needsInputGrad);
    }

    /** BN settings shared by all BN layers. */
    public record BnConfig(Convention convention, double momentum, double eps) {
        public static BnConfig defaults(Convention c) {
            return new BnConfig(c, c.defaultMomentum(), c.defaultEps());
        }
    }

    public INDArray forward(INDArray x, boolean training) {
        return forward(Mat.wrap(x), training).array();
    }

    /** The logits [N, K], owned by the output layer. x is Not modified. */
    public Mat forward(Mat x, boolean training) {
        Mat h = x;
        for (int i = 0; i < blocks.size(); i++) {
            h = blocks.get(i).forward(h, training);
        }
        return output.forward(h, training);
    }

    /** Loss of the last forward pass against one-hot targets, and backpropagation through all layers. */
    public double backward(INDArray logits, INDArray targets) {
        return backward(Mat.wrap(logits), Mat.wrap(targets));
    }

    public double backward(Mat logits, Mat targets) {
        double value = loss.value(logits, targets);
        Mat d = output.backward(loss.grad());
        for (int i = blocks.size() - 1; i >= 0; i--) {
            d = blocks.get(i).backward(d);
        }
        return value;
    }

    public Loss loss() {
        return loss;
    }

    public List<HiddenBlock> blocks() {
        return blocks;
    }

    public Dense outputLayer() {
        return output;
    }

    public NetworkSpec spec() {
        return spec;
    }

    public DataType dataType() {
        return type;
    }

    /** Whether some layer keeps running statistics (then train and eval mode differ). */
    public boolean keepsRunningStats() {
        return blocks.stream().anyMatch(b -> b.norm() != null && b.norm().keepsRunningStats());
    }

    /** Every parameter, hidden blocks first (the same list every time). */
    public List<Param> params() {
        return params;
    }

    /**
     * Whether every gradient has a finite squared norm in the network's type ({@link Param#gradientFits}): what
     * a step checks before it updates.
     */
    public boolean gradientsFit() {
        for (int i = 0; i < params.size(); i++) {
            if (!params.get(i).gradientFits()) {
                return false;
            }
        }
        return true;
    }

    /**
     * One sample through the hidden blocks as the last train-mode batch normalized it: a train-mode pass
     * in which BatchNorm uses that batch's statistics per channel (and updates nothing), the others the
     * sample's own. The blocks' caches then hold this pass (read them, e.g. to probe, before the next
     * one); weights, gradients and running statistics are not touched. sample [1, inputs] is Not modified.
     */
    public void forwardSample(Mat sample) {
        for (HiddenBlock b : blocks) {
            if (b.norm() instanceof ConvNorm c) {
                c.setReuseBatchStats(true);
            }
        }
        setUpdateRunningStats(false);
        try {
            Mat h = sample;
            for (HiddenBlock b : blocks) {
                h = b.forward(h, true);
            }
        } finally {
            setUpdateRunningStats(true);
            for (HiddenBlock b : blocks) {
                if (b.norm() instanceof ConvNorm c) {
                    c.setReuseBatchStats(false);
                }
            }
        }
    }

    /** Apply the running-statistics settings and eps to every normalization. */
    public void setBn(Convention c, double momentum, double eps) {
        for (HiddenBlock b : blocks) {
            if (b.norm() != null) {
                b.norm().setRunningStats(c, momentum);
                b.norm().setEps(eps);
            }
        }
    }

    /**
     * Noise after every normalization ({@link NormNoise}) at this level, or none for 0; the draws from the seed and
     * each layer's index, the current one step's.
     */
    public void setNoise(double level, long seed, long step) {
        for (int i = 0; i < blocks.size(); i++) {
            HiddenBlock b = blocks.get(i);
            NormNoise n = b.noise();
            if (level > 0 && b.normalized() && (n == null || n.level() != level)) {
                n = new NormNoise(b.units(), b.positions(), seed, i, level);
            } else if (!(level > 0)) {
                n = null;
            }
            if (n != null) {
                n.draw(step);
            }
            b.setNoise(n);
        }
    }

    /** Each normalization's noise draws step t's values (nothing without noise). */
    public void drawNoise(long step) {
        for (int i = 0; i < blocks.size(); i++) {
            NormNoise n = blocks.get(i).noise();
            if (n != null) {
                n.draw(step);
            }
        }
    }

    /** Train-mode passes that do not update running statistics (for measuring, not learning). */
    public void setUpdateRunningStats(boolean update) {
        for (HiddenBlock b : blocks) {
            if (b.norm() != null) {
                b.norm().setUpdateRunningStats(update);
            }
        }
    }
}
