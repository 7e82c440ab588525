package bnlab.engine.probe;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.nn.Arrays2;
import bnlab.engine.nn.ConvNorm;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Norm;
import bnlab.engine.nn.Param;

/**
 * One hidden block's values at a training step, copied into plain arrays after backward and before
 * the optimizer's update: the batch's activations at each stage, the normalization's parameters and
 * running statistics, and the gradient norms. Engine thread only; the arrays are reused from step to
 * step (probes read them, then the next trace overwrites them).
 */
public final class BlockTrace {
    int rows;
    int width;
    /** Units (a conv block's channels) and values per unit and sample (H * W; 1 for Dense): width = units * positions. */
    int units;
    int positions;
    int height;
    int width2d;
    // one fixed sample's normalization input and output [C * H * W] and the statistics each channel was
    // normalized with (a conv block only; see Network#forwardSample)
    boolean hasMaps;
    float[] sampleX;
    float[] sampleY;
    double[] sampleMean;
    double[] sampleVar;
    ActivationKind activation;
    boolean normalized;
    float[] normInput;
    float[] xhat;
    float[] normOutput;
    float[] activationInput;
    float[] activationOutput;
    double[] gamma;
    double[] beta;
    // the backward pass through the normalization: dL/dy at its output, dL/dx at its input (both [rows, width]),
    // and dL/dgamma, dL/dbeta per unit, as the engine computed them (null without normalization)
    float[] normOutputGrad;
    float[] normInputGrad;
    double[] gammaGrad;
    double[] betaGrad;
    double gammaMean = Double.NaN;
    double betaMean = Double.NaN;
    double[] runningMean;
    double[] runningVar;
    double weightGradNorm;
    double signalNorm;
    double updateNorm;
    double weightNorm;

    // the values of one stage as double for a histogram (which keeps none of them): reused, so that a probe
    // does not allocate five batch-sized arrays per block (a few MB a second while training flat out)
    private double[] widened;

    /** flat as double, in this trace's reused array (valid until the next call). */
    double[] widened(float[] flat) {
        if (widened == null || widened.length != flat.length) {
            widened = new double[flat.length];
        }
        for (int i = 0; i < flat.length; i++) {
            widened[i] = flat[i];
        }
        return widened;
    }

    // all [rows, width] row-major, copied from the block's last passes
    void record(HiddenBlock b) {
        Mat in = b.normInputMat();
        rows = in.rows;
        width = in.cols;
        units = b.units();
        positions = b.positions();
        height = b.height();
        width2d = b.width();
        hasMaps = false;
        activation = b.activation().kind();
        normInput = in.copy(normInput);
        activationInput = b.activationInputMat().copy(activationInput);
        activationOutput = b.activationOutputMat().copy(activationOutput);
        Norm norm = b.norm();
        normalized = norm != null;
        if (normalized) {
            xhat = norm.xhatMat().copy(xhat);
            normOutput = b.normOutputMat().copy(normOutput);
            gamma = Arrays2.copy(norm.gamma().value(), gamma);
            beta = Arrays2.copy(norm.beta().value(), beta);
            gammaMean = Arrays2.mean(norm.gamma().value());
            betaMean = Arrays2.mean(norm.beta().value());
            runningMean = norm.keepsRunningStats() ? Arrays2.copy(norm.runningMean(), runningMean) : null;
            runningVar = norm.keepsRunningStats() ? Arrays2.copy(norm.runningVar(), runningVar) : null;
            boolean back = b.normOutputGradMat() != null && b.normInputGradMat() != null;
            normOutputGrad = back ? b.normOutputGradMat().copy(normOutputGrad) : null;
            normInputGrad = back ? b.normInputGradMat().copy(normInputGrad) : null;
            gammaGrad = back ? Arrays2.copy(norm.gamma().grad(), gammaGrad) : null;
            betaGrad = back ? Arrays2.copy(norm.beta().grad(), betaGrad) : null;
        } else {
            normOutputGrad = null;
            normInputGrad = null;
            gammaGrad = null;
            betaGrad = null;
            gammaMean = Double.NaN;
            betaMean = Double.NaN;
            runningMean = null;
            runningVar = null;
        }
        Param w = b.linear().weights();
        // ||dL/dW|| and ||dL/dz|| (Frobenius)
        weightGradNorm = Arrays2.norm2(w.grad());
        signalNorm = b.dz() == null ? Double.NaN : Arrays2.norm2(b.dz());
        updateNorm = Double.NaN;
        weightNorm = Double.NaN;
    }

    // after Network#forwardSample: the block's caches hold the one sample's pass
    void recordSample(HiddenBlock b) {
        sampleX = b.normInputMat().copy(sampleX);
        Norm norm = b.norm();
        if (norm instanceof ConvNorm c) {
            sampleY = b.normOutputMat().copy(sampleY);
            if (sampleMean == null || sampleMean.length != units) {
                sampleMean = new double[units];
                sampleVar = new double[units];
            }
            for (int ch = 0; ch < units; ch++) {
                sampleMean[ch] = c.meanOf(0, ch);
                sampleVar[ch] = c.varOf(0, ch);
            }
        } else {
            sampleY = null;
            sampleMean = null;
            sampleVar = null;
        }
        hasMaps = true;
    }

    /** After the update: ||delta W|| of this step and ||W|| after it. */
    void recordUpdate(double updateNorm, double weightNormAfter) {
        this.updateNorm = updateNorm;
        this.weightNorm = weightNormAfter;
    }

    /** ||dL/dW|| of the recorded step. */
    public double weightGradNorm() {
        return weightGradNorm;
    }

    public int rows() {
        return rows;
    }

    public int width() {
        return width;
    }
}
