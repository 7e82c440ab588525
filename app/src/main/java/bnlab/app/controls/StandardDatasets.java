package bnlab.app.controls;

import bnlab.engine.data.Bundled;
import bnlab.engine.data.CsvLoader;
import bnlab.engine.api.Dataset;
import bnlab.engine.data.IdxLoader;
import bnlab.engine.data.Synthetic;

import java.io.IOException;
import java.nio.file.Path;

/** The engine's bundled, synthetic and file loaders behind the data set chooser. */
public final class StandardDatasets implements DatasetSource {
    /** Samples in each synthetic set. */
    static final int N = 1000;
    /** MNIST is cut to this many training images so both twins still train live. */
    static final int MNIST_LIMIT = 10_000;
    static final long SEED = 7;

    @Override
    public Dataset load(DatasetChoice choice, Path path) throws IOException {
        return switch (choice) {
            case DIGITS -> Bundled.digits();
            case WINE -> Bundled.wine();
            case IRIS -> Bundled.iris();
            case SPIRAL -> Synthetic.spiral(N, 0.05, SEED);
            case MOONS -> Synthetic.moons(N, 0.1, SEED);
            case CIRCLES -> Synthetic.circles(N, 0.05, SEED);
            case XOR -> Synthetic.xor(N, 0.05, SEED);
            case BLOBS -> Synthetic.blobs(N, 4, 0.3, SEED);
            case BADLY_SCALED_MOONS -> Synthetic.badlyScaled(Synthetic.moons(N, 0.1, SEED), 0, 1000);
            case CSV -> CsvLoader.load(required(path, choice), -1);
            case MNIST_FOLDER -> IdxLoader.loadFolder(required(path, choice), true, MNIST_LIMIT);
        };
    }

    private static Path required(Path path, DatasetChoice choice) throws IOException {
        if (path == null) {
            throw new IOException(choice + " needs a file or folder");
        }
        return path;
    }
}
