package bnlab.engine.api;

import java.util.Arrays;

/**
 * One fixed sample's feature maps at a conv block, as the probed step computed them: the normalization's
 * input x and (in the twin with normalization) its output y = gamma * x_hat + beta, each [C, H, W]
 * flattened channel by channel, row by row. Immutable: the arrays are copied in and out.
 *
 * @param layer    the block's index
 * @param sample   the sample's index in the data set it was taken from (the same sample at every step)
 * @param channels C
 * @param height   H
 * @param width    W
 * @param x        normalization input, C * H * W values
 * @param y        normalization output, C * H * W values, or null without normalization
 * @param mean     per channel, the mean this sample's channel was normalized with (BN: the batch's channel
 *                 mean over N, H, W; LN: the sample's over C, H, W; IN: its own over H, W; GN: its group's),
 *                 or null without normalization
 * @param var      the matching biased variance, or null without normalization
 */
public record FeatureMaps(int layer, int sample, int channels, int height, int width, float[] x, float[] y,
                          double[] mean, double[] var) {
    public FeatureMaps {
        int size = channels * height * width;
        if (x.length != size || (y != null && y.length != size)
                || (mean != null && mean.length != channels) || (var != null && var.length != channels)) {
            throw new IllegalArgumentException("feature maps of " + channels + " x " + height + " x " + width);
        }
        x = x.clone();
        y = y == null ? null : y.clone();
        mean = mean == null ? null : mean.clone();
        var = var == null ? null : var.clone();
    }

    /** x at channel c, row r, column q. */
    public float x(int c, int r, int q) {
        return x[(c * height + r) * width + q];
    }

    /** y at channel c, row r, column q (the twin with normalization only). */
    public float y(int c, int r, int q) {
        return y[(c * height + r) * width + q];
    }

    @Override
    public float[] x() {
        return x.clone();
    }

    @Override
    public float[] y() {
        return y == null ? null : y.clone();
    }

    @Override
    public double[] mean() {
        return mean == null ? null : mean.clone();
    }

    @Override
    public double[] var() {
        return var == null ? null : var.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureMaps f && f.layer == layer && f.sample == sample && f.channels == channels
                && f.height == height && f.width == width && Arrays.equals(f.x, x) && Arrays.equals(f.y, y)
                && Arrays.equals(f.mean, mean) && Arrays.equals(f.var, var);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {layer, sample, channels, height, width, Arrays.hashCode(x),
                Arrays.hashCode(y)});
    }

    @Override
    public String toString() {
        return "FeatureMaps[layer=" + layer + ", sample=" + sample + ", " + channels + "x" + height + "x" + width + "]";
    }
}
