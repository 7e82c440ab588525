package bnlab.engine.bench;

import bnlab.engine.api.NormKind;
import bnlab.engine.nn.*;
import bnlab.engine.train.Sgd;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import java.util.concurrent.*;

public class ParCheck {
    static double gemmLoop(int reps) {
        Mat x = Mat.wrap(Nd4j.rand(DataType.FLOAT, 60, 784)), w = Mat.wrap(Nd4j.rand(DataType.FLOAT, 784, 100)), z = Mat.zeros(DataType.FLOAT, 60, 100);
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) Blas.gemm(DataType.FLOAT, x.pointer(), 60, 784, false, w.pointer(), 784, 100, false, z.address());
        return (System.nanoTime() - t0) / 1e6;
    }
    static double stepLoop(INDArray[] data, int steps) {
        Network net = StepBenchmark.network(NormKind.BATCH);
        Sgd sgd = new Sgd(0.5, 0);
        Mat[][] b = StepBenchmark.batches(data);
        int n = b[0].length;
        for (int i = 0; i < 300; i++) { net.backward(net.forward(b[0][i % n], true), b[1][i % n]); sgd.step(net.params()); }
        long t0 = System.nanoTime();
        for (int i = 0; i < steps; i++) { net.backward(net.forward(b[0][i % n], true), b[1][i % n]); sgd.step(net.params()); }
        return (System.nanoTime() - t0) / 1e6;
    }
    public static void main(String[] a) throws Exception {
        Nd4jSetup.singleThreaded();
        INDArray[] data = BenchData.mnistOrNoise(3000);
        ExecutorService ex = Executors.newFixedThreadPool(2);
        for (int rep = 0; rep < 3; rep++) {
            double one = gemmLoop(3000);
            Future<Double> f1 = ex.submit(() -> gemmLoop(3000)), f2 = ex.submit(() -> gemmLoop(3000));
            System.out.printf("gemm 60x784x100 x3000: one thread %.0f ms; two threads at once %.0f and %.0f ms%n", one, f1.get(), f2.get());
            double s1 = stepLoop(data, 2000);
            Future<Double> g1 = ex.submit(() -> stepLoop(data, 2000)), g2 = ex.submit(() -> stepLoop(data, 2000));
            System.out.printf("2000 BN steps: one thread %.0f ms; two networks on two threads at once %.0f and %.0f ms%n", s1, g1.get(), g2.get());
        }
        ex.shutdown();
    }
}
