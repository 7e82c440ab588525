package bnlab.engine.nn;

import bnlab.engine.api.Placement;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * One hidden layer: Dense (or a conv), then normalization and activation in the chosen order, then (a
 * conv block) 2x2 max pooling.
 * <pre>
 * BEFORE_ACTIVATION: z = x W + b;  y = norm(z);  a = f(y)       [; a = pool(a)]
 * AFTER_ACTIVATION:  z = x W + b;  h = f(z);    a = norm(h)     [; a = pool(a)]
 * without norm:      z = x W + b;  a = f(z)                     [; a = pool(a)]
 * </pre>
 * With {@link NormNoise} set, norm(.) stands for noise(norm(.)): the noise is part of what the block calls the
 * normalization's output (what the next stage receives).
 * A conv block's z is [N, C, H, W] as a Mat [N, C * H * W]: its "units" are its C channels, each
 * with H * W positions ({@link #positions()}); a Dense layer's units have one position each.
 * Keeps references to the arrays of the last forward and backward pass for the probes' trace. They
 * are owned by the layers (Not modified by callers) and overwritten by the next pass.
 */
public final class HiddenBlock {
    private final Linear linear;
    private final Layer pool;
    private final int height;
    private final int width;
    private final Norm norm;
    private final Activation activation;
    private final Placement placement;
    private NormNoise noise;
    private Mat normInput;
    private Mat normOutput;
    private Mat output;
    private Mat dz;
    /** dL/dy at the normalization's output and dL/dx at its input, of the last backward pass (with a norm). */
    private Mat normOutputGrad;
    private Mat normInputGrad;

    /** @param norm the normalization, or null for none */
    public HiddenBlock(Dense dense, Norm norm, Activation activation, Placement placement) {
        this(dense, 1, 1, norm, activation, placement, null);
    }

    /**
     * @param height, width  the image size of z (1 x 1 for a Dense layer)
     * @param pool  applied to the block's output (a conv block's pooling), or null
     */
    public HiddenBlock(Linear linear, int height, int width, Norm norm, Activation activation, Placement placement,
                       Layer pool) {
        this.linear = linear;
        this.height = height;
        this.width = width;
        this.pool = pool;
        this.norm = norm;
        this.activation = activation;
        this.placement = placement;
    }

    public INDArray forward(INDArray x, boolean training) {
        return forward(Mat.wrap(x), training).array();
    }

    public Mat forward(Mat x, boolean training) {
        return forwardFromDense(linear.forward(x, training), training);
    }

    /**
     * The block after its Dense layer: normalization and activation applied to a given z = x W + b
     * (the network landscape computes the first layer's z by linearity instead of one gemm per point).
     */
    public INDArray forwardFromDense(INDArray z, boolean training) {
        return forwardFromDense(Mat.wrap(z), training).array();
    }

    public Mat forwardFromDense(Mat z, boolean training) {
        if (norm == null) {
            normInput = z;
            normOutput = null;
            output = activation.forward(z, training);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            normInput = z;
            normOutput = normalize(z, training);
            output = activation.forward(normOutput, training);
        } else {
            Mat h = activation.forward(z, training);
            normInput = h;
            normOutput = normalize(h, training);
            output = normOutput;
        }
        if (pool != null) {
            output = pool.forward(output, training);
        }
        return output;
    }

    private Mat normalize(Mat x, boolean training) {
        Mat y = norm.forward(x, training);
        return noise == null ? y : noise.forward(y, training);
    }

    // dL/dx at the normalization's input from dL/dy at its (noisy) output
    private Mat normBackward(Mat dy) {
        return norm.backward(noise == null ? dy : noise.backward(dy));
    }

    // dL/dz from dL/da through the block, then Dense: dL/dx
    public Mat backward(Mat da) {
        if (pool != null) {
            da = pool.backward(da);
        }
        if (norm == null) {
            dz = activation.backward(da);
        } else if (placement == Placement.BEFORE_ACTIVATION) {
            normOutputGrad = activation.backward(da);
            normInputGrad = normBackward(normOutputGrad);
            dz = normInputGrad;
        } else {
            normOutputGrad = da;
            normInputGrad = normBackward(da);
            dz = activation.backward(normInputGrad);
        }
        return linear.backward(dz);
    }

    /** The Dense layer of an MLP block (a ClassCastException for a conv block: see {@link #linear()}). */
    public Dense dense() {
        return (Dense) linear;
    }

    /** The block's Dense layer or conv. */
    public Linear linear() {
        return linear;
    }

    /** The pooling after the block, or null. */
    public Layer pool() {
        return pool;
    }

    /** Units: Dense outputs, or conv channels. */
    public int units() {
        return linear.units();
    }

    /** Values per unit and sample in z: H * W for a conv block, 1 for Dense. */
    public int positions() {
        return height * width;
    }

    /** H of z (1 for Dense). */
    public int height() {
        return height;
    }

    /** W of z (1 for Dense). */
    public int width() {
        return width;
    }

    /** Whether this is a conv block. */
    public boolean conv() {
        return linear instanceof Conv2d;
    }

    /** Noise after the normalization (ignored without one), or null for none. */
    public void setNoise(NormNoise noise) {
        this.noise = noise;
    }

    /** The noise after the normalization, or null. */
    public NormNoise noise() {
        return norm == null ? null : noise;
    }

    /** The normalization, or null. */
    public Norm norm() {
        return norm;
    }

    public boolean normalized() {
        return norm != null;
    }

    public Activation activation() {
        return activation;
    }

    public Placement placement() {
        return placement;
    }

    /** Input of the normalization (for the plain block: the Dense output at the same place), [N, units * positions]. */
    public INDArray normInput() {
        return normInput == null ? null : normInput.array();
    }

    /** {@link #normInput()} as the layers hold it. */
    public Mat normInputMat() {
        return normInput;
    }

    /** gamma * xhat + beta (then the noise, with {@link NormNoise}), or null without norm. */
    public INDArray normOutput() {
        return normOutput == null ? null : normOutput.array();
    }

    public Mat normOutputMat() {
        return normOutput;
    }

    /** xhat of the last forward pass, or null without norm. */
    public INDArray xhat() {
        return norm == null ? null : norm.xhat();
    }

    public Mat xhatMat() {
        return norm == null ? null : norm.xhatMat();
    }

    public INDArray output() {
        return output == null ? null : output.array();
    }

    /** The activation's input and output of the last forward pass. */
    public Mat activationInputMat() {
        return activation.inputMat();
    }

    public Mat activationOutputMat() {
        return activation.outputMat();
    }

    /** dL/dz of the last backward pass, z = x W + b [N, out], or null before one. */
    public INDArray dz() {
        return dz == null ? null : dz.array();
    }

    public Mat dzMat() {
        return dz;
    }

    /** dL/dy at the normalization's output of the last backward pass, [N, units * positions], or null. */
    public Mat normOutputGradMat() {
        return normOutputGrad;
    }

    /** dL/dx at the normalization's input (what the norm hands back) of the last backward pass, or null. */
    public Mat normInputGradMat() {
        return normInputGrad;
    }

    /** Gamma of the norm, or null. */
    public Param gamma() {
        return norm == null ? null : norm.gamma();
    }

    /** Beta of the norm, or null. */
    public Param beta() {
        return norm == null ? null : norm.beta();
    }

    public List<Param> params() {
        List<Param> all = new ArrayList<>(linear.params());
        if (norm != null) {
            all.addAll(norm.params());
        }
        return all;
    }
}
