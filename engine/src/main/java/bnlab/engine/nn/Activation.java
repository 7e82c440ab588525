package bnlab.engine.nn;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Element-wise nonlinearity a = f(x); backward dx = dy * f'(x). */
public final class Activation implements Layer {
    private final ActivationKind kind;
    private INDArray x;
    private INDArray out;

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
    public INDArray forward(INDArray x, boolean training) {
        this.x = x;
        out = switch (kind) {
            case SIGMOID -> Transforms.sigmoid(x, true);
            case TANH -> Transforms.tanh(x, true);
            case RELU -> Transforms.relu(x, true);
            case LEAKY_RELU -> Transforms.leakyRelu(x, ActivationKind.LEAKY_SLOPE, true);
            // elu(x) = x (x > 0), alpha (e^x - 1) otherwise
            case ELU -> Transforms.elu(x, true);
            case IDENTITY -> x.dup();
        };
        return out;
    }

    @Override
    public INDArray backward(INDArray dy) {
        INDArray d = switch (kind) {
            // sigma' = sigma (1 - sigma)
            case SIGMOID -> out.rsub(1.0).muli(out);
            // tanh' = 1 - tanh^2
            case TANH -> out.mul(out).rsubi(1.0);
            // relu' = [x > 0]
            case RELU -> x.gt(0).castTo(x.dataType());
            // leaky' = 1 (x > 0), slope otherwise
            case LEAKY_RELU -> x.gt(0).castTo(x.dataType()).muli(1.0 - ActivationKind.LEAKY_SLOPE)
                    .addi(ActivationKind.LEAKY_SLOPE);
            // elu' = 1 (x > 0), alpha e^x = elu(x) + alpha otherwise
            case ELU -> {
                INDArray pos = x.gt(0).castTo(x.dataType());
                INDArray neg = out.add(ActivationKind.ELU_ALPHA).muli(pos.rsub(1.0));
                yield pos.addi(neg);
            }
            case IDENTITY -> Nd4j.onesLike(dy);
        };
        return d.muli(dy);
    }
}
