package bnlab.engine.nn;

/**
 * What both poolings share: size x size windows moved by size over [N, C, H, W] batches held as
 * {@link Mat}s [N, C * H * W] (NCHW, c-order), giving [N, C, H / size, W / size] (floor: a last odd row
 * or column is left out, as PyTorch's default); the geometry and its checks.
 */
abstract sealed class Pool2d implements Layer permits AvgPool2d, MaxPool2d {
    final int c;
    final int h;
    final int w;
    final int size;
    final int ho;
    final int wo;

    Pool2d(int channels, int height, int width, int size) {
        this.c = channels;
        this.h = height;
        this.w = width;
        this.size = size;
        this.ho = height / size;
        this.wo = width / size;
        if (ho < 1 || wo < 1) {
            throw new IllegalArgumentException(size + "x" + size + " pooling of " + height + "x" + width);
        }
    }

    public int outHeight() {
        return ho;
    }

    public int outWidth() {
        return wo;
    }

    /** x is a batch of C x H x W inputs (else an IllegalArgumentException). */
    void checkInput(Mat x) {
        if (x.cols != c * h * w) {
            throw new IllegalArgumentException("pooling expects " + c + "x" + h + "x" + w + ", got " + x.cols);
        }
    }
}
