package bnlab.engine.nn;

import bnlab.engine.train.Sgd;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.List;

/**
 * Where a training step's time goes: after some real steps, each part of one step is run alone, many
 * times, on that step's own arrays (the layers keep them), and timed. "bias" is what a Dense layer
 * costs beyond its gemm calls (timed alone too): adding b and summing dL/db. For benchmarks only.
 */
public final class StepParts {
    public static final String[] NAMES = {"gemm", "bias", "BN", "sigmoid", "sigmoid'", "loss", "SGD", "check"};

    private StepParts() {
    }

    /** us per step of each part in {@link #NAMES}, measured over reps repetitions after warm real steps. */
    public static double[] time(Network net, Mat[][] batches, int warm, int reps) {
        Sgd sgd = new Sgd(1e-9, 0);
        int n = batches[0].length;
        for (int i = 0; i < warm; i++) {
            net.backward(net.forward(batches[0][i % n], true), batches[1][i % n]);
            sgd.step(net.params());
        }
        Mat x = batches[0][0];
        Mat t = batches[1][0];
        Mat logits = net.forward(x, true);
        net.backward(logits, t);
        double[] out = new double[NAMES.length];
        List<HiddenBlock> blocks = net.blocks();
        Mat h = x;
        // forward, layer by layer, each part repeated
        for (HiddenBlock b : blocks) {
            Mat in = h;
            double dense = time(reps, () -> b.dense().forward(in, true));
            out[0] += gemmForward(b.dense(), in, reps);
            Mat z = b.dense().forward(in, true);
            out[1] += dense - gemmForward(b.dense(), in, reps);
            Mat y = z;
            if (b.norm() != null) {
                Mat zz = z;
                out[2] += time(reps, () -> b.norm().forward(zz, true));
                y = b.norm().forward(z, true);
            }
            Mat yy = y;
            out[3] += time(reps, () -> b.activation().forward(yy, true));
            h = b.activation().forward(y, true);
        }
        Mat hh = h;
        Dense o = net.outputLayer();
        double od = time(reps, () -> o.forward(hh, true));
        out[0] += gemmForward(o, hh, reps);
        out[1] += od - gemmForward(o, hh, reps);
        Mat lg = o.forward(h, true);
        out[5] += time(reps, () -> net.loss().value(lg, t));
        net.loss().value(lg, t);
        // backward
        Mat g = net.loss().grad();
        double ob = time(reps, () -> o.backward(g));
        double og = gemmBackward(o, hh, g, reps);
        out[0] += og;
        out[1] += ob - og;
        Mat d = o.backward(g);
        for (int l = blocks.size() - 1; l >= 0; l--) {
            HiddenBlock b = blocks.get(l);
            Mat da = d;
            out[4] += time(reps, () -> b.activation().backward(da));
            Mat dz = b.activation().backward(d);
            if (b.norm() != null) {
                Mat dy = dz;
                out[2] += time(reps, () -> b.norm().backward(dy));
                dz = b.norm().backward(dz);
            }
            Mat dzz = dz;
            Mat in = l == 0 ? x : blocks.get(l - 1).activationOutputMat();
            double db = time(reps, () -> b.dense().backward(dzz));
            double dg = gemmBackward(b.dense(), in, dzz, reps);
            out[0] += dg;
            out[1] += db - dg;
            d = b.dense().backward(dz);
        }
        out[6] = time(reps, () -> sgd.step(net.params()));
        out[7] = time(reps, net::gradientsFit);
        return out;
    }

    private static double gemmForward(Dense d, Mat x, int reps) {
        int in = (int) d.weights().value().rows();
        int out = (int) d.weights().value().columns();
        Mat z = Mat.zeros(DataType.FLOAT, x.rows, out);
        return time(reps, () -> Blas.gemm(DataType.FLOAT, x.pointer(), x.rows, in, false, d.weights().valuePointer(),
                in, out, false, z.address()));
    }

    private static double gemmBackward(Dense d, Mat x, Mat dz, int reps) {
        int in = (int) d.weights().value().rows();
        int out = (int) d.weights().value().columns();
        Mat dx = Mat.zeros(DataType.FLOAT, x.rows, in);
        boolean first = in == 784;
        return time(reps, () -> {
            Blas.gemm(DataType.FLOAT, x.pointer(), x.rows, in, true, dz.pointer(), dz.rows, out, false,
                    d.weights().gradPointer());
            if (!first) {
                Blas.gemm(DataType.FLOAT, dz.pointer(), dz.rows, out, false, d.weights().valuePointer(), in, out, true,
                        dx.address());
            }
        });
    }

    // us per run
    private static double time(int reps, Runnable r) {
        for (int i = 0; i < Math.min(50, reps); i++) {
            r.run();
        }
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            r.run();
        }
        return (System.nanoTime() - t0) / 1e3 / reps;
    }
}
