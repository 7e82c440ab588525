package bnlab.engine.train;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.HiddenBlock;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Network;
import bnlab.engine.nn.Param;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gradient path against its Taylor expansion, in float64: for a small step s along -g,
 * L(theta - s g) = L(theta) - s ||g||^2 + O(s^2), and dL(theta - s g) - g = -s H g + O(s^2), with H g taken by central
 * differences of the gradient, (g(theta + e g) - g(theta - e g)) / (2 e). And measuring changes no weight or running
 * statistic.
 */
class GradientPathTest {
    @Test
    void smallStepsFollowTheTaylorExpansionAndNothingIsLeftChanged() throws Exception {
        Nd4jSetup.singleThreaded();
        for (NormKind norm : new NormKind[] {NormKind.BATCH, null}) {
            ExperimentSpec spec = new ExperimentSpec(List.of(12, 10), ActivationKind.SIGMOID, InitKind.XAVIER, 1,
                    NormKind.BATCH, Placement.BEFORE_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY, 5, 0.2, true);
            TwinRunner r = new TwinRunner(spec, Bundled.digits(), TrainSettings.defaults().withBatchSize(16)
                    .withLearningRate(0.3), DataType.DOUBLE);
            try {
                for (int i = 0; i < 20; i++) {
                    r.step();
                }
                Network net = (norm == null ? r.plain() : r.normalized()).net();
                INDArray[] xt = r.trainingRows(16);
                Mat x = Mat.wrap(xt[0]);
                Mat t = Mat.wrap(xt[1]);
                List<double[]> before = state(net);

                // the reference: L and g at theta, H g by central differences
                net.setUpdateRunningStats(false);
                double loss = net.backward(net.forward(x, true), t);
                List<double[]> g = grads(net);
                double gg = dot(g, g);
                double e = 1e-5;
                List<double[]> plus = gradAt(net, x, t, g, e);
                List<double[]> minus = gradAt(net, x, t, g, -e);
                double hg2 = 0;
                for (int i = 0; i < g.size(); i++) {
                    for (int j = 0; j < g.get(i).length; j++) {
                        double h = (plus.get(i)[j] - minus.get(i)[j]) / (2 * e);
                        hg2 += h * h;
                    }
                }
                net.setUpdateRunningStats(true);
                restore(net, before);

                double s = 1e-5;
                GradientPath path = new GradientPath(net);
                GradientPath.Result p = path.measure(x, t, new double[] {s});
                String at = norm == null ? "plain" : "BN";
                assertEquals(loss, p.loss(), 1e-12, at);
                assertEquals(Math.sqrt(gg), p.gradNorm(), 1e-9 * Math.sqrt(gg), at);
                // L(theta - s g) = L - s ||g||^2 + O(s^2)
                assertEquals(loss - s * gg, p.lossMin(), 1e-3 * s * gg, at + " first-order loss change");
                assertEquals(p.lossMin(), p.lossMax(), 0, at + " one step: one loss");
                assertTrue(p.lossMin() < loss, at + " a small step down the gradient lowers the loss");
                // ||g(theta - s g) - g|| = s ||H g|| + O(s^2)
                assertEquals(s * Math.sqrt(hg2), p.gradChange(), 1e-3 * s * Math.sqrt(hg2), at + " gradient change");
                assertEquals(p.gradChange() / (s * p.gradNorm()), p.smoothness(), 1e-12, at);
                assertTrue(Math.sqrt(hg2) > 1e-3, at + " a curved loss, not a trivial case");

                // nothing a step reads is changed: weights and running statistics bit for bit (a step overwrites
                // the gradients)
                List<double[]> after = state(net);
                for (int i = 0; i < before.size(); i++) {
                    if (i >= net.params().size() && i < 2 * net.params().size()) {
                        continue;
                    }
                    assertArrayEquals(before.get(i), after.get(i), 0, at + " array " + i);
                }

                // several steps: the range spans every step's loss
                GradientPath.Result q = path.measure(x, t, GradientPath.steps(0.3));
                assertTrue(q.lossMin() <= q.lossMax() && q.gradChange() > 0, at);
                double far = path.measure(x, t, new double[] {1.2}).lossMin();
                assertTrue(q.lossMin() <= far && far <= q.lossMax(), at + " four learning rates are in the range");
                // a step that blows the loss up (to NaN: infinite) tops the range; the other steps still give the least
                GradientPath.Result blown = path.measure(x, t, new double[] {0.3, 1e300});
                System.out.printf("%s: a step of 1e300 learning rates: loss %s%n", at, blown.lossMax());
                assertTrue(blown.lossMax() > 1e100, at + " " + blown.lossMax());
                assertEquals(path.measure(x, t, new double[] {0.3}).lossMin(), blown.lossMin(), 0, at);
                List<double[]> afterBlowUp = state(net);
                for (int i = 0; i < net.params().size(); i++) {
                    assertArrayEquals(before.get(i), afterBlowUp.get(i), 0, at + " weights back after a blow-up " + i);
                }
            } finally {
                r.close();
            }
        }
    }

    /** The gradient at theta + a g (weights put back afterwards). */
    private static List<double[]> gradAt(Network net, Mat x, Mat t, List<double[]> g, double a) {
        List<double[]> theta = values(net);
        List<Param> ps = net.params();
        for (int i = 0; i < ps.size(); i++) {
            double[] v = theta.get(i).clone();
            for (int j = 0; j < v.length; j++) {
                v[j] += a * g.get(i)[j];
            }
            ps.get(i).value().assign(org.nd4j.linalg.factory.Nd4j.create(v).reshape(ps.get(i).value().shape()));
        }
        net.backward(net.forward(x, true), t);
        List<double[]> out = grads(net);
        for (int i = 0; i < ps.size(); i++) {
            ps.get(i).value().assign(org.nd4j.linalg.factory.Nd4j.create(theta.get(i))
                    .reshape(ps.get(i).value().shape()));
        }
        return out;
    }

    private static List<double[]> values(Network net) {
        List<double[]> out = new ArrayList<>();
        for (Param p : net.params()) {
            out.add(p.value().dup('c').data().asDouble());
        }
        return out;
    }

    private static List<double[]> grads(Network net) {
        List<double[]> out = new ArrayList<>();
        for (Param p : net.params()) {
            out.add(p.grad().dup('c').data().asDouble());
        }
        return out;
    }

    // weights and gradients, then each normalization's running mean and variance
    private static List<double[]> state(Network net) {
        List<double[]> out = values(net);
        out.addAll(grads(net));
        for (HiddenBlock b : net.blocks()) {
            if (b.norm() != null && b.norm().keepsRunningStats()) {
                out.add(b.norm().runningMean().dup().data().asDouble());
                out.add(b.norm().runningVar().dup().data().asDouble());
            }
        }
        return out;
    }

    private static void restore(Network net, List<double[]> state) {
        List<Param> ps = net.params();
        for (int i = 0; i < ps.size(); i++) {
            ps.get(i).value().assign(org.nd4j.linalg.factory.Nd4j.create(state.get(i)).reshape(ps.get(i).value().shape()));
            ps.get(i).grad().assign(org.nd4j.linalg.factory.Nd4j.create(state.get(ps.size() + i))
                    .reshape(ps.get(i).grad().shape()));
        }
    }

    private static double dot(List<double[]> a, List<double[]> b) {
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < a.get(i).length; j++) {
                s += a.get(i)[j] * b.get(i)[j];
            }
        }
        return s;
    }
}
