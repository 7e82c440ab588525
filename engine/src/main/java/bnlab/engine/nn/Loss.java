package bnlab.engine.nn;

import bnlab.engine.api.LossKind;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loss on the logits z [N, K] against one-hot targets t [N, K]; also gives dL/dz. z and t are Not
 * modified; the gradient in the result is a new array the caller owns.
 */
public final class Loss {
    private final LossKind kind;

    public Loss(LossKind kind) {
        this.kind = kind;
    }

    public LossKind kind() {
        return kind;
    }

    /** The loss value and its gradient. */
    public record Result(double value, INDArray grad) {
    }

    public Result compute(INDArray zIn, INDArray tIn) {
        INDArray zArr = Buf.contiguous(zIn);
        INDArray tArr = Buf.contiguous(tIn);
        int n = (int) zArr.rows();
        int k = (int) zArr.columns();
        Buf z = Buf.of(zArr);
        Buf t = Buf.of(tArr);
        INDArray gradArr = zArr.ulike();
        Buf g = Buf.of(gradArr);
        double total = 0;
        if (kind == LossKind.SOFTMAX_CROSS_ENTROPY) {
            // log p = z - max - log sum exp(z - max)  (per row);  L = -1/N sum t log p;  dL/dz = (p - t) / N
            for (int r = 0; r < n; r++) {
                int o = r * k;
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    max = Math.max(max, z.get(o + j));
                }
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    sum += Math.exp(z.get(o + j) - max);
                }
                double logSum = Math.log(sum);
                for (int j = 0; j < k; j++) {
                    double logP = z.get(o + j) - max - logSum;
                    double tj = t.get(o + j);
                    if (tj != 0) {
                        total -= tj * logP;
                    }
                    g.set(o + j, (Math.exp(logP) - tj) / n);
                }
            }
            return new Result(total / n, gradArr);
        }
        // L = 1/(N K) sum (z - t)^2;  dL/dz = 2 (z - t) / (N K)
        double count = (double) n * k;
        for (int i = 0; i < n * k; i++) {
            double d = z.get(i) - t.get(i);
            total += d * d;
            g.set(i, 2 * d / count);
        }
        return new Result(total / count, gradArr);
    }

    /** Row-wise argmax of the logits: the predicted classes. */
    public static int[] predict(INDArray z) {
        return Nd4j.argMax(z, 1).toIntVector();
    }
}
