package bnlab.engine.probe;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.nn.BatchNorm;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Param;
import bnlab.engine.api.Histogram;
import bnlab.engine.api.LayerProbe;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reads one hidden block after a training forward/backward pass (and the optimizer step) into a
 * {@link LayerProbe} of plain Java values. Engine thread only.
 */
public final class LayerProber {
    /** Settings of a probe. unit -1 pools all units in the histograms; percentiles then use unit 0. */
    public record Settings(int bins, int unit, double saturationThreshold) {
    }

    private LayerProber() {
    }

    /**
     * @param updateNorm   ||delta W|| of the last optimizer step for this block's Dense weights
     * @param population   population mean and variance of the BN input per unit (all units), or null
     */
    public static LayerProbe probe(int layer, HiddenBlock block, Settings s, double updateNorm,
                                   Population population) {
        int width = (int) block.normInput().columns();
        int unit = Math.min(Math.max(s.unit(), 0), width - 1);
        ActivationKind kind = block.activation().kind();

        double[] normIn = flat(block.normInput());
        double[] actIn = flat(block.activation().input());
        Histogram hIn = hist(normIn, width, s);
        Histogram hXhat = block.xhat() == null ? null : hist(flat(block.xhat()), width, s);
        Histogram hOut = block.normOutput() == null ? null : hist(flat(block.normOutput()), width, s);
        Histogram hActIn = hist(actIn, width, s);
        Histogram hActOut = hist(flat(block.activation().output()), width, s);

        double[] unitIn = Stats.column(actIn, width, unit);
        long saturated = 0;
        for (double v : actIn) {
            if (kind.isSaturated(v, s.saturationThreshold())) {
                saturated++;
            }
        }

        Param w = block.dense().weights();
        double wNorm = w.value().norm2Number().doubleValue();
        double gradNorm = w.grad().norm2Number().doubleValue();

        int[] units = probeUnits(unit, width);
        BatchNorm bn = block.batchNorm();
        double[] rMean = pick(bn == null ? null : bn.runningMean(), units);
        double[] rVar = pick(bn == null ? null : bn.runningVar(), units);
        double[] bMean = bn == null || bn.batchMean() == null ? nan(units.length) : pickArray(bn.batchMean(), units);
        double[] bVar = bn == null || bn.batchVar() == null ? nan(units.length) : pickArray(bn.batchVar(), units);
        double[] pMean = population == null ? nan(units.length) : pickArray(population.mean(), units);
        double[] pVar = population == null ? nan(units.length) : pickArray(population.var(), units);
        Param gamma = block.gamma();
        Param beta = block.beta();
        return new LayerProbe(layer, hIn, hXhat, hOut, hActIn, hActOut,
                Stats.percentile(unitIn, 15), Stats.percentile(unitIn, 50), Stats.percentile(unitIn, 85),
                (double) saturated / actIn.length, gradNorm, wNorm == 0 ? 0 : updateNorm / wNorm, units,
                rMean, rVar, pMean, pVar, bMean, bVar,
                pick(gamma == null ? null : gamma.value(), units), pick(beta == null ? null : beta.value(), units),
                gamma == null ? Double.NaN : gamma.value().meanNumber().doubleValue(),
                beta == null ? Double.NaN : beta.value().meanNumber().doubleValue());
    }

    /** Up to three distinct units starting at the chosen one. */
    static int[] probeUnits(int unit, int width) {
        int k = Math.min(3, width);
        int[] u = new int[k];
        for (int i = 0; i < k; i++) {
            u[i] = (unit + i) % width;
        }
        return u;
    }

    private static Histogram hist(double[] flat, int width, Settings s) {
        return Stats.histogram(s.unit() < 0 ? flat : Stats.column(flat, width, Math.min(s.unit(), width - 1)), s.bins());
    }

    static double[] flat(INDArray a) {
        return a.dup('c').data().asDouble();
    }

    private static double[] pick(INDArray row, int[] units) {
        if (row == null) {
            return nan(units.length);
        }
        double[] out = new double[units.length];
        for (int i = 0; i < units.length; i++) {
            out[i] = row.getDouble(units[i]);
        }
        return out;
    }

    private static double[] pickArray(double[] values, int[] units) {
        double[] out = new double[units.length];
        for (int i = 0; i < units.length; i++) {
            out[i] = values[units[i]];
        }
        return out;
    }

    private static double[] nan(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }
}
