package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.CustomOp;
import org.nd4j.linalg.api.ops.Op;
import org.nd4j.linalg.api.ops.impl.scalar.LeakyReLU;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear;
import org.nd4j.linalg.api.ops.impl.transforms.strict.ELU;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Tanh;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Element-wise nonlinearity a = f(x); backward dx = dy * f'(x). The forward transform is ND4J's op
 * (libnd4j's float expf and tanh: a Java version would differ in the last bit for some inputs), built
 * once per pair of arrays and run again at every pass, so a pass allocates nothing; the backward
 * product is a Java loop.
 * <p>
 * Arrays: {@link #input()} (the caller's array), {@link #output()} and the dx that backward returns
 * are owned by the layer: Not modified by callers, overwritten by the next pass of the same direction
 * and batch size. dy is Not modified.
 */
public final class Activation implements Layer {
    private final ActivationKind kind;
    private final Sized<Bufs> sized = new Sized<>();
    private Mat x;
    private Bufs cur;

    private static final class Bufs {
        final Mat out;
        Mat dx; // on the first backward pass of this size
        Mat opInput;
        Object op;

        Bufs(Mat out) {
            this.out = out;
        }
    }

    public Activation(ActivationKind kind) {
        this.kind = kind;
    }

    public ActivationKind kind() {
        return kind;
    }

    /** The input of the last forward pass (native side, up to date). */
    public INDArray input() {
        return x.array();
    }

    public INDArray output() {
        return cur.out.array();
    }

    Mat inputMat() {
        return x;
    }

    Mat outputMat() {
        return cur.out;
    }

    @Override
    public Mat forward(Mat input, boolean training) {
        x = input;
        Bufs s = sized.get(input.rows, r -> new Bufs(Mat.zeros(input.dataType(), r, input.cols)));
        if (s.out.cols != input.cols || s.out.dataType() != input.dataType()) {
            s = new Bufs(Mat.zeros(input.dataType(), input.rows, input.cols));
        }
        cur = s;
        Mat out = s.out;
        if (kind == ActivationKind.SIGMOID && out.floats() != null) {
            // sigma(x) = 1 / (1 + e^-x) in float, e^x as libnd4j's expf (Expf: the same bits as its op)
            input.heap();
            VectorKernels k = Simd.on(input);
            if (k != null) {
                k.sigmoid(input.floats(), out.floats(), out.length);
            } else {
                for (int i = 0; i < out.length; i++) {
                    out.set(i, Expf.sigmoid((float) input.get(i)));
                }
            }
            out.wroteHeap();
            return out;
        }
        if (kind == ActivationKind.IDENTITY) {
            input.heap();
            for (int i = 0; i < out.length; i++) {
                out.set(i, input.get(i));
            }
            out.wroteHeap();
            return out;
        }
        if (s.opInput != input) {
            s.op = op(input.array(), out.array());
            s.opInput = input;
        }
        input.array();
        if (s.op instanceof CustomOp c) {
            Nd4j.exec(c);
        } else {
            Nd4j.exec((Op) s.op);
        }
        out.wroteNative();
        return out;
    }

    private Object op(INDArray in, INDArray out) {
        return switch (kind) {
            // sigma(x) = 1 / (1 + e^-x)
            case SIGMOID -> new Sigmoid(in, out);
            case TANH -> new Tanh(in, out);
            // relu(x) = max(0, x)
            case RELU -> new RectifiedLinear(in, out, 0.0);
            // leaky(x) = x (x > 0), slope x otherwise
            case LEAKY_RELU -> new LeakyReLU(in, out, ActivationKind.LEAKY_SLOPE);
            // elu(x) = x (x > 0), alpha (e^x - 1) otherwise
            case ELU -> new ELU(in, out, ActivationKind.ELU_ALPHA);
            case IDENTITY -> throw new IllegalStateException("identity has no op");
        };
    }

    @Override
    public Mat backward(Mat dy) {
        dy.heap();
        Mat o = cur.out.heap();
        if (cur.dx == null) {
            cur.dx = cur.out.like();
        }
        Mat d = cur.dx;
        Mat in = x;
        int n = dy.length;
        switch (kind) {
            // sigma' = sigma (1 - sigma)
            case SIGMOID -> {
                VectorKernels k = Simd.on(dy);
                if (k != null && o.floats() != null && d.floats() != null) {
                    k.sigmoidBackward(dy.floats(), o.floats(), d.floats(), n);
                    break;
                }
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
                in.heap();
                float[] xf = in.floats();
                float[] gf = dy.floats();
                float[] df = d.floats();
                if (xf != null && gf != null && df != null) {
                    VectorKernels k = Simd.on(dy);
                    if (k != null) {
                        k.reluBackward(xf, gf, df, n);
                    } else {
                        for (int i = 0; i < n; i++) {
                            df[i] = xf[i] > 0 ? gf[i] : 0f;
                        }
                    }
                    break;
                }
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : 0.0);
                }
            }
            // leaky' = 1 (x > 0), slope otherwise
            case LEAKY_RELU -> {
                in.heap();
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : ActivationKind.LEAKY_SLOPE * dy.get(i));
                }
            }
            // elu' = 1 (x > 0), alpha e^x = elu(x) + alpha otherwise
            case ELU -> {
                in.heap();
                for (int i = 0; i < n; i++) {
                    d.set(i, in.get(i) > 0 ? dy.get(i) : (o.get(i) + ActivationKind.ELU_ALPHA) * dy.get(i));
                }
            }
            case IDENTITY -> {
                for (int i = 0; i < n; i++) {
                    d.set(i, dy.get(i));
                }
            }
        }
        d.wroteHeap();
        return d;
    }
}
