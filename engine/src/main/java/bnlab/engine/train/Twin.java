package bnlab.engine.train;

import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.nn.Param;
import bnlab.engine.probe.Trace;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/** One of the two twin networks, with its optimizer, its trace and divergence state. Engine thread only. */
public final class Twin {
    private final NetworkSpec spec;
    private final List<Dense> initial;
    private final DataType type;
    private final Trace trace = new Trace();
    private Network net;
    private Sgd sgd;
    private Problem divergence;
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
        divergence = null;
        lastLoss = Double.NaN;
        trace.invalidate();
        applyPins();
    }

    /**
     * One SGD step on a batch. When {@code traced}, the step records its {@link Trace} after backward
     * and before the update. A non-finite loss or gradient marks the twin diverged (it then skips
     * steps) and leaves its weights as they were before the step.
     */
    void step(INDArray x, INDArray targets, long stepIndex, boolean traced) {
        if (divergence != null) {
            return;
        }
        INDArray logits = net.forward(x, true);
        double loss = net.backward(logits, targets);
        lastLoss = loss;
        if (!Double.isFinite(loss) || !finiteGradients()) {
            RunProblem why = Double.isNaN(loss) ? RunProblem.LOSS_NAN
                    : Double.isInfinite(loss) ? RunProblem.LOSS_INFINITE : RunProblem.GRADIENT_OVERFLOW;
            divergence = Problem.of(why, stepIndex, sgd.learningRate());
            trace.invalidate();
            return;
        }
        if (traced) {
            trace.record(net, stepIndex);
        }
        sgd.step(net.params());
        if (traced) {
            List<HiddenBlock> blocks = net.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Param w = blocks.get(i).dense().weights();
                trace.recordUpdate(i, sgd.lastUpdateNorm(w), w.value().norm2Number().doubleValue());
            }
        }
    }

    /**
     * Look at the network before it learns: a train-mode forward and backward pass on a batch, recorded
     * as the trace of step 0, with no update and the running statistics left as they are (so the views
     * show the initial distributions and gradients at once, and the training that follows is the same).
     */
    void look(INDArray x, INDArray targets) {
        if (divergence != null) {
            return;
        }
        net.setUpdateRunningStats(false);
        try {
            INDArray logits = net.forward(x, true);
            double loss = net.backward(logits, targets);
            if (Double.isFinite(loss) && finiteGradients()) {
                trace.record(net, 0);
            }
        } finally {
            net.setUpdateRunningStats(true);
        }
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

    /**
     * W <- a W for hidden layer {@code layer}'s Dense weights (Modified in place; the bias, the optimizer's
     * velocity and the trace are not). With BN before the activation the network computes the same
     * function afterwards: BN(a W u + b) = BN(W u) up to epsilon.
     */
    void scaleWeights(int layer, double a) {
        net.blocks().get(layer).dense().weights().value().muli(a);
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

    /** The last traced step's values (see {@link Trace#valid()}). */
    public Trace trace() {
        return trace;
    }

    public boolean diverged() {
        return divergence != null;
    }

    /** Why the twin stopped (a code with the step and the learning rate), or null while it trains. */
    public Problem divergence() {
        return divergence;
    }

    public double lastLoss() {
        return lastLoss;
    }
}
