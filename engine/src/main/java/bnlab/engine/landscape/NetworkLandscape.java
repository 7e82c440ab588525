package bnlab.engine.landscape;


import bnlab.engine.nn.Blas;
import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Linear;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Network;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

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
 * A CNN's first layer is a conv: then every layer, the first included, is evaluated directly.
 * Later layers get W_k = W_k0 + a D1_k + b D2_k written into their weights for the pass.
 * Modifies the network's Dense weights (and the layers' cached activations) during {@link #row} and
 * assigns the saved copy back before it returns, also on exceptions; so between rows the network is
 * exactly as it was. The sums are BLAS calls on arrays made once per landscape, so a grid point
 * allocates nothing; {@link #close()} releases those arrays. Engine thread only.
 */
public final class NetworkLandscape implements AutoCloseable {
    private final Network net;
    private final Mat targets;
    private final Directions dirs;
    private final double[] alphas;
    private final double[] betas;
    private final List<Linear> dense;
    /** Whether the first layer is Dense (then its products are computed once); a conv is evaluated directly. */
    private final boolean denseFirst;
    private final Mat xc;
    private final DataType type;
    private final INDArray[] saved;
    private final Mat p0;
    private final Mat p1;
    private final Mat p2;
    private final Mat rowBase;
    private final Mat z1;
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
        this.dirs = dirs;
        this.alphas = grid.coordinates();
        this.betas = grid.coordinates();
        this.dense = Directions.linearLayers(net);
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
        Linear first = dense.get(0);
        denseFirst = first instanceof Dense;
        int n = (int) x.rows();
        int in = (int) first.weights().value().rows();
        int h = denseFirst ? (int) first.weights().value().columns() : 1;
        type = first.weights().value().dataType();
        this.targets = Mat.wrap(targets.castTo(type).dup('c'));
        xc = Mat.wrap(x.castTo(type).dup('c'));
        if (!denseFirst) {
            // a conv first: every layer, the first included, gets W_k0 + a D1_k + b D2_k written into it
            n = 1;
            in = 1;
        }
        p0 = Mat.zeros(type, n, h);
        p1 = Mat.zeros(type, n, h);
        p2 = Mat.zeros(type, n, h);
        rowBase = Mat.zeros(type, n, h);
        z1 = Mat.zeros(type, n, h);
        if (!denseFirst) {
            return;
        }
        // P0 = X W0 + b0 (the first layer's own forward), P1 = X D1, P2 = X D2
        Mat z = first.forward(xc, false);
        Blas.copy(type, z.length, z.pointer(), p0.address());
        p0.wroteNative();
        Blas.gemm(type, xc.pointer(), n, in, false, dirs.first().get(0).data().addressPointer(), in, h, false,
                p1.address());
        p1.wroteNative();
        Blas.gemm(type, xc.pointer(), n, in, false, dirs.second().get(0).data().addressPointer(), in, h, false,
                p2.address());
        p2.wroteNative();
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
        double[] out = new double[alphas.length];
        try {
            setRow(betas[j]);
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
            setRow(b);
            return evaluate(a);
        } finally {
            restore();
        }
    }

    // row base: P0 + b P2 for layer 1, W_k0 + b D2_k for the others
    private void setRow(double b) {
        if (denseFirst) {
            Blas.copy(type, p0.length, p0.pointer(), rowBase.address());
            axpy(b, p2.pointer(), rowBase.address(), p0.length);
            rowBase.wroteNative();
        }
        for (int k = denseFirst ? 1 : 0; k < dense.size(); k++) {
            copy(saved[k], layerBase[k]);
            axpy(b, dirs.second().get(k).data().addressPointer(), layerBase[k].data().addressPointer(),
                    layerBase[k].length());
        }
    }

    // one eval-mode pass at alpha = a on the current row base
    private double evaluate(double a) {
        for (int k = denseFirst ? 1 : 0; k < dense.size(); k++) {
            INDArray w = dense.get(k).weights().value();
            copy(layerBase[k], w);
            axpy(a, dirs.first().get(k).data().addressPointer(), w.data().addressPointer(), w.length());
        }
        if (!denseFirst) {
            return net.loss().value(net.forward(xc, false), targets);
        }
        Blas.copy(type, rowBase.length, rowBase.pointer(), z1.address());
        axpy(a, p1.pointer(), z1.address(), z1.length);
        z1.wroteNative();
        List<HiddenBlock> blocks = net.blocks();
        Mat logits;
        if (blocks.isEmpty()) {
            logits = z1; // no hidden layer: the first Dense layer is the output layer
        } else {
            Mat h = blocks.get(0).forwardFromDense(z1, false);
            for (int k = 1; k < blocks.size(); k++) {
                h = blocks.get(k).forward(h, false);
            }
            logits = net.outputLayer().forward(h, false);
        }
        return net.loss().value(logits, targets);
    }

    /** Assign the saved weights back: bit for bit the theta the landscape started from. */
    private void restore() {
        for (int k = 0; k < dense.size(); k++) {
            copy(saved[k], dense.get(k).weights().value());
        }
    }

    private void copy(INDArray from, INDArray to) {
        Blas.copy(type, from.length(), from.data().addressPointer(), to.data().addressPointer());
    }

    // y <- y + alpha x   (in place)
    private void axpy(double alpha, Pointer x, Pointer y, long n) {
        if (alpha != 0.0) {
            Blas.axpy(type, n, alpha, x, y);
        }
    }

    /** Release this landscape's arrays (its copies of the weights, the products, the directions) now. */
    @Override
    public void close() {
        for (int k = 0; k < dense.size(); k++) {
            saved[k].close();
            layerBase[k].close();
        }
        for (Mat m : new Mat[]{p0, p1, p2, rowBase, z1, targets, xc}) {
            m.array().close();
        }
        dirs.close();
    }
}
