package bnlab.engine.bench;

import bnlab.engine.api.Dataset;
import bnlab.engine.data.IdxLoader;
import bnlab.engine.train.TwinRunner;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Benchmark inputs: MNIST t10k's first n images from ../shared when present, else uniform noise. */
final class BenchData {
    private BenchData() {
    }

    /** {x [n, 784] in [0, 1], one-hot targets [n, 10]}, float. */
    static INDArray[] mnistOrNoise(int n) throws Exception {
        for (String dir : List.of("../shared/datasets/mnist", "../../shared/datasets/mnist")) {
            Path p = Path.of(dir);
            if (Files.isDirectory(p)) {
                Dataset d = IdxLoader.loadFolder(p, false, n);
                System.out.println("data: MNIST t10k, first " + d.size() + " images from " + p.toAbsolutePath().normalize());
                return new INDArray[]{Nd4j.create(d.rows()).castTo(DataType.FLOAT),
                    TwinRunner.oneHot(d.labels(), 10, DataType.FLOAT)};
            }
        }
        System.out.println("data: MNIST not found, uniform noise [" + n + ", 784]");
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 10;
        }
        return new INDArray[]{Nd4j.rand(DataType.FLOAT, n, 784), TwinRunner.oneHot(y, 10, DataType.FLOAT)};
    }
}
