package bnlab.engine.api;

import java.util.Arrays;

/**
 * The whole mini-batch's normalization input at one hidden layer, as the probed step computed it:
 * [N, C, P] with P = H * W positions per channel for a conv block, or [N, D, 1] for a Dense layer
 * (C = D features, H = W = 1). Which of these values one mean and variance are taken over is
 * {@link NormAxes}'s rule. Immutable: the array is copied in and out.
 *
 * @param layer    the hidden layer's index
 * @param samples  N
 * @param channels C (features for an MLP)
 * @param height   H (1 for an MLP)
 * @param width    W (1 for an MLP)
 * @param x        N * C * H * W values, sample by sample, channel by channel, row by row
 */
public record BatchBlock(int layer, int samples, int channels, int height, int width, float[] x) {
    public BatchBlock {
        if (samples < 1 || channels < 1 || height < 1 || width < 1
                || x.length != (long) samples * channels * height * width) {
            throw new IllegalArgumentException("a block of " + samples + " x " + channels + " x " + height + " x "
                    + width);
        }
        x = x.clone();
    }

    /** Positions per channel, P = H * W. */
    public int positions() {
        return height * width;
    }

    /** The value of sample n, channel c, position p (p = row * W + column). */
    public float get(int n, int c, int p) {
        return x[(n * channels + c) * positions() + p];
    }

    @Override
    public float[] x() {
        return x.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BatchBlock b && b.layer == layer && b.samples == samples && b.channels == channels
                && b.height == height && b.width == width && Arrays.equals(b.x, x);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(new int[] {layer, samples, channels, height, width}) + Arrays.hashCode(x);
    }

    @Override
    public String toString() {
        return "BatchBlock[layer=" + layer + ", " + samples + "x" + channels + "x" + height + "x" + width + "]";
    }
}
