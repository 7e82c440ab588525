package bnlab.engine.train;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Command;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.Problem;
import bnlab.engine.api.Setting;
import bnlab.engine.api.SettingProblem;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.nn.Network;
import bnlab.engine.session.TrainingSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Lesson 7's claim, on the real networks: with BN before the activation, BN(a W u + b) = BN(W u), so
 * multiplying one hidden layer's W by a leaves the BN twin's loss as it was, and its gradient with
 * respect to a W is 1/a times the one with respect to W (the other layers' gradients stay). The plain
 * twin has no such invariance: its loss moves. Float32, as the app trains.
 */
class ScaleInvarianceTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    /** Loss and dL/dW of every hidden layer on a fixed batch, train mode, running statistics left alone. */
    private record Pass(double loss, INDArray[] grads) {
    }

    private static Pass pass(Twin t, INDArray[] xt) {
        Network n = t.net();
        n.setUpdateRunningStats(false);
        try {
            double loss = n.backward(n.forward(xt[0], true), xt[1]);
            INDArray[] g = new INDArray[n.blocks().size()];
            for (int i = 0; i < g.length; i++) {
                g[i] = n.blocks().get(i).dense().weights().grad().dup();
            }
            return new Pass(loss, g);
        } finally {
            n.setUpdateRunningStats(true);
        }
    }

    @ParameterizedTest(name = "{0} init, layer {1} times {2}")
    @CsvSource({"RELU, 1, 10", "RELU, 0, 0.1", "SIGMOID, 2, 10"})
    void theBnTwinsLossStaysAndItsGradientScalesByOneOverA(ActivationKind activation, int layer, double a) {
        ExperimentSpec spec = ExperimentSpec.defaults().withActivation(activation)
                .withInit(activation == ActivationKind.RELU ? InitKind.HE : InitKind.XAVIER, 1);
        TwinRunner r = new TwinRunner(spec, digits, TrainSettings.defaults().withLearningRate(0.1), DataType.FLOAT);
        for (int i = 0; i < 50; i++) {
            r.step();
        }
        INDArray[] batch = r.trainingRows(60);
        Pass bn0 = pass(r.normalized(), batch);
        Pass plain0 = pass(r.plain(), batch);
        r.scaleWeights(layer, a);
        Pass bn1 = pass(r.normalized(), batch);
        Pass plain1 = pass(r.plain(), batch);

        // BN(a z) = BN(z) up to epsilon: the loss is the same to float precision
        assertEquals(bn0.loss(), bn1.loss(), 1e-4 * bn0.loss(), "BN twin's loss");
        for (int l = 0; l < bn0.grads().length; l++) {
            double n0 = bn0.grads()[l].norm2Number().doubleValue();
            double n1 = bn1.grads()[l].norm2Number().doubleValue();
            // dL/d(aW) = (1/a) dL/dW on the scaled layer; the others are untouched
            double expected = l == layer ? n0 / a : n0;
            System.out.printf("%s, layer %d x %s: ||dL/dW_%d|| %.6g -> %.6g (ratio %.6f)%n", activation, layer + 1, a,
                    l + 1, n0, n1, n1 / n0);
            assertEquals(expected, n1, 1e-3 * expected, "||dL/dW|| of hidden layer " + (l + 1));
            INDArray want = l == layer ? bn0.grads()[l].div(a) : bn0.grads()[l];
            double diff = want.sub(bn1.grads()[l]).norm2Number().doubleValue();
            assertTrue(diff <= 1e-3 * expected, "the gradient itself, layer " + (l + 1) + ": off by " + diff);
        }
        System.out.printf("%s: BN loss %.6f -> %.6f, plain loss %.6f -> %.6f%n", activation, bn0.loss(), bn1.loss(),
                plain0.loss(), plain1.loss());
        assertTrue(Math.abs(plain1.loss() - plain0.loss()) > 0.01 * plain0.loss(),
                "without BN the scale matters: " + plain0.loss() + " -> " + plain1.loss());
    }

    /** Through the session: a layer the network lacks and a factor out of its range are refused with their codes. */
    @Test
    void theCommandIsCheckedLikeEveryOther() {
        try (TrainingSession s = new TrainingSession(ExperimentSpec.defaults(), TrainSettings.defaults(), digits)) {
            s.send(new Command.ScaleWeights(3, 10));
            Snapshot refused = await(s, x -> x.problem() != null);
            assertEquals(Problem.of(SettingProblem.NO_SUCH_LAYER, 4, 3), refused.problem());
            long v = refused.version();
            s.send(new Command.ScaleWeights(0, 0));
            Snapshot zero = await(s, x -> x.version() > v && x.problem() != null);
            assertEquals(SettingProblem.OUT_OF_RANGE, zero.problem().code());
            assertEquals(Setting.WEIGHT_SCALE, zero.problem().arg(0));
            s.send(new Command.ScaleWeights(1, 10));
            s.send(new Command.Step(1));
            Snapshot after = await(s, x -> x.step() == 1);
            assertNull(after.problem());
            assertTrue(Double.isFinite(after.normalized().loss()));
        }
    }

    private static Snapshot await(TrainingSession s, java.util.function.Predicate<Snapshot> p) {
        long end = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < end) {
            Snapshot x = s.latest();
            if (p.test(x)) {
                return x;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
        fail("not reached; last problem " + s.latest().problem());
        return null;
    }
}
