package bnlab.engine.train;

import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.nn.Param;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** One of the two twin networks, with its optimizer and divergence state. Engine thread only. */
public final class Twin {
    private final NetworkSpec spec;
    private final List<Dense> initial;
    private final DataType type;
    private Network net;
    private Sgd sgd;
    private boolean diverged;
    private String divergedMessage;
    private double lastLoss = Double.NaN;
    private Double pinnedGamma;
    private Double pinnedBeta;
    private int pinLayer = -1;

    Twin(NetworkSpec spec, List<Dense> initial, Network.BnConfig bn, double lr, double momentum, DataType type) {
        this.spec = spec;
        this.initial = initial;
        this.type = type;
        rebuild(bn, lr, momentum);
    }

    /** Back to the shared initial weights, fresh running statistics and optimizer state. */
    void rebuild(Network.BnConfig bn, double lr, double momentum) {
        net = Network.build(spec, initial, bn, type);
        sgd = new Sgd(lr, momentum);
        diverged = false;
        divergedMessage = null;
        lastLoss = Double.NaN;
        applyPins();
    }

    /**
     * One SGD step on a batch. A non-finite loss marks the twin diverged (it then skips steps) and
     * leaves its weights as they were before the step.
     */
    void step(INDArray x, INDArray targets, long stepIndex) {
        if (diverged) {
            return;
        }
        INDArray logits = net.forward(x, true);
        double loss = net.backward(logits, targets);
        lastLoss = loss;
        if (!Double.isFinite(loss) || !finiteGradients()) {
            diverged = true;
            divergedMessage = String.format(
                    "%s network diverged at step %d: the loss became %s at learning rate %s. "
                            + "It is paused; lower the learning rate and reset it.",
                    net.hasBatchNorm() ? "The BN" : "The plain", stepIndex, Double.isNaN(loss) ? "NaN"
                            : Double.isFinite(loss) ? "finite but the gradients overflowed" : "infinite",
                    sgd.learningRate());
            return;
        }
        sgd.step(net.params());
    }

    private boolean finiteGradients() {
        for (Param p : net.params()) {
            double n = p.grad().norm2Number().doubleValue();
            if (!Double.isFinite(n)) {
                return false;
            }
        }
        return true;
    }

    /** Pin gamma/beta (null unpins) of hidden layer pinLayer (-1: all); their gradients are then not applied. */
    void pin(Double gamma, Double beta, int layer) {
        this.pinnedGamma = gamma;
        this.pinnedBeta = beta;
        this.pinLayer = layer;
        applyPins();
    }

    private void applyPins() {
        List<HiddenBlock> blocks = net.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            HiddenBlock b = blocks.get(i);
            if (b.gamma() == null) {
                continue;
            }
            boolean selected = pinLayer < 0 || pinLayer == i;
            apply(b.gamma(), selected ? pinnedGamma : null);
            apply(b.beta(), selected ? pinnedBeta : null);
        }
    }

    private static void apply(Param p, Double value) {
        p.setFrozen(value != null);
        if (value != null) {
            p.value().assign(value);
        }
    }

    public Network net() {
        return net;
    }

    public Sgd sgd() {
        return sgd;
    }

    public boolean diverged() {
        return diverged;
    }

    public String divergedMessage() {
        return divergedMessage;
    }

    public double lastLoss() {
        return lastLoss;
    }
}
