package bnlab.engine.probe;

import bnlab.engine.api.Moments;
import bnlab.engine.api.Percentiles;

import java.util.Arrays;

/**
 * One unit's values gathered over the chunks of an evaluation, for their 15th, 50th and 85th percentiles
 * (Ioffe and Szegedy's Figure 1 b, c). The same rows cut into the same chunks at every evaluation: what moves
 * the percentiles is the network alone, not which batch a step drew (a single batch's median of BN's
 * standardized input jumps by about 0.2 from step to step). A conv block's unit is a channel: its positions
 * are taken with a stride, about {@link #CAP} values in all (a dense layer's rows are all taken: the evaluated
 * rows, 1,000 in the app). Engine thread only.
 */
public final class UnitSample {
    /** At most this many values are kept. */
    static final int CAP = 50_000;

    private final int unit;
    private final int units;
    private final int positions;
    private final int stride;
    private double[] values;
    private int n;

    /**
     * @param unit      the unit (a conv block's channel); clamped to the layer's units
     * @param units     the layer's units (channels)
     * @param positions a conv block's H * W, 1 for a dense layer
     * @param rows      the rows all chunks hold together
     */
    public UnitSample(int unit, int units, int positions, int rows) {
        this.unit = Math.min(Math.max(unit, 0), units - 1);
        this.units = units;
        this.positions = positions;
        long all = (long) rows * positions;
        this.stride = (int) Math.max(1, (all + CAP - 1) / CAP);
        // a dense layer's rows are all taken (positions 1); a channel's every stride-th position of each row
        this.values = new double[(int) Math.max(1, (long) rows * ((positions + stride - 1) / stride))];
    }

    /** Takes the unit's values from a chunk laid out as [rows, units * positions] (a channel's positions together). */
    public void add(Moments.Values in, int rows) {
        int rowStride = units * positions;
        for (int r = 0; r < rows; r++) {
            int from = r * rowStride + unit * positions;
            for (int p = 0; p < positions; p += stride) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = in.get(from + p);
            }
        }
    }

    /** The values taken so far. */
    public int size() {
        return n;
    }

    /** The 15th, 50th and 85th percentiles of the finite values taken ({@link Stats#percentiles}); NONE if none. */
    public Percentiles percentiles() {
        if (n == 0) {
            return Percentiles.NONE;
        }
        double[] q = Stats.percentiles(Arrays.copyOf(values, n), 15, 50, 85);
        return new Percentiles(q[0], q[1], q[2]);
    }
}
