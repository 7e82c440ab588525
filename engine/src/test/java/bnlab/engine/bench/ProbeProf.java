package bnlab.engine.bench;

import bnlab.engine.api.*;
import bnlab.engine.session.SnapshotCost;
import bnlab.engine.train.*;
import org.nd4j.linalg.api.buffer.DataType;

public class ProbeProf {
    public static void main(String[] a) throws Exception {
        bnlab.engine.nn.Nd4jSetup.singleThreaded();
        Dataset d = BenchData.dataset(6000, 2000);
        try (TwinThreads t = TwinThreads.parallel()) {
            TwinRunner r = new TwinRunner(ExperimentSpec.defaults(), d, TrainSettings.defaults(), DataType.FLOAT, t);
            for (int i = 0; i < 200; i++) r.step(false);
            double[] ms = SnapshotCost.probeAndBuildMs(r, 1500);
            System.out.println("median " + BenchData.medianOf(ms));
        }
    }
}
