package bnlab.engine.nn;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Convention;
import bnlab.engine.api.InitKind;
import bnlab.engine.api.LossKind;
import bnlab.engine.api.NormKind;
import bnlab.engine.api.Placement;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why BN before the activation makes the Dense bias redundant (what lesson 3 says after the class finds that the real
 * loss's dL/dx adds up to 0): the bias's gradient is the sum over the batch of dL/dz = dL/dx of BN, which is 0 up to
 * float rounding for every unit; without BN, or with BN after the activation, the same bias gets a gradient.
 */
class BiasBeforeBnTest {
    private static Network network(NormKind norm, Placement placement) {
        NetworkSpec spec = new NetworkSpec(20, List.of(16, 16), 4, ActivationKind.SIGMOID, InitKind.GAUSSIAN, 1.0,
                Collections.nCopies(2, norm), placement, LossKind.SOFTMAX_CROSS_ENTROPY);
        return Network.build(spec, Network.initialWeights(spec, 7, DataType.FLOAT),
                Network.BnConfig.defaults(Convention.PYTORCH), DataType.FLOAT);
    }

    // max_j |dL/db_j| over sum_ij |dL/dz_ij| of each hidden layer, after one forward and backward pass on a batch of 32
    private static double[] biasShare(NormKind norm, Placement placement) {
        Nd4jSetup.singleThreaded();
        Network net = network(norm, placement);
        INDArray x = Nd4j.rand(DataType.FLOAT, 32, 20).subi(0.5).muli(4);
        INDArray t = Nd4j.zeros(DataType.FLOAT, 32, 4);
        for (int i = 0; i < 32; i++) {
            t.putScalar(i, i % 4, 1f);
        }
        net.backward(net.forward(Mat.wrap(x), true).array(), t);
        double[] share = new double[net.blocks().size()];
        for (int l = 0; l < share.length; l++) {
            HiddenBlock b = net.blocks().get(l);
            double[] g = Arrays2.copy(b.dense().bias().grad(), (double[]) null);
            float[] dz = b.dzMat().copy(null);
            double size = 0;
            for (float v : dz) {
                size += Math.abs(v);
            }
            double worst = 0;
            for (double v : g) {
                worst = Math.max(worst, Math.abs(v));
            }
            share[l] = worst / size;
        }
        System.out.printf(java.util.Locale.ROOT, "bias gradient share, %s %s: %s%n", norm, placement,
                java.util.Arrays.toString(share));
        return share;
    }

    @Test
    void theBiasBeforeBnGetsNoGradient() {
        for (double s : biasShare(NormKind.BATCH, Placement.BEFORE_ACTIVATION)) {
            assertTrue(s < 1e-6, "BN before the activation: the bias's gradient is sum dx = 0 (share " + s + ")");
        }
        for (NormKind norm : new NormKind[] {NormKind.NONE, NormKind.BATCH}) {
            Placement p = norm == NormKind.NONE ? Placement.BEFORE_ACTIVATION : Placement.AFTER_ACTIVATION;
            for (double s : biasShare(norm, p)) {
                assertTrue(s > 1e-3, norm + " " + p + ": the bias learns (share " + s + ")");
            }
        }
    }
}
