package bnlab.engine.probe;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.nn.Arrays2;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Norm;
import bnlab.engine.nn.Param;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One hidden block's values at a training step, copied into plain arrays after backward and before
 * the optimizer's update: the batch's activations at each stage, the normalization's parameters and
 * running statistics, and the gradient norms. Engine thread only; the arrays are reused from step to
 * step (probes read them, then the next trace overwrites them).
 */
public final class BlockTrace {
    int rows;
    int width;
    ActivationKind activation;
    boolean normalized;
    float[] normInput;
    float[] xhat;
    float[] normOutput;
    float[] activationInput;
    float[] activationOutput;
    double[] gamma;
    double[] beta;
    double gammaMean = Double.NaN;
    double betaMean = Double.NaN;
    double[] runningMean;
    double[] runningVar;
    double weightGradNorm;
    double signalNorm;
    double updateNorm;
    double weightNorm;

    // all [rows, width] row-major, copied from the block's last passes
    void record(HiddenBlock b) {
        INDArray in = b.normInput();
        rows = (int) in.rows();
        width = (int) in.columns();
        activation = b.activation().kind();
        normInput = Arrays2.copy(in, normInput);
        activationInput = Arrays2.copy(b.activation().input(), activationInput);
        activationOutput = Arrays2.copy(b.activation().output(), activationOutput);
        Norm norm = b.norm();
        normalized = norm != null;
        if (normalized) {
            xhat = Arrays2.copy(norm.xhat(), xhat);
            normOutput = Arrays2.copy(b.normOutput(), normOutput);
            gamma = Arrays2.copy(norm.gamma().value(), gamma);
            beta = Arrays2.copy(norm.beta().value(), beta);
            gammaMean = norm.gamma().value().meanNumber().doubleValue();
            betaMean = norm.beta().value().meanNumber().doubleValue();
            runningMean = norm.keepsRunningStats() ? Arrays2.copy(norm.runningMean(), runningMean) : null;
            runningVar = norm.keepsRunningStats() ? Arrays2.copy(norm.runningVar(), runningVar) : null;
        } else {
            gammaMean = Double.NaN;
            betaMean = Double.NaN;
            runningMean = null;
            runningVar = null;
        }
        Param w = b.dense().weights();
        // ||dL/dW|| and ||dL/dz|| (Frobenius)
        weightGradNorm = w.grad().norm2Number().doubleValue();
        signalNorm = b.dz() == null ? Double.NaN : b.dz().norm2Number().doubleValue();
        updateNorm = Double.NaN;
        weightNorm = Double.NaN;
    }

    /** After the update: ||delta W|| of this step and ||W|| after it. */
    void recordUpdate(double updateNorm, double weightNormAfter) {
        this.updateNorm = updateNorm;
        this.weightNorm = weightNormAfter;
    }

    public int rows() {
        return rows;
    }

    public int width() {
        return width;
    }
}
