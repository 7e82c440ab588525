package bnlab.engine.nn;

/**
 * Average pooling over size x size windows moved by size (2 x 2, stride 2 by default): [N, C, H, W] ->
 * [N, C, H / size, W / size] (floor, as {@link MaxPool2d}). Batches are {@link Mat}s [N, C * H * W].
 * Arrays as in {@link MaxPool2d}: output and dx owned by the layer, per batch size; inputs Not modified.
 */
public final class AvgPool2d extends Pool2d {
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;

    private static final class Bufs {
        final Mat y;
        Mat dx;

        Bufs(Mat y) {
            this.y = y;
        }
    }

    public AvgPool2d(int channels, int height, int width) {
        this(channels, height, width, 2);
    }

    public AvgPool2d(int channels, int height, int width, int size) {
        super(channels, height, width, size);
    }

    // y[n, c, oy, ox] = 1 / size^2 * sum over i, j < size of x[n, c, oy * size + i, ox * size + j]
    @Override
    public Mat forward(Mat x, boolean training) {
        checkInput(x);
        Bufs s = cur = sized.get(x.rows, r -> new Bufs(Mat.zeros(x.dataType(), r, c * ho * wo)));
        x.heap();
        double inv = 1.0 / (size * size);
        int o = 0;
        for (int plane = 0; plane < x.rows * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++, o++) {
                    double sum = 0;
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < size; j++) {
                            sum += x.get(base + (oy * size + i) * w + ox * size + j);
                        }
                    }
                    s.y.set(o, sum * inv);
                }
            }
        }
        s.y.wroteHeap();
        return s.y;
    }

    // dx[n, c, oy * size + i, ox * size + j] = dy[n, c, oy, ox] / size^2; 0 for rows and columns left out
    @Override
    public Mat backward(Mat dy) {
        dy.heap();
        if (cur.dx == null) {
            cur.dx = Mat.zeros(dy.dataType(), dy.rows, c * h * w);
        }
        Mat dx = cur.dx;
        for (int i = 0; i < dx.length; i++) {
            dx.set(i, 0.0);
        }
        double inv = 1.0 / (size * size);
        int o = 0;
        for (int plane = 0; plane < dy.rows * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++, o++) {
                    double g = dy.get(o) * inv;
                    for (int i = 0; i < size; i++) {
                        for (int j = 0; j < size; j++) {
                            dx.set(base + (oy * size + i) * w + ox * size + j, g);
                        }
                    }
                }
            }
        }
        dx.wroteHeap();
        return dx;
    }
}
