package bnlab.engine.landscape;


import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Network;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * The loss of a real network on a 2-D slice of weight space through its current weights theta
 * (Li et al. 2018), in eval mode (BN normalizes with its running statistics, which stay fixed):
 * <pre>
 * L[j][i] = L(theta + alphas[i] d1 + betas[j] d2)        row j: one beta, column i: one alpha
 * </pre>
 * with d1, d2 the {@link Directions} (Dense weights only; biases, gamma, beta are not perturbed).
 * The first Dense layer is linear in its weights for the fixed inputs X, so its product is computed
 * three times instead of once per grid point:
 * <pre>
 * X (W0 + a D1 + b D2) + b0 = P0 + a P1 + b P2,   P0 = X W0 + b0, P1 = X D1, P2 = X D2     [n, h1]
 * </pre>
 * (exact in real arithmetic; in float it differs from a direct evaluation by rounding only).
 * Later layers get W_k = W_k0 + a D1_k + b D2_k written into their weights for the pass.
 * Modifies the network's Dense weights (and the layers' cached activations) during {@link #row} and
 * assigns the saved copy back before it returns, also on exceptions; so between rows the network is
 * exactly as it was. Engine thread only.
 */
public final class NetworkLandscape {
    private final Network net;
    private final INDArray targets;
    private final Directions dirs;
    private final double[] alphas;
    private final double[] betas;
    private final List<Dense> dense;
    private final INDArray[] saved;
    private final INDArray p0;
    private final INDArray p1;
    private final INDArray p2;
    private final INDArray rowBase;
    private final INDArray z1;
    private final INDArray[] layerBase;

    /** Reporting and cancellation between rows, as in javafx.concurrent.Task. */
    public interface Progress {
        void rowDone(int rowsDone, int rows);
    }

    public NetworkLandscape(Network net, INDArray x, INDArray targets, Directions dirs, GridSpec grid) {
        if (x.rows() != targets.rows()) {
            throw new IllegalArgumentException("X has " + x.rows() + " rows, T has " + targets.rows());
        }
        this.net = net;
        this.targets = targets;
        this.dirs = dirs;
        this.alphas = grid.coordinates();
        this.betas = grid.coordinates();
        this.dense = Directions.denseLayers(net);
        this.saved = new INDArray[dense.size()];
        this.layerBase = new INDArray[dense.size()];
        for (int k = 0; k < dense.size(); k++) {
            INDArray w = dense.get(k).weights().value();
            saved[k] = w.dup();
            layerBase[k] = w.ulike();
            if (!java.util.Arrays.equals(w.shape(), dirs.first().get(k).shape())) {
                throw new IllegalArgumentException("direction " + k + " does not match the layer's weights");
            }
        }
        Dense first = dense.get(0);
        long n = x.rows();
        long h = first.weights().value().columns();
        var type = first.weights().value().dataType();
        p0 = Nd4j.create(type, n, h);
        p1 = Nd4j.create(type, n, h);
        p2 = Nd4j.create(type, n, h);
        rowBase = Nd4j.create(type, n, h);
        z1 = Nd4j.create(type, n, h);
        INDArray xc = x.castTo(type).dup('c');
        Nd4j.gemm(xc, saved[0], p0, false, false, 1.0, 0.0);
        p0.addiRowVector(first.bias().value());
        Nd4j.gemm(xc, dirs.first().get(0), p1, false, false, 1.0, 0.0);
        Nd4j.gemm(xc, dirs.second().get(0), p2, false, false, 1.0, 0.0);
    }

    public double[] alphas() {
        return alphas.clone();
    }

    public double[] betas() {
        return betas.clone();
    }

    public int rows() {
        return betas.length;
    }

    /** The whole grid, row by row; throws CancellationException (weights restored) when cancelled. */
    public double[][] compute(Progress progress, BooleanSupplier cancelled) {
        double[][] grid = new double[betas.length][];
        for (int j = 0; j < betas.length; j++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("landscape cancelled after " + j + " of " + betas.length + " rows");
            }
            grid[j] = row(j);
            progress.rowDone(j + 1, betas.length);
        }
        return grid;
    }

    /** Row j: L(theta + alphas[i] d1 + betas[j] d2) for every i. Weights are restored before returning. */
    public double[] row(int j) {
        double b = betas[j];
        double[] out = new double[alphas.length];
        try {
            // row base: P0 + b P2 for layer 1, W_k0 + b D2_k for the others
            rowBase.assign(p0);
            axpy(b, p2, rowBase);
            for (int k = 1; k < dense.size(); k++) {
                layerBase[k].assign(saved[k]);
                axpy(b, dirs.second().get(k), layerBase[k]);
            }
            for (int i = 0; i < alphas.length; i++) {
                out[i] = evaluate(alphas[i]);
            }
        } finally {
            restore();
        }
        return out;
    }

    /** L(theta + a d1 + b d2) at one point (not necessarily on the grid); weights restored afterwards. */
    public double lossAt(double a, double b) {
        try {
            rowBase.assign(p0);
            axpy(b, p2, rowBase);
            for (int k = 1; k < dense.size(); k++) {
                layerBase[k].assign(saved[k]);
                axpy(b, dirs.second().get(k), layerBase[k]);
            }
            return evaluate(a);
        } finally {
            restore();
        }
    }

    // one eval-mode pass at alpha = a on the current row base
    private double evaluate(double a) {
        z1.assign(rowBase);
        axpy(a, p1, z1);
        for (int k = 1; k < dense.size(); k++) {
            INDArray w = dense.get(k).weights().value();
            w.assign(layerBase[k]);
            axpy(a, dirs.first().get(k), w);
        }
        List<HiddenBlock> blocks = net.blocks();
        INDArray logits;
        if (blocks.isEmpty()) {
            logits = z1; // no hidden layer: the first Dense layer is the output layer
        } else {
            INDArray h = blocks.get(0).forwardFromDense(z1, false);
            for (int k = 1; k < blocks.size(); k++) {
                h = blocks.get(k).forward(h, false);
            }
            logits = net.outputLayer().forward(h, false);
        }
        return net.loss().compute(logits, targets).value();
    }

    /** Assign the saved weights back: bit for bit the theta the landscape started from. */
    private void restore() {
        for (int k = 0; k < dense.size(); k++) {
            dense.get(k).weights().value().assign(saved[k]);
        }
    }

    // y <- y + alpha x   (in place)
    private static void axpy(double alpha, INDArray x, INDArray y) {
        if (alpha != 0.0) {
            Nd4j.getBlasWrapper().level1().axpy(y.length(), alpha, x, y);
        }
    }
}
