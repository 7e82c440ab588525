package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import bnlab.engine.api.NormKind;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A normalization layer: y = gamma * x_hat + beta, with x_hat = (x - mu) / sqrt(var + eps) over the
 * axes the kind pools (BatchNorm: per feature over the batch; LayerNorm: per sample over its
 * features; RMSNorm: per sample, dividing by the root mean square only; {@link ConvNorm}: a conv
 * block's BN, LN, IN and GN, which differ only in the set of values one statistic pools). Adding one
 * is one class extending {@link AffineNorm} plus its {@link NormKind} and its case in {@link Network#build} (an
 * exhaustive switch: the compiler points at it).
 * <p>
 * Arrays handed out are owned by the layer: callers read them and do not modify them. x_hat is
 * overwritten by the next forward pass; gamma and beta by the optimizer (or a pin); the running
 * statistics by every train-mode forward pass while updates are on.
 */
public sealed interface Norm extends Layer permits AffineNorm {
    NormKind kind();

    /** gamma, [1, features]. */
    Param gamma();

    /** beta, [1, features]. */
    Param beta();

    /** x_hat of the last forward pass, the shape of the layer's input (Not modified by callers). */
    INDArray xhat();

    /** x_hat of the last forward pass as the layer holds it, or null before one. */
    Mat xhatMat();

    /** Running mean per feature [1, features], or null when this normalization keeps none. */
    INDArray runningMean();

    /** Running (population) variance per feature [1, features], or null. */
    INDArray runningVar();

    void setEps(double eps);

    /** Convention and momentum of the running statistics; ignored by normalizations that keep none. */
    void setRunningStats(Convention convention, double momentum);

    /** Whether train-mode passes update the running statistics (off while measuring, not learning). */
    void setUpdateRunningStats(boolean update);

    /** Whether train-mode and eval-mode outputs differ (BatchNorm: batch vs running statistics). */
    default boolean keepsRunningStats() {
        return runningMean() != null;
    }
}
