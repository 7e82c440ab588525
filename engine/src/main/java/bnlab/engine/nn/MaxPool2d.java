package bnlab.engine.nn;

/**
 * Max pooling over size x size windows moved by size (2 x 2, stride 2 by default): [N, C, H, W] ->
 * [N, C, H / size, W / size] (floor: a last odd row or column is left out, as PyTorch's default).
 * Batches are {@link Mat}s [N, C * H * W] (NCHW, c-order).
 * <p>
 * Arrays: forward returns its output, owned by the layer (Not modified by callers; overwritten by the
 * next forward of that batch size) and remembers where each maximum was; backward returns dx, owned by
 * the layer likewise. Inputs are Not modified. Buffers per batch size.
 */
public final class MaxPool2d extends Pool2d {
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;

    private static final class Bufs {
        final Mat y;
        final int[] from; // input index of each output's maximum
        Mat dx;

        Bufs(Mat y) {
            this.y = y;
            this.from = new int[y.length];
        }
    }

    public MaxPool2d(int channels, int height, int width) {
        this(channels, height, width, 2);
    }

    public MaxPool2d(int channels, int height, int width, int size) {
        super(channels, height, width, size);
    }

    // y[n, c, oy, ox] = max over i, j < size of x[n, c, oy * size + i, ox * size + j]  (the first maximum wins)
    @Override
    public Mat forward(Mat x, boolean training) {
        checkInput(x);
        Bufs s = cur = sized.get(x.rows, r -> new Bufs(Mat.zeros(x.dataType(), r, c * ho * wo)));
        x.heap();
        float[] xf = x.floats();
        float[] yf = s.y.floats();
        int o = 0;
        for (int plane = 0; plane < x.rows * c; plane++) {
            int base = plane * h * w;
            for (int oy = 0; oy < ho; oy++) {
                for (int ox = 0; ox < wo; ox++, o++) {
                    int best = base + oy * size * w + ox * size;
                    if (size == 2 && xf != null && yf != null) {
                        // the first maximum of the 2x2 window, by conditional moves rather than branches
                        int i1 = best + 1;
                        int i2 = best + w;
                        int i3 = i2 + 1;
                        float m = xf[best];
                        best = xf[i1] > m ? i1 : best;
                        m = xf[i1] > m ? xf[i1] : m;
                        best = xf[i2] > m ? i2 : best;
                        m = xf[i2] > m ? xf[i2] : m;
                        best = xf[i3] > m ? i3 : best;
                        m = xf[i3] > m ? xf[i3] : m;
                        yf[o] = m;
                    } else if (xf != null && yf != null) {
                        float max = xf[best];
                        for (int i = 0; i < size; i++) {
                            for (int j = 0, at = base + (oy * size + i) * w + ox * size; j < size; j++, at++) {
                                if (xf[at] > max) {
                                    max = xf[at];
                                    best = at;
                                }
                            }
                        }
                        yf[o] = max;
                    } else {
                        double max = x.get(best);
                        for (int i = 0; i < size; i++) {
                            for (int j = 0; j < size; j++) {
                                int at = base + (oy * size + i) * w + ox * size + j;
                                double v = x.get(at);
                                if (v > max) {
                                    max = v;
                                    best = at;
                                }
                            }
                        }
                        s.y.set(o, max);
                    }
                    s.from[o] = best;
                }
            }
        }
        s.y.wroteHeap();
        return s.y;
    }

    // dx[the maximum's position] = dy; 0 elsewhere
    @Override
    public Mat backward(Mat dy) {
        dy.heap();
        if (cur.dx == null) {
            cur.dx = Mat.zeros(dy.dataType(), dy.rows, c * h * w);
        }
        Mat dx = cur.dx;
        float[] df = dx.floats();
        float[] gf = dy.floats();
        if (df != null && gf != null) {
            java.util.Arrays.fill(df, 0f);
            for (int o = 0; o < gf.length; o++) {
                df[cur.from[o]] += gf[o];
            }
        } else {
            for (int i = 0; i < dx.length; i++) {
                dx.set(i, 0.0);
            }
            for (int o = 0; o < dy.length; o++) {
                dx.set(cur.from[o], dx.get(cur.from[o]) + dy.get(o));
            }
        }
        dx.wroteHeap();
        return dx;
    }
}
