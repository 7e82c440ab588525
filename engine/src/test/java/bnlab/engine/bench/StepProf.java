package bnlab.engine.bench;

import bnlab.engine.api.NormKind;
import bnlab.engine.nn.*;
import bnlab.engine.train.Sgd;
import org.nd4j.linalg.api.ndarray.INDArray;

public class StepProf {
    public static void main(String[] a) throws Exception {
        Nd4jSetup.singleThreaded();
        INDArray[] data = BenchData.mnistOrNoise(3000);
        Network net = StepBenchmark.network(NormKind.valueOf(a[0]));
        Sgd sgd = new Sgd(0.5, 0);
        Mat[][] b = StepBenchmark.batches(data);
        int n = b[0].length;
        long t0 = System.nanoTime();
        for (int i = 0; i < 40000; i++) { net.backward(net.forward(b[0][i % n], true), b[1][i % n]); StepBenchmark.finite(net); sgd.step(net.params()); }
        System.out.println((System.nanoTime() - t0) / 40000 / 1e3 + " us/step");
    }
}
