package bnlab.engine.nn;

import bnlab.engine.api.Convention;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What every normalization layer holds alike: gamma [1, F] starting at 1 and beta [1, F] at 0 (F the
 * features, or a conv block's channels), eps, and the x_hat of its last forward pass. It keeps no running
 * statistics: {@link BatchNorm} and {@link ConvNorm} (whose BATCH kind keeps them) override the four
 * methods about them.
 */
abstract sealed class AffineNorm implements Norm permits BatchNorm, LayerNorm, ConvNorm, RMSNorm {
    final Param gamma;
    final Param beta;
    double eps;

    AffineNorm(int features, double eps, DataType type) {
        this.gamma = new Param("gamma", Nd4j.ones(type, 1, features));
        this.beta = new Param("beta", Nd4j.zeros(type, 1, features));
        this.eps = eps;
    }

    /** x_hat of the last forward pass as the layer holds it, or null before one. */
    abstract Mat lastXhat();

    @Override
    public final Param gamma() {
        return gamma;
    }

    @Override
    public final Param beta() {
        return beta;
    }

    @Override
    public final INDArray xhat() {
        Mat x = lastXhat();
        return x == null ? null : x.array();
    }

    @Override
    public final Mat xhatMat() {
        return lastXhat();
    }

    @Override
    public final void setEps(double eps) {
        this.eps = eps;
    }

    /** None unless overridden: the statistics are the sample's own, the same in train and eval mode. */
    @Override
    public INDArray runningMean() {
        return null;
    }

    @Override
    public INDArray runningVar() {
        return null;
    }

    @Override
    public void setRunningStats(Convention convention, double momentum) {
        // no running statistics
    }

    @Override
    public void setUpdateRunningStats(boolean update) {
        // no running statistics
    }
}
