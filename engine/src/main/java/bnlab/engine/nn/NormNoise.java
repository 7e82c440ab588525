package bnlab.engine.nn;

/**
 * Noise after a normalization, in the spirit of Santurkar et al. 2018's "noisy BatchNorm" (Section 2.1): the
 * distribution each unit hands on is shifted and stretched by amounts drawn anew at every training step, so the
 * next layer's input moves more from step to step than without any normalization. Their point: such a network
 * still trains about as well as with BN, so BN cannot help by keeping those distributions still.
 * <pre>
 * step t, unit j (level a > 0, this layer's draws from the seed, the layer, t and j alone):
 *   δ_tj = a (2 u - 1)                       ~ U(-a, a)
 *   s_tj = exp(ln(1 + a) (2 u' - 1))         ln s ~ U(-ln(1 + a), ln(1 + a)): from 1 / (1 + a) to 1 + a
 * train mode:  y' = s_tj y + δ_tj            backward: dL/dy = s_tj dL/dy'
 * eval mode:   y' = E[s] y + E[δ] = ((1 + a) - 1 / (1 + a)) / (2 ln(1 + a)) y
 * </pre>
 * A conv block's unit is a channel (all its positions take the same draw). The draws depend on nothing else, so a
 * step's noise is the same whatever ran before it. Buffers are kept per batch size: a pass allocates nothing.
 * Engine thread only.
 */
public final class NormNoise {
    private final int units;
    private final int positions;
    private final long key;
    private final double level;
    private final double[] scale;
    private final double[] shift;
    private final double[] meanScale;
    private final double[] zero;
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;
    private double[] applied;

    private static final class Bufs {
        final Mat out;
        Mat dx; // on the first backward pass of this size

        Bufs(Mat out) {
            this.out = out;
        }
    }

    /**
     * @param units, positions  the block's units and values per unit and sample (a conv block's H * W)
     * @param seed, layer       where the draws come from
     * @param level             a > 0
     */
    public NormNoise(int units, int positions, long seed, int layer, double level) {
        if (!(level > 0) || Double.isInfinite(level)) {
            throw new IllegalArgumentException("noise level must be positive, got " + level);
        }
        this.units = units;
        this.positions = positions;
        this.key = mix(mix(seed) ^ (layer + 1L));
        this.level = level;
        this.scale = new double[units];
        this.shift = new double[units];
        this.zero = new double[units];
        this.meanScale = new double[units];
        java.util.Arrays.fill(meanScale, expectedScale(level));
        draw(0);
    }

    /** E[s] = ((1 + a) - 1 / (1 + a)) / (2 ln(1 + a)), the mean of a log-uniform s on [1 / (1 + a), 1 + a]. */
    public static double expectedScale(double a) {
        double k = 1 + a;
        return (k - 1 / k) / (2 * Math.log(k));
    }

    public double level() {
        return level;
    }

    /** Draw step t's shifts and scales (train-mode passes use them until the next draw). */
    public void draw(long step) {
        double lnK = Math.log(1 + level);
        long stepKey = mix(key + step * 0x9E3779B97F4A7C15L);
        for (int j = 0; j < units; j++) {
            long z = stepKey + 2L * j;
            shift[j] = level * (2 * uniform(z) - 1);
            scale[j] = Math.exp(lnK * (2 * uniform(z + 1) - 1));
        }
    }

    /** Unit j's shift δ_tj of the current draw. */
    public double shift(int j) {
        return shift[j];
    }

    /** Unit j's scale s_tj of the current draw. */
    public double scale(int j) {
        return scale[j];
    }

    /** y' [N, units * positions], owned by this layer (overwritten by the next pass of this batch size). y is Not modified. */
    public Mat forward(Mat y, boolean training) {
        cur = sized.get(y.rows, r -> new Bufs(y.like()));
        applied = training ? scale : meanScale;
        affine(y, cur.out, applied, training ? shift : zero);
        return cur.out;
    }

    /** dL/dy = s_j dL/dy' for the last forward pass, owned by this layer. dy is Not modified. */
    public Mat backward(Mat dy) {
        if (cur.dx == null) {
            cur.dx = cur.out.like();
        }
        affine(dy, cur.dx, applied, null);
        return cur.dx;
    }

    // out = s_j x + δ_j (d null: s_j x), the columns of unit j its positions (one for a Dense layer); each value the
    // formula in double, rounded once to the matrices' type (on the float arrays where both are float)
    private void affine(Mat x, Mat out, double[] s, double[] d) {
        x.heap();
        float[] in = x.floats();
        float[] o = out.floats();
        boolean floats = in != null && o != null;
        for (int r = 0, i = 0; r < x.rows; r++) {
            for (int j = 0; j < units; j++) {
                double sj = s[j];
                for (int p = 0; p < positions; p++, i++) {
                    double v = sj * (floats ? in[i] : x.get(i));
                    if (d != null) {
                        v += d[j];
                    }
                    if (floats) {
                        o[i] = (float) v;
                    } else {
                        out.set(i, v);
                    }
                }
            }
        }
        out.wroteHeap();
    }

    // SplitMix64's finalizer: a well-mixed 64-bit value from any 64-bit key
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // a uniform double in [0, 1) from the top 53 bits of a mixed key
    private static double uniform(long z) {
        return (mix(z) >>> 11) * 0x1.0p-53;
    }
}
