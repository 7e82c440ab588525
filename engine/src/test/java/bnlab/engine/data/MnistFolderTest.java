package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;

import static bnlab.engine.data.Loading.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistFolderTest {

    /** The shared MNIST folder next to the repository, seen from the engine module or the root. */
    static Path mnist() {
        return Stream.of(Path.of("..", "..", "shared", "datasets", "mnist"), Path.of("..", "shared", "datasets", "mnist"))
                .filter(Files::isDirectory).findFirst().orElse(null);
    }

    @Test
    void testSetFromSharedFolder() throws Exception {
        Path dir = mnist();
        Assumptions.assumeTrue(dir != null, "no ../shared/datasets/mnist here");
        Dataset d = IdxLoader.loadFolder(dir, false);
        assertEquals(10000, d.size());
        assertEquals(784, d.dim());
        assertEquals(10, d.numClasses());
        assertEquals(7, d.y(0), "the first t10k label is a 7");
    }

    @Test
    void truncatedTrainingFilesArePairedBySuffix() throws Exception {
        Path dir = mnist();
        Assumptions.assumeTrue(dir != null, "no ../shared/datasets/mnist here");
        // train-images-idx3-ubyte.first22699 goes with train-labels-idx1-ubyte.first22699, not the .gz
        Dataset d = IdxLoader.loadFolder(dir, true, 500);
        assertEquals(500, d.size());
        assertEquals("train-images-idx3-ubyte.first22699", d.name());
        assertEquals(5, d.y(0), "the first MNIST training label is a 5");
    }

    @Test
    void missingFilesListWhatWasLookedFor(@TempDir(factory = UnderTarget.class) Path empty) throws IOException {
        assertProblem(() -> IdxLoader.loadFolder(empty, true), DataProblem.MNIST_IMAGES_MISSING,
                empty.toString(), true, "train-images-idx3-ubyte", "");
        Files.writeString(empty.resolve("readme.txt"), "x");
        assertProblem(() -> IdxLoader.loadFolder(empty, false), DataProblem.MNIST_IMAGES_MISSING,
                empty.toString(), false, "t10k-images-idx3-ubyte", "readme.txt");
        Files.write(empty.resolve("t10k-images-idx3-ubyte"), new byte[] {0, 0, 8, 3});
        assertProblem(() -> IdxLoader.loadFolder(empty, false), DataProblem.MNIST_LABELS_MISSING,
                empty.toString(), false, "t10k-labels-idx1-ubyte", "readme.txt, t10k-images-idx3-ubyte");
        Path nope = empty.resolve("nope");
        assertProblem(() -> IdxLoader.loadFolder(nope, true), DataProblem.NO_SUCH_FOLDER, nope.toString());
        // a file given as the folder is said to be one (it was "no such folder", which it is not)
        Path file = empty.resolve("readme.txt");
        assertProblem(() -> IdxLoader.loadFolder(file, true), DataProblem.NOT_A_FOLDER, file.toString());
    }

    @Test
    void gzippedFolderLoads(@TempDir(factory = UnderTarget.class) Path dir) throws Exception {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"),
                IdxLoaderTest.gzip(IdxLoaderTest.idx(0x803, new int[] {2, 1, 2}, new int[] {0, 255, 255, 0})));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), IdxLoaderTest.idx(0x801, new int[] {2}, new int[] {4, 2}));
        Dataset d = IdxLoader.loadFolder(dir, true);
        assertEquals(2, d.size());
        assertEquals(1.0, d.x(0, 1));
        assertEquals(2, d.y(1));
    }
}
