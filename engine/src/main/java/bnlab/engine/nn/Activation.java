package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ELU;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise nonlinearity a = f(x); backward dx = dy * f'(x). The forward transform runs as one
 * ND4J op into a preallocated buffer; the backward product is a Java loop over the buffers.
 * <p>
 * Arrays: {@link #input()} (the contiguous input, or the caller's array itself), {@link #output()} and
 * the dx that backward returns are owned by the layer: Not modified by callers, overwritten by the
 * next pass of the same direction. dy is Not modified.
 */
public final class Activation implements Layer {
    private final ActivationKind kind;
    private INDArray x;
    private INDArray out;
    private INDArray dx;

    public Activation(ActivationKind kind) {
        this.kind = kind;
    }

    public ActivationKind kind() {
        return kind;
    }

    public INDArray input() {
        return x;
    }

    public INDArray output() {
        return out;
    }

    @Override
    public INDArray forward(INDArray input, boolean training) {
        x = Buf.contiguous(input);
        if (out == null || !java.util.Arrays.equals(out.shape(), x.shape())) {
            out = Nd4j.create(x.dataType(), x.shape());
            dx = Nd4j.create(x.dataType(), x.shape());
        }
        switch (kind) {
            // sigma(x) = 1 / (1 + e^-x)
            case SIGMOID -> Nd4j.exec(new Sigmoid(x, out));
            case TANH -> Nd4j.exec(new Tanh(x, out));
            case RELU -> Nd4j.exec(new RectifiedLinear(x, out, 0.0));
            case LEAKY_RELU -> Nd4j.exec(new LeakyReLU(x, out, ActivationKind.LEAKY_SLOPE));
            // elu(x) = x (x > 0), alpha (e^x - 1) otherwise
            case ELU -> Nd4j.exec(new ELU(x, out, ActivationKind.ELU_ALPHA));
            case IDENTITY -> out.assign(x);
        }
        return out;
    }

    @Override
    public INDArray backward(INDArray dyIn) {
        INDArray dyArr = Buf.contiguous(dyIn);
        Buf dy = Buf.of(dyArr);
        Buf in = Buf.of(x);
        Buf o = Buf.of(out);
        Buf d = Buf.of(dx);
        int n = dy.length;
        switch (kind) {
            // sigma' = sigma (1 - sigma)
            case SIGMOID -> {
                for (int i = 0; i < n; i++) {
                    double s = o.get(i);
                    d.set(i, dy.get(i) * s * (1 - s));
                }
            }
            // tanh' = 1 - tanh^2
            case TANH -> {
                for (int i = 0; i < n; i++) {
                    double t = o.get(i);
                    d.set(i, dy.get(i) * (1 - t * t));
                }
            }
            // relu' = [x > 0]
            case RELU -> {
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : 0.0);
                }
            }
            // leaky' = 1 (x > 0), slope otherwise
            case LEAKY_RELU -> {
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : ActivationKind.LEAKY_SLOPE * dy.get(i));
                }
            }
            // elu' = 1 (x > 0), alpha e^x = elu(x) + alpha otherwise
            case ELU -> {
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : (o.get(i) + ActivationKind.ELU_ALPHA) * dy.get(i));
                }
            }
            case IDENTITY -> dx.assign(dyArr);
        }
        return dx;
    }
}
