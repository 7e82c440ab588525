package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;

import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

/** End-to-end backpropagation through every layer kind against central differences in float64. */
class NetworkGradientTest {

    /** BN on the first hidden layer only, none on the second: per-layer switches. */
    @org.junit.jupiter.api.Test
    void mixedPerLayerNormalizationBackpropagatesCorrectly() {
        Nd4jSetup.singleThreaded();
        NetworkSpec spec = new NetworkSpec(3, List.of(4, 5), 3, ActivationKind.SIGMOID, InitKind.HE, 1.0,
                List.of(NormKind.BATCH, NormKind.NONE), Placement.AFTER_ACTIVATION, LossKind.SOFTMAX_CROSS_ENTROPY);
        DataType d = DataType.DOUBLE;
        Network net = Network.build(spec, Network.initialWeights(spec, 9, d),
                Network.BnConfig.defaults(Convention.KERAS), d);
        org.junit.jupiter.api.Assertions.assertEquals(NormKind.BATCH, net.blocks().get(0).norm().kind());
        org.junit.jupiter.api.Assertions.assertNull(net.blocks().get(1).norm());
        net.setUpdateRunningStats(false);
        Nd4j.getRandom().setSeed(4);
        INDArray x = Nd4j.randn(d, 5, 3);
        INDArray t = Nd4j.zeros(d, 5, 3);
        for (int i = 0; i < 5; i++) {
            t.putScalar(i, (i * 2) % 3, 1.0);
        }
        for (Param p : net.params()) {
            net.backward(net.forward(x, true), t);
            FiniteDifferences.assertGradient("mixed " + p.name(), p.value(), p.grad().dup(),
                    () -> net.loss().compute(net.forward(x, true), t).value());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "SIGMOID, BATCH, BEFORE_ACTIVATION, SOFTMAX_CROSS_ENTROPY",
            "TANH, BATCH, AFTER_ACTIVATION, MSE",
            "ELU, LAYER, BEFORE_ACTIVATION, SOFTMAX_CROSS_ENTROPY",
            "LEAKY_RELU, NONE, BEFORE_ACTIVATION, SOFTMAX_CROSS_ENTROPY",
            "IDENTITY, BATCH, BEFORE_ACTIVATION, MSE",
    })
    void everyParameterGradientMatchesFiniteDifferences(ActivationKind act, NormKind norm, Placement placement,
                                                         LossKind lossKind) {
        Nd4jSetup.singleThreaded();
        NetworkSpec spec = new NetworkSpec(3, List.of(4, 5), 3, act, InitKind.XAVIER, 1.0,
                List.of(norm, norm), placement, lossKind);
        DataType d = DataType.DOUBLE;
        Network net = Network.build(spec, Network.initialWeights(spec, 5, d),
                Network.BnConfig.defaults(Convention.PYTORCH), d);
        net.setUpdateRunningStats(false);
        Nd4j.getRandom().setSeed(3);
        INDArray x = Nd4j.randn(d, 6, 3);
        INDArray t = Nd4j.zeros(d, 6, 3);
        for (int i = 0; i < 6; i++) {
            t.putScalar(i, i % 3, 1.0);
        }
        for (Param p : net.params()) {
            p.value().addi(Nd4j.randn(d, p.value().shape()).muli(0.3));
        }
        for (Param p : net.params()) {
            net.backward(net.forward(x, true), t);
            INDArray analytic = p.grad().dup();
            FiniteDifferences.assertGradient(act + "/" + norm + " " + p.name(), p.value(), analytic,
                    () -> net.loss().compute(net.forward(x, true), t).value());
        }
    }
}
