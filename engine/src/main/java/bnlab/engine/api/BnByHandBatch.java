package bnlab.engine.api;

/**
 * The batch of the lesson "BN by hand": four 5x5 single-channel images through one 3x3 "valid"
 * convolution give four 3x3 feature maps, a batch of shape [N, C, H, W] = [4, 1, 3, 3]. BN pools all
 * m = N * H * W = 36 values of its one channel. The images and the kernel are small integers chosen so
 * that the 36 values are integers from -7 to 17 with sum 180, mean 5, sum of squared deviations 900 and
 * biased variance 25 (standard deviation 5): a class can check every step with a calculator.
 */
public final class BnByHandBatch {
    /** N, C, H, W of the feature maps. */
    public static final int N = 4;
    public static final int C = 1;
    public static final int H = 3;
    public static final int W = 3;

    private static final int[][][] IMAGES = {
        {{2, 0, 3, 2, 4}, {1, 3, 3, 0, 3}, {2, 4, 1, 1, 0}, {3, 0, 2, 4, 3}, {3, 4, 2, 0, 1}},
        {{4, 3, 0, 4, 0}, {4, 0, 4, 3, 3}, {2, 2, 3, 0, 2}, {2, 2, 0, 2, 4}, {2, 3, 1, 2, 4}},
        {{1, 4, 4, 4, 3}, {2, 3, 3, 4, 0}, {0, 0, 1, 1, 0}, {2, 2, 4, 3, 3}, {4, 4, 2, 0, 3}},
        {{0, 4, 3, 4, 1}, {0, 2, 1, 1, 4}, {0, 0, 2, 4, 4}, {1, 0, 2, 1, 2}, {4, 0, 1, 3, 3}},
    };

    /** Top row minus bottom row, with the centre: a small edge detector. */
    private static final int[][] KERNEL = {{1, 2, 1}, {0, 1, 0}, {-1, -1, -1}};

    private BnByHandBatch() {
    }

    /** The four 5x5 input images [n][row][column], a copy. */
    public static int[][][] images() {
        int[][][] out = new int[IMAGES.length][][];
        for (int n = 0; n < out.length; n++) {
            out[n] = copy(IMAGES[n]);
        }
        return out;
    }

    /** The 3x3 kernel K [row][column], a copy. */
    public static int[][] kernel() {
        return copy(KERNEL);
    }

    /**
     * The feature maps [n][i][j], by "valid" convolution (cross-correlation, as deep-learning libraries
     * compute it, no padding, stride 1): x[n, 0, i, j] = sum_{a, b = 0..2} image[n][i + a][j + b] * K[a][b].
     */
    public static int[][][] featureMaps() {
        int[][][] out = new int[N][H][W];
        for (int n = 0; n < N; n++) {
            for (int i = 0; i < H; i++) {
                for (int j = 0; j < W; j++) {
                    int s = 0;
                    for (int a = 0; a < 3; a++) {
                        for (int b = 0; b < 3; b++) {
                            s += IMAGES[n][i + a][j + b] * KERNEL[a][b];
                        }
                    }
                    out[n][i][j] = s;
                }
            }
        }
        return out;
    }

    /** The image whose y values the lesson's loss adds up (0-based): image 1. */
    public static final int LOSS_IMAGE = 0;

    /**
     * dL/dy for the lesson's backward pass, L = the sum of y over image 1's nine values: 1 there, 0 elsewhere, in
     * the order of {@link #values()}. With the batch's mean 5 and standard deviation 5, sum dy = 9 and
     * sum dy x_hat = (35 - 9 * 5) / 5 = -2 (up to eps), numbers a class can check.
     */
    public static double[] lossGradient() {
        double[] dy = new double[N * C * H * W];
        for (int i = 0; i < H * W; i++) {
            dy[LOSS_IMAGE * H * W + i] = 1;
        }
        return dy;
    }

    /** The 36 values of the channel in [N, C, H, W] order (image by image, row by row). */
    public static double[] values() {
        int[][][] maps = featureMaps();
        double[] v = new double[N * C * H * W];
        int k = 0;
        for (int[][] map : maps) {
            for (int[] row : map) {
                for (int value : row) {
                    v[k++] = value;
                }
            }
        }
        return v;
    }

    private static int[][] copy(int[][] a) {
        int[][] out = new int[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
