package bnlab.engine.nn;

import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * Layer normalization: statistics per sample across its D features, one gamma and beta per feature.
 * Identical in train and eval mode, no running statistics, works at batch size 1.
 * <p>
 * Loops on the {@link Mat}s' Java arrays. Every operation is rounded to the array's type in turn
 * ({@code R} below: float arithmetic step by step for float arrays), in the order the ND4J ops of the
 * earlier version ran them, so the results are the same bits; sums run element after element.
 */
public final class LayerNorm extends AffineNorm {
    private final boolean single;
    private final Sized<Bufs> sized = new Sized<>();
    private Bufs cur;
    private double[] g = new double[0];
    private double[] b = new double[0];
    private double[] dgamma = new double[0];
    private double[] dbeta = new double[0];

    private static final class Bufs {
        final Mat xhat;
        final Mat y;
        Mat dx; // on the first backward pass of this size
        final double[] std;

        Bufs(Mat y) {
            this.y = y;
            this.xhat = y.like();
            this.std = new double[y.rows];
        }
    }

    public LayerNorm(int features, double eps, DataType type) {
        super(features, eps, type);
        this.single = type != DataType.DOUBLE;
    }

    @Override
    Mat lastXhat() {
        return cur == null ? null : cur.xhat;
    }

    @Override
    public NormKind kind() {
        return NormKind.LAYER;
    }

    // v rounded to the arrays' type
    private double r(double v) {
        return single ? (float) v : v;
    }

    @Override
    public INDArray forward(INDArray x, boolean training) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("LayerNorm here takes [N, D], got rank " + x.rank());
        }
        return forward(Mat.wrap(x), training).array();
    }

    // mu_n = mean_d(x_n);  var_n = mean_d((x_n - mu_n)^2);  xhat = (x - mu_n) / sqrt(var_n + eps)
    // y = gamma * xhat + beta          x, xhat, y [N, D]; mu, var [N, 1]; gamma, beta [1, D]
    @Override
    public Mat forward(Mat x, boolean training) {
        int n = x.rows;
        int d = x.cols;
        cur = sized.get(n, rows -> new Bufs(Mat.zeros(gamma.value().dataType(), rows, d)));
        if (g.length != d) {
            g = new double[d];
            b = new double[d];
            dgamma = new double[d];
            dbeta = new double[d];
        }
        gamma.read(g);
        beta.read(b);
        x.heap();
        Mat xh = cur.xhat;
        Mat y = cur.y;
        double epsR = r(eps);
        for (int row = 0; row < n; row++) {
            int o = row * d;
            double sum = 0;
            for (int j = 0; j < d; j++) {
                sum = r(sum + x.get(o + j));
            }
            double mu = r(sum / d);
            double ss = 0;
            for (int j = 0; j < d; j++) {
                double c = r(x.get(o + j) - mu);
                ss = r(ss + r(c * c));
            }
            double var = r(ss / d);
            double std = r(Math.sqrt(r(var + epsR)));
            cur.std[row] = std;
            for (int j = 0; j < d; j++) {
                double xhat = r(r(x.get(o + j) - mu) / std);
                xh.set(o + j, xhat);
                y.set(o + j, r(xhat * g[j]) + b[j]);
            }
        }
        xh.wroteHeap();
        y.wroteHeap();
        return y;
    }

    // dbeta = sum_n(dy);  dgamma = sum_n(dy * xhat);  g = dy * gamma
    // dx = 1 / (D * sqrt(var_n + eps)) * (D * g - sum_d(g) - xhat * sum_d(g * xhat))
    @Override
    public Mat backward(Mat dy) {
        int n = dy.rows;
        int d = dy.cols;
        dy.heap();
        Mat xh = cur.xhat;
        java.util.Arrays.fill(dbeta, 0.0);
        java.util.Arrays.fill(dgamma, 0.0);
        for (int row = 0; row < n; row++) {
            int o = row * d;
            for (int j = 0; j < d; j++) {
                dbeta[j] = r(dbeta[j] + dy.get(o + j));
                dgamma[j] = r(dgamma[j] + r(dy.get(o + j) * xh.get(o + j)));
            }
        }
        beta.writeGrad(dbeta);
        gamma.writeGrad(dgamma);
        gamma.read(g);
        if (cur.dx == null) {
            cur.dx = cur.y.like();
        }
        Mat dx = cur.dx;
        double dd = r(d);
        for (int row = 0; row < n; row++) {
            int o = row * d;
            double sumG = 0;
            double sumGx = 0;
            for (int j = 0; j < d; j++) {
                double gj = r(dy.get(o + j) * g[j]);
                sumG = r(sumG + gj);
            }
            for (int j = 0; j < d; j++) {
                double gj = r(dy.get(o + j) * g[j]);
                sumGx = r(sumGx + r(gj * xh.get(o + j)));
            }
            double sd = r(cur.std[row] * dd);
            for (int j = 0; j < d; j++) {
                double gj = r(dy.get(o + j) * g[j]);
                double t = r(r(gj * dd) - sumG);
                t = r(t - r(xh.get(o + j) * sumGx));
                dx.set(o + j, t / sd);
            }
        }
        dx.wroteHeap();
        return dx;
    }

    @Override
    public List<Param> params() {
        return List.of(gamma, beta);
    }
}
