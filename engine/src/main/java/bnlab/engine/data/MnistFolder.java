package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Finds the IDX image and label files of one MNIST split in a folder (used by IdxLoader.loadFolder). */
final class MnistFolder {

    private MnistFolder() {
    }

    /**
     * Looks for {@code <prefix>-images-idx3-ubyte} as is, then with ".gz", then with any other
     * suffix (such as ".first22699"), in that order; the labels file with the same suffix as the
     * images is preferred, then the same order. Returns {images, labels}.
     */
    static Path[] find(Path dir, boolean train) throws ProblemException {
        if (!Files.isDirectory(dir)) {
            throw Streams.problem(Files.exists(dir) ? DataProblem.NOT_A_FOLDER : DataProblem.NO_SUCH_FOLDER,
                    dir.toString());
        }
        String prefix = train ? "train" : "t10k";
        String ibase = prefix + "-images-idx3-ubyte";
        String lbase = prefix + "-labels-idx1-ubyte";
        List<String> files = list(dir);
        String images = pick(files, ibase, null);
        if (images == null) {
            throw Streams.problem(DataProblem.MNIST_IMAGES_MISSING, dir.toString(), train, ibase,
                    String.join(", ", files));
        }
        String labels = pick(files, lbase, images.substring(ibase.length()));
        if (labels == null) {
            throw Streams.problem(DataProblem.MNIST_LABELS_MISSING, dir.toString(), train, lbase,
                    String.join(", ", files));
        }
        return new Path[] {dir.resolve(images), dir.resolve(labels)};
    }

    /** The names of the regular files in dir, sorted. */
    private static List<String> list(Path dir) throws ProblemException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(files::add);
        } catch (IOException e) {
            throw Streams.failed(dir.toString(), e);
        } catch (UncheckedIOException e) { // the listing failed part way
            throw Streams.failed(dir.toString(), e.getCause());
        }
        return files;
    }

    private static String pick(List<String> files, String base, String preferredSuffix) {
        if (preferredSuffix != null && files.contains(base + preferredSuffix)) {
            return base + preferredSuffix;
        }
        if (files.contains(base)) {
            return base;
        }
        if (files.contains(base + ".gz")) {
            return base + ".gz";
        }
        return files.stream().filter(f -> f.startsWith(base + ".")).findFirst().orElse(null);
    }
}
