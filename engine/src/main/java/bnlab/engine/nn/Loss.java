package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Loss on the logits z [N, K] against one-hot targets t [N, K]; also gives dL/dz. */
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

    public Result compute(INDArray z, INDArray t) {
        long n = z.rows();
        if (kind == LossKind.SOFTMAX_CROSS_ENTROPY) {
            // p = softmax(z) (rows, shifted by the row max);  L = -1/N sum_n log p[n, y_n];  dL/dz = (p - t) / N
            INDArray shifted = z.subColumnVector(z.max(true, 1));
            INDArray logSumExp = Transforms.log(Transforms.exp(shifted, true).sum(true, 1), false);
            INDArray logP = shifted.subiColumnVector(logSumExp);
            double value = -logP.mul(t).sumNumber().doubleValue() / n;
            INDArray grad = Transforms.exp(logP, false).subi(t).divi(n);
            return new Result(value, grad);
        }
        // L = 1/(N K) sum (z - t)^2;  dL/dz = 2 (z - t) / (N K)
        INDArray diff = z.sub(t);
        double count = z.length();
        double value = diff.mul(diff).sumNumber().doubleValue() / count;
        return new Result(value, diff.muli(2.0 / count));
    }

    /** Row-wise argmax of the logits: the predicted classes. */
    public static int[] predict(INDArray z) {
        return Nd4j.argMax(z, 1).toIntVector();
    }
}
