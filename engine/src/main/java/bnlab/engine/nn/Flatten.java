package bnlab.engine.nn;

/**
 * [N, C, H, W] -> [N, C * H * W], channel by channel, row by row (PyTorch's flatten(1)). Batches already
 * travel as {@link Mat}s [N, C * H * W] in that order, so both directions hand their argument on
 * unchanged (the same Mat: its owner's rules apply). Here so the network reads as conv ... flatten -> dense.
 */
public final class Flatten implements Layer {
    @Override
    public Mat forward(Mat x, boolean training) {
        return x;
    }

    @Override
    public Mat backward(Mat dy) {
        return dy;
    }
}
