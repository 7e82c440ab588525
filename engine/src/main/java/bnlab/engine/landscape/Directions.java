package bnlab.engine.landscape;

import bnlab.engine.nn.Dense;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Linear;
import bnlab.engine.nn.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two filter-normalized random directions (Li et al. 2018, "Visualizing the Loss Landscape of Neural
 * Nets", sec. 4) for the Dense weights of a network: {@code first.get(k)} and {@code second.get(k)}
 * have the shape of Dense layer k's W (hidden layers in order, the output layer last).
 * Biases, BN gamma and beta get d = 0 and are not stored; running statistics are not perturbed
 * ('ignore biasbn'). Engine thread only (holds ND4J arrays).
 */
public record Directions(List<INDArray> first, List<INDArray> second) {

    /** Release the directions' native memory now; unusable afterwards. */
    public void close() {
        for (INDArray d : first) {
            d.close();
        }
        for (INDArray d : second) {
            d.close();
        }
    }

    /**
     * Linear layers of a network (Dense layers, or a CNN's convs, whose W [C_in * 3 * 3, C_out] has one
     * filter per column as a Dense layer has one unit), hidden layers in order, then the output layer.
     */
    public static List<Linear> linearLayers(Network net) {
        List<Linear> out = new ArrayList<>();
        for (HiddenBlock b : net.blocks()) {
            out.add(b.linear());
        }
        out.add(net.outputLayer());
        return out;
    }

    /** Dense layers of an MLP: hidden layers in order, then the output layer. */
    public static List<Dense> denseLayers(Network net) {
        List<Dense> out = new ArrayList<>();
        for (HiddenBlock b : net.blocks()) {
            out.add(b.dense());
        }
        out.add(net.outputLayer());
        return out;
    }

    /**
     * Gaussian directions drawn from generators seeded by {@code seed} (layer by layer, row-major), so
     * networks with the same Dense shapes (the twins) get the same raw draws; then each filter is
     * rescaled to its weights' norm. For FC layers a filter is one output unit j (for a conv, output channel j):
     * <pre>
     * d[:, j] <- d[:, j] / ||d[:, j]|| * ||W[:, j]||        W, d [in, out]
     * </pre>
     */
    public static Directions filterNormalized(Network net, long seed) {
        Random r1 = new Random(seed);
        Random r2 = new Random(seed * 0x9E3779B97F4A7C15L + 1);
        List<INDArray> a = new ArrayList<>();
        List<INDArray> b = new ArrayList<>();
        for (Linear d : linearLayers(net)) {
            INDArray w = d.weights().value();
            double[] wNorms = columnNorms(flat(w), (int) w.rows(), (int) w.columns());
            a.add(normalized(r1, wNorms, (int) w.rows(), (int) w.columns(), w.dataType()));
            b.add(normalized(r2, wNorms, (int) w.rows(), (int) w.columns(), w.dataType()));
        }
        return new Directions(List.copyOf(a), List.copyOf(b));
    }

    private static INDArray normalized(Random rng, double[] wNorms, int in, int out, DataType type) {
        double[] d = new double[in * out];
        for (int i = 0; i < d.length; i++) {
            d[i] = rng.nextGaussian();
        }
        double[] dNorms = columnNorms(d, in, out);
        for (int i = 0; i < in; i++) {
            for (int j = 0; j < out; j++) {
                d[i * out + j] *= dNorms[j] > 0 ? wNorms[j] / dNorms[j] : 0.0;
            }
        }
        return Nd4j.create(d, new long[]{in, out}, DataType.DOUBLE).castTo(type);
    }

    // ||m[:, j]|| for a row-major [rows, cols] array
    static double[] columnNorms(double[] m, int rows, int cols) {
        double[] s = new double[cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                double v = m[i * cols + j];
                s[j] += v * v;
            }
        }
        for (int j = 0; j < cols; j++) {
            s[j] = Math.sqrt(s[j]);
        }
        return s;
    }

    static double[] flat(INDArray a) {
        return a.dup('c').castTo(DataType.DOUBLE).data().asDouble();
    }
}
