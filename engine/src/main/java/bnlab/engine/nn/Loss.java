package bnlab.engine.nn;

import bnlab.engine.api.LossKind;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Loss on the logits z [N, K] against one-hot targets t [N, K]; also gives dL/dz. z and t are Not
 * modified; the gradient is owned by the loss (kept per batch size, overwritten by the next
 * computation of that size).
 */
public final class Loss {
    private final LossKind kind;
    private final Sized<Mat> grads = new Sized<>();
    private Mat grad;
    private double[] exps = new double[0];

    public Loss(LossKind kind) {
        this.kind = kind;
    }

    public LossKind kind() {
        return kind;
    }

    /** The loss value and its gradient (the loss's own array: see the class comment). */
    public record Result(double value, INDArray grad) {
    }

    public Result compute(INDArray z, INDArray t) {
        double v = value(Mat.wrap(z), Mat.wrap(t));
        return new Result(v, grad.array());
    }

    /** dL/dz of the last {@link #value} computation. */
    Mat grad() {
        return grad;
    }

    /** The loss of z against t; dL/dz into {@link #grad()}. */
    public double value(Mat z, Mat t) {
        z.heap();
        t.heap();
        int n = z.rows;
        int k = z.cols;
        Mat g = grads.get(n, r -> Mat.zeros(z.dataType(), r, k));
        if (g.cols != k || g.dataType() != z.dataType()) {
            g = Mat.zeros(z.dataType(), n, k);
        }
        grad = g;
        double total = 0;
        if (kind == LossKind.SOFTMAX_CROSS_ENTROPY) {
            double[] e = exps.length >= k ? exps : (exps = new double[k]);
            // per row: e_j = exp(z_j - max);  s = sum_j e_j;  p_j = e_j / s;  log p_j = z_j - max - log s
            // L = -1/N sum t log p;  dL/dz = (p - t) / N
            for (int r = 0; r < n; r++) {
                int o = r * k;
                // the first of equal maxima; a NaN first entry stays the max, a later one makes s NaN
                double max = z.get(o);
                for (int j = 1; j < k; j++) {
                    double v = z.get(o + j);
                    if (v > max) {
                        max = v;
                    }
                }
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    e[j] = Math.exp(z.get(o + j) - max);
                    sum += e[j];
                }
                double logSum = Math.log(sum);
                for (int j = 0; j < k; j++) {
                    double tj = t.get(o + j);
                    if (tj != 0) {
                        total -= tj * (z.get(o + j) - max - logSum);
                    }
                    g.set(o + j, (e[j] / sum - tj) / n);
                }
            }
            g.wroteHeap();
            return total / n;
        }
        // L = 1/(N K) sum (z - t)^2;  dL/dz = 2 (z - t) / (N K)
        double count = (double) n * k;
        for (int i = 0; i < n * k; i++) {
            double d = z.get(i) - t.get(i);
            total += d * d;
            g.set(i, 2 * d / count);
        }
        g.wroteHeap();
        return total / count;
    }

    /** Row-wise argmax of the logits: the predicted classes (the first of equal maxima). */
    public static int[] predict(INDArray z) {
        return predict(Mat.wrap(z), null);
    }

    /** Row-wise argmax into reuse when it is long enough (then only its first rows entries are written). */
    public static int[] predict(Mat z, int[] reuse) {
        z.heap();
        int n = z.rows;
        int k = z.cols;
        int[] out = reuse != null && reuse.length >= n ? reuse : new int[n];
        for (int r = 0; r < n; r++) {
            int o = r * k;
            int best = 0;
            double max = z.get(o);
            for (int j = 1; j < k; j++) {
                double v = z.get(o + j);
                if (v > max) {
                    best = j;
                    max = v;
                }
            }
            out[r] = best;
        }
        return out;
    }
}
