package bnlab.engine.train;

import bnlab.engine.api.Problem;
import bnlab.engine.api.RunProblem;
import bnlab.engine.nn.Arrays2;
import bnlab.engine.nn.Linear;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.NetworkSpec;
import bnlab.engine.nn.Param;
import bnlab.engine.probe.Trace;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * One of the two twin networks, with its optimizer, its trace and divergence state. Owned by the
 * engine thread, lent to a worker for the duration of a step (see {@link TwinThreads}).
 */
public final class Twin {
    private final NetworkSpec spec;
    private final List<? extends Linear> initial;
    private final DataType type;
    private final Trace trace = new Trace();
    private Network net;
    private Sgd sgd;
    private Problem divergence;
    private double lastLoss = Double.NaN;
    private Double pinnedGamma;
    private Double pinnedBeta;
    private int pinLayer = -1;
    private double noiseLevel;
    private long noiseSeed;
    /** The step whose noise the network drew last (0 before the first step). */
    private long noiseStep;
    private Mat probeSample;
    /** The gradient path's buffers, for the current network (made at its first evaluation). */
    private GradientPath path;
    /** The loss of each step of the last {@link #steps} call (NaN from the step it diverged at on). */
    private final double[] stepLosses = new double[TwinRunner.MAX_CHUNK];

    Twin(NetworkSpec spec, List<? extends Linear> initial, Network.BnConfig bn, double lr, double momentum, DataType type) {
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
        path = null;
        applyPins();
        noiseStep = 0;
        net.setNoise(noiseLevel, noiseSeed, noiseStep);
    }

    /**
     * k SGD steps on the batches xs[0..k-1] (steps first, first + 1, ...), each as {@link #step}; the last
     * one traced when {@code traceLast}. Each step's loss is kept for {@link #stepLoss}.
     */
    void steps(Mat[] xs, Mat[] targets, int k, long first, boolean traceLast) {
        for (int j = 0; j < k; j++) {
            step(xs[j], targets[j], first + j, traceLast && j == k - 1);
            stepLosses[j] = diverged() ? Double.NaN : lastLoss;
            if (j < k - 1) {
                Background.yieldToOthers(); // as at a hand-over: a waiting window thread gets the core now
            }
        }
    }

    /** The loss of step j of the last {@link #steps} call: NaN when the twin had diverged by then. */
    public double stepLoss(int j) {
        return stepLosses[j];
    }

    /**
     * One SGD step on a batch. When {@code traced}, the step records its {@link Trace} after backward
     * and before the update. A non-finite loss or gradient marks the twin diverged (it then skips
     * steps) and leaves its weights as they were before the step.
     */
    void step(Mat x, Mat targets, long stepIndex, boolean traced) {
        if (divergence != null) {
            return;
        }
        noiseStep = stepIndex;
        net.drawNoise(stepIndex);
        Mat logits = net.forward(x, true);
        double loss = net.backward(logits, targets);
        lastLoss = loss;
        if (!Double.isFinite(loss) || !net.gradientsFit()) {
            RunProblem why = Double.isNaN(loss) ? RunProblem.LOSS_NAN
                    : Double.isInfinite(loss) ? RunProblem.LOSS_INFINITE : RunProblem.GRADIENT_OVERFLOW;
            divergence = Problem.of(why, stepIndex, sgd.learningRate());
            trace.invalidate();
            return;
        }
        if (traced) {
            trace.record(net, stepIndex);
            trace.recordMaps(net, probeSample);
        }
        sgd.step(net.params());
        if (traced) {
            List<HiddenBlock> blocks = net.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Param w = blocks.get(i).linear().weights();
                // ||delta W|| = lr ||g|| without momentum: the trace has ||g|| already (the same sum)
                double update = sgd.momentum() == 0 && !w.frozen()
                        ? sgd.learningRate() * trace.blocks().get(i).weightGradNorm() : sgd.lastUpdateNorm(w);
                trace.recordUpdate(i, update, Arrays2.norm2(w.value()));
            }
        }
    }

    /**
     * Look at the network before it learns: a train-mode forward and backward pass on a batch, recorded
     * as the trace of step 0, with no update and the running statistics left as they are (so the views
     * show the initial distributions and gradients at once, and the training that follows is the same).
     */
    void look(Mat x, Mat targets) {
        if (divergence != null) {
            return;
        }
        net.setUpdateRunningStats(false);
        try {
            Mat logits = net.forward(x, true);
            double loss = net.backward(logits, targets);
            if (Double.isFinite(loss) && net.gradientsFit()) {
                trace.record(net, 0);
                trace.recordMaps(net, probeSample);
            }
        } finally {
            net.setUpdateRunningStats(true);
        }
    }

    /**
     * The fixed sample whose feature maps a traced step records (a CNN's; [1, inputs], this twin's own
     * copy, both sides current; Not modified), or null for none.
     */
    void setProbeSample(Mat sample) {
        this.probeSample = sample;
    }


    /**
     * W <- a W for hidden layer {@code layer}'s Dense (or conv) weights (Modified in place; the bias, the optimizer's
     * velocity and the trace are not). With BN before the activation the network computes the same
     * function afterwards: BN(a W u + b) = BN(W u) up to epsilon.
     */
    void scaleWeights(int layer, double a) {
        net.blocks().get(layer).linear().weights().value().muli(a);
    }

    /** Pin gamma/beta (null unpins) of hidden layer pinLayer (-1: all); their gradients are then not applied. */
    void pin(Double gamma, Double beta, int layer) {
        this.pinnedGamma = gamma;
        this.pinnedBeta = beta;
        this.pinLayer = layer;
        applyPins();
    }

    /**
     * Noise after each normalization at this level (0: none; see {@link bnlab.engine.nn.NormNoise}), its draws from
     * the seed; the network takes the current step's at once.
     */
    void noise(double level, long seed) {
        this.noiseLevel = level;
        this.noiseSeed = seed;
        net.setNoise(level, seed, noiseStep);
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

    /**
     * The gradient path of the current network ({@link GradientPath}; its buffers made once per network: the network
     * changes only in {@link #rebuild}, which drops the old one).
     */
    GradientPath path() {
        if (path == null) {
            path = new GradientPath(net);
        }
        return path;
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
