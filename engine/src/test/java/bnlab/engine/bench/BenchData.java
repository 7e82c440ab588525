package bnlab.engine.bench;

import bnlab.engine.Engine;
import bnlab.engine.api.Dataset;
import bnlab.engine.data.IdxLoader;
import bnlab.engine.train.TwinRunner;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Benchmark inputs: MNIST from ../shared/datasets/mnist (or -Dbnlab.mnist=DIR) when present, else uniform noise. */
final class BenchData {
    private BenchData() {
    }

    /** The MNIST IDX folder, or null. */
    static Path mnist() {
        String given = System.getProperty("bnlab.mnist");
        List<String> dirs = given != null ? List.of(given)
                : List.of("../shared/datasets/mnist", "../../shared/datasets/mnist", "/work/shared/datasets/mnist");
        for (String dir : dirs) {
            Path p = Path.of(dir);
            if (Files.isDirectory(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        return null;
    }

    /** {x [n, 784] in [0, 1], one-hot targets [n, 10]}, float. */
    static INDArray[] mnistOrNoise(int n) throws Exception {
        Path p = mnist();
        if (p != null) {
            Dataset d = IdxLoader.loadFolder(p, false, n);
            System.out.println("data: MNIST t10k, first " + d.size() + " images from " + p);
            return new INDArray[]{Nd4j.create(d.rows()).castTo(DataType.FLOAT),
                TwinRunner.oneHot(d.labels(), 10, DataType.FLOAT)};
        }
        System.out.println("data: MNIST not found, uniform noise [" + n + ", 784]");
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 10;
        }
        return new INDArray[]{Nd4j.rand(DataType.FLOAT, n, 784), TwinRunner.oneHot(y, 10, DataType.FLOAT)};
    }

    /** MNIST with at most train training and test test images, or 784-pixel noise of that size. */
    static Dataset dataset(int train, int test) throws Exception {
        Path p = mnist();
        if (p != null) {
            return Engine.loadMnist(p, train, test);
        }
        java.util.Random r = new java.util.Random(1);
        float[] x = new float[train * 784];
        int[] y = new int[train];
        for (int i = 0; i < train; i++) {
            y[i] = i % 10;
            for (int j = 0; j < 784; j++) {
                x[i * 784 + j] = r.nextFloat() + (j % 10 == y[i] ? 0.5f : 0f);
            }
        }
        return new Dataset("noise", x, 784, y, 10, java.util.Collections.nCopies(784, "p"));
    }

    /** "median M (range A-B)" of values. */
    static String median(double[] v, String format) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return String.format(format + " (range " + format + "-" + format + ")", s[s.length / 2], s[0], s[s.length - 1]);
    }

    static double medianOf(double[] v) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }

    /** The 1-minute load average, from /proc/loadavg (NaN elsewhere). */
    static double load() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
