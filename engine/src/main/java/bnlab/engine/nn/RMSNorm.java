package bnlab.engine.nn;

import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * RMS normalization (Zhang and Sennrich 2019) per sample over its D features, no mean subtracted:
 * <pre>
 *   r_n = sqrt(mean_d(x_n^2) + eps);   x_hat = x / r_n;   y = gamma * x_hat + beta      x, y [N, D]
 * </pre>
 * eps inside the root, as PyTorch's nn.RMSNorm. gamma [1, D] starts at 1. beta [1, D] starts at 0 and
 * learns like LayerNorm's (the paper's reference code has this bias as an option; PyTorch's RMSNorm has
 * none: pin beta at 0 for it), so every normalization here has the same two parameters. Identical in
 * train and eval mode, no running statistics, works at batch size 1. Sums in double.
 * <p>
 * Arrays: x_hat and y owned by the layer (overwritten by the next forward of that batch size), dx by
 * the next backward of that size; inputs Not modified.
 */
public final class RMSNorm extends AffineNorm {
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;
    private double[] g = new double[0];
    private double[] b = new double[0];
    private double[] dgamma = new double[0];
    private double[] dbeta = new double[0];

    private static final class Bufs {
        final Mat xhat;
        final Mat y;
        final double[] inv; // 1 / r_n
        final double[] meanSquare;
        Mat dx;

        Bufs(Mat y) {
            this.y = y;
            this.xhat = y.like();
            this.inv = new double[y.rows];
            this.meanSquare = new double[y.rows];
        }
    }

    public RMSNorm(int features, double eps, DataType type) {
        super(features, eps, type);
    }

    @Override
    Mat lastXhat() {
        return cur == null ? null : cur.xhat;
    }

    @Override
    public NormKind kind() {
        return NormKind.RMS;
    }

    /** mean(x_n^2) of sample n in the last pass. */
    public double meanSquare(int n) {
        return cur.meanSquare[n];
    }

    // ms_n = 1/D sum_d x^2;  x_hat = x / sqrt(ms_n + eps);  y = gamma * x_hat + beta
    @Override
    public Mat forward(Mat x, boolean training) {
        int n = x.rows;
        int d = x.cols;
        Bufs s = cur = sized.get(n, r -> new Bufs(Mat.zeros(gamma.value().dataType(), r, d)));
        if (g.length != d) {
            g = new double[d];
            b = new double[d];
            dgamma = new double[d];
            dbeta = new double[d];
        }
        gamma.read(g);
        beta.read(b);
        x.heap();
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double ss = 0;
            for (int j = 0; j < d; j++) {
                double v = x.get(o + j);
                ss += v * v;
            }
            s.meanSquare[r] = ss / d;
            double inv = 1.0 / Math.sqrt(ss / d + eps);
            s.inv[r] = inv;
            for (int j = 0; j < d; j++) {
                double xh = x.get(o + j) * inv;
                s.xhat.set(o + j, xh);
                s.y.set(o + j, g[j] * xh + b[j]);
            }
        }
        s.xhat.wroteHeap();
        s.y.wroteHeap();
        return s.y;
    }

    // dbeta = sum_n dy;  dgamma = sum_n dy * x_hat;  g = dy * gamma
    // dx = inv_n * (g - x_hat * 1/D sum_d(g * x_hat))
    @Override
    public Mat backward(Mat dy) {
        Bufs s = cur;
        int n = dy.rows;
        int d = dy.cols;
        dy.heap();
        gamma.read(g);
        java.util.Arrays.fill(dbeta, 0.0);
        java.util.Arrays.fill(dgamma, 0.0);
        if (s.dx == null) {
            s.dx = s.y.like();
        }
        Mat dx = s.dx;
        for (int r = 0; r < n; r++) {
            int o = r * d;
            double sumGx = 0;
            for (int j = 0; j < d; j++) {
                double dv = dy.get(o + j);
                double xh = s.xhat.get(o + j);
                dbeta[j] += dv;
                dgamma[j] += dv * xh;
                sumGx += dv * g[j] * xh;
            }
            double mean = sumGx / d;
            for (int j = 0; j < d; j++) {
                dx.set(o + j, s.inv[r] * (dy.get(o + j) * g[j] - s.xhat.get(o + j) * mean));
            }
        }
        beta.writeGrad(dbeta);
        gamma.writeGrad(dgamma);
        dx.wroteHeap();
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
