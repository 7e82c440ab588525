package bnlab.engine.train;

import bnlab.engine.nn.Blas;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.Param;
import org.bytedeco.javacpp.Pointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;

/**
 * How the loss and its gradient change along the gradient, at the network's weights theta (Santurkar et al. 2018,
 * "How does batch normalization help optimization?", Figure 4). On one batch, in train mode (BN normalizes with
 * the batch's statistics, as a step does) with running-statistics updates switched off:
 * <pre>
 * g = dL/dtheta (theta),  theta_k = theta - s_k g  for the step sizes s_k
 * loss range:               min_k L(theta_k) .. max_k L(theta_k)
 * gradient change:          max_k ||dL/dtheta (theta_k) - g||
 * effective smoothness:     max_k ||dL/dtheta (theta_k) - g|| / ||theta_k - theta||
 * </pre>
 * over every parameter a step would update (pinned ones are not moved; their gradients are left out of both
 * norms). Afterwards the weights and the running statistics are exactly as before; the gradients and the layers'
 * caches hold the last pass (a step overwrites both before it reads them). Engine thread only (or the twin's
 * worker).
 */
public final class GradientPath {
    /**
     * The step sizes, in learning rates: from half a step to four (Santurkar et al. take a range of step sizes around
     * the one training uses; four learning rates is where the plain networks of BN Lab's lessons leave the ground
     * their gradient describes, and BN's do not).
     */
    public static final double[] STEPS = {0.5, 1, 2, 4};

    private final Network net;
    /** Per parameter: theta, g and a difference of gradients, made once (a measure then allocates no native memory). */
    private final INDArray[] theta;
    private final INDArray[] g;
    private final INDArray[] diff;

    /** The path of this network, with its buffers (the network's parameters' shapes); engine thread. */
    public GradientPath(Network net) {
        this.net = net;
        List<Param> params = net.params();
        int n = params.size();
        theta = new INDArray[n];
        g = new INDArray[n];
        diff = new INDArray[n];
        for (int i = 0; i < n; i++) {
            theta[i] = params.get(i).value().ulike();
            g[i] = params.get(i).value().ulike();
            diff[i] = params.get(i).value().ulike();
        }
    }

    /** {@link #STEPS} times the learning rate. */
    public static double[] steps(double learningRate) {
        double[] s = new double[STEPS.length];
        for (int k = 0; k < s.length; k++) {
            s[k] = STEPS[k] * learningRate;
        }
        return s;
    }

    /**
     * @param loss        L(theta) on the batch
     * @param lossMin     smallest L(theta_k)
     * @param lossMax     largest L(theta_k)
     * @param gradNorm    ||g||
     * @param gradChange  largest ||g_k - g||
     * @param smoothness  largest ||g_k - g|| / (s_k ||g||)
     */
    public record Result(double loss, double lossMin, double lossMax, double gradNorm, double gradChange,
                         double smoothness) {
        /** Nothing measured (a twin that diverged, or a gradient of zero). */
        public static final Result NONE = new Result(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN);

        /** The history's columns ({@code TwinHistory.PATH_LOSS} ...). */
        public double[] columns() {
            return new double[] {loss, lossMin, lossMax, gradChange, smoothness};
        }
    }

    /**
     * See the class comment; x [N, inputs] and targets [N, classes] are Not modified. The arithmetic on the weights
     * is BLAS on their buffers (an ND4J call per parameter and step size cost more than the passes themselves).
     */
    public Result measure(Mat x, Mat targets, double[] steps) {
        List<Param> params = net.params();
        int n = params.size();
        DataType type = net.dataType();
        net.setUpdateRunningStats(false);
        boolean saved = false;
        try {
            double loss = net.backward(net.forward(x, true), targets);
            for (int i = 0; i < n; i++) {
                Param p = params.get(i);
                Blas.copy(type, theta[i].length(), p.valuePointer(), theta[i].data().addressPointer());
                Blas.copy(type, g[i].length(), p.gradPointer(), g[i].data().addressPointer());
            }
            saved = true;
            double gNorm = norm(params, g, null, diff, type);
            if (!Double.isFinite(loss) || !(gNorm > 0) || !Double.isFinite(gNorm) || steps.length == 0) {
                return Result.NONE;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double change = 0;
            double smooth = 0;
            for (double s : steps) {
                // theta_k = theta - s g
                for (int i = 0; i < n; i++) {
                    Param p = params.get(i);
                    if (!p.frozen()) {
                        long len = theta[i].length();
                        Blas.copy(type, len, theta[i].data().addressPointer(), p.valuePointer());
                        Blas.axpy(type, len, -s, g[i].data().addressPointer(), p.valuePointer());
                    }
                }
                // a step that blows the loss or the gradient up to NaN counts as infinite (not as no measurement)
                double lk = orInfinity(net.backward(net.forward(x, true), targets));
                // ||g_k - g||
                double d = orInfinity(norm(params, g, params, diff, type));
                lo = Math.min(lo, lk);
                hi = Math.max(hi, lk);
                change = Math.max(change, d);
                smooth = Math.max(smooth, d / (s * gNorm));
            }
            return new Result(loss, lo, hi, gNorm, change, smooth);
        } finally {
            for (int i = 0; saved && i < n; i++) {
                Blas.copy(type, theta[i].length(), theta[i].data().addressPointer(), params.get(i).valuePointer());
            }
            net.setUpdateRunningStats(true);
        }
    }

    private static double orInfinity(double v) {
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    // sqrt(sum over the moving params of ||b_i - a_i||^2), b = the params' current gradients (or 0 when null); tmp
    // holds b_i - a_i
    private static double norm(List<Param> params, INDArray[] a, List<Param> minus, INDArray[] tmp, DataType type) {
        double sum = 0;
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).frozen()) {
                continue;
            }
            long len = a[i].length();
            Pointer d = a[i].data().addressPointer();
            if (minus != null) {
                d = tmp[i].data().addressPointer();
                Blas.copy(type, len, minus.get(i).gradPointer(), d);
                Blas.axpy(type, len, -1, a[i].data().addressPointer(), d);
            }
            double v = Blas.nrm2(type, len, d);
            sum += v * v;
        }
        return Math.sqrt(sum);
    }
}
