package bnlab.engine.data;

import java.io.IOException;
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
    static Path[] find(Path dir, boolean train) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new DataLoadException(dir + ": no such folder");
        }
        String prefix = train ? "train" : "t10k";
        String ibase = prefix + "-images-idx3-ubyte";
        String lbase = prefix + "-labels-idx1-ubyte";
        List<String> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().forEach(files::add);
        }
        String images = pick(files, ibase, null);
        String labels = images == null ? null : pick(files, lbase, images.substring(ibase.length()));
        if (images == null || labels == null) {
            String base = images == null ? ibase : lbase;
            throw new DataLoadException(dir + ": no MNIST " + (train ? "training" : "test") + " "
                    + (images == null ? "images" : "labels") + " file; looked for " + base + ", " + base
                    + ".gz and " + base + ".* (the folder holds " + (files.isEmpty() ? "no files" : files) + ")");
        }
        return new Path[] {dir.resolve(images), dir.resolve(labels)};
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
