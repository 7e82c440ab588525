package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Dataset;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads MNIST-style IDX files (plain or gzipped, detected by magic bytes): an images file
 * (magic 0x00000803, big-endian int32 dimensions [n, rows, cols], then n*rows*cols uint8 pixels,
 * row-major) and a labels file (magic 0x00000801, [n], then n uint8 labels).
 *
 * <p>Pixels are scaled to [0,1]: x = p / 255. numClasses = max(10, max label + 1). Feature names are
 * "px(r,c)" with 0-based row and column. A wrong magic number, a truncated header or body, data
 * after the announced samples, or image and label counts that differ each fail the whole load.
 *
 * <p>A header is never trusted with memory: the values it announces are bounded by
 * {@link #MAX_VALUES}, a plain file's announced body is checked against its size before anything is
 * allocated, and a gzipped body is read in bounded chunks, so memory follows the bytes actually
 * there (about 9 bytes a pixel while loading). Data that is really there but does not fit in memory
 * (a few kB of gzip can hold gigabytes of black pixels) is {@link DataProblem#TOO_LARGE_FOR_MEMORY}.
 */
public final class IdxLoader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;
    /**
     * The most values (pixels of all images, or labels) a file may announce: the largest Java array,
     * 2^31 - 9. Far above any data set this app can train on (MNIST: 70000 x 784 = 5.5e7), and one
     * image, or all labels, then always fit one array.
     */
    static final int MAX_VALUES = Integer.MAX_VALUE - 8;

    private static final int IMAGES_HEADER = 16;
    private static final int LABELS_HEADER = 8;

    private IdxLoader() {
    }

    public static Dataset load(Path images, Path labels) throws ProblemException {
        return load(images, labels, Integer.MAX_VALUE);
    }

    /**
     * Reads only the first {@code limit} samples (all of them if the files hold fewer); the rest of
     * the files is then not read, so it is not checked for truncation either.
     */
    public static Dataset load(Path images, Path labels, int limit) throws ProblemException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String iname = images.getFileName().toString();
        String lname = labels.getFileName().toString();
        int[] y;
        int labelCount;
        try (InputStream raw = Streams.open(labels); InputStream in = Streams.maybeGunzip(raw, lname)) {
            labelCount = readHeader(in, lname, LABELS_MAGIC, 1)[0];
            if (labelCount > MAX_VALUES) {
                throw Streams.problem(DataProblem.IDX_TOO_MANY_LABELS, lname, labelCount, MAX_VALUES);
            }
            y = readLabels(in, lname, labelCount, Math.min(limit, labelCount), Streams.plainSize(labels));
        } catch (IOException e) {
            throw Streams.failed(lname, e);
        } catch (OutOfMemoryError e) {
            throw Streams.tooLarge(lname, e);
        }
        try (InputStream raw = Streams.open(images); InputStream in = Streams.maybeGunzip(raw, iname)) {
            int[] dims = readHeader(in, iname, IMAGES_MAGIC, 3);
            checkImageCount(dims, iname);
            if (dims[0] != labelCount) {
                throw Streams.problem(DataProblem.IDX_COUNT_MISMATCH, iname, dims[0], lname, labelCount);
            }
            float[] x = readPixels(in, iname, dims, y.length, Streams.plainSize(images));
            int max = 0;
            for (int v : y) {
                max = Math.max(max, v);
            }
            return new Dataset(iname, x, dims[1] * dims[2], y, Math.max(10, max + 1), pixelNames(dims[1], dims[2]));
        } catch (IOException e) {
            throw Streams.failed(iname, e);
        } catch (OutOfMemoryError e) {
            throw Streams.tooLarge(iname, e);
        }
    }

    /**
     * Loads the training ({@code train}) or test ({@code t10k}) split from a folder holding MNIST IDX
     * files named as published, gzipped or not, or with another suffix such as ".first22699".
     */
    public static Dataset loadFolder(Path dir, boolean train) throws ProblemException {
        return loadFolder(dir, train, Integer.MAX_VALUE);
    }

    /** As {@link #loadFolder(Path, boolean)}, reading only the first {@code limit} samples. */
    public static Dataset loadFolder(Path dir, boolean train, int limit) throws ProblemException {
        Path[] files = MnistFolder.find(dir, train);
        return load(files[0], files[1], limit);
    }

    /**
     * An MNIST folder as MNIST defines it: the training files (at most trainLimit images) with the
     * t10k files as the test set (at most testLimit), as images of rows x cols pixels. Without t10k
     * files the test set is held out of the training images instead.
     */
    public static Dataset loadMnist(Path dir, int trainLimit, int testLimit) throws ProblemException {
        Dataset train = loadFolder(dir, true, trainLimit);
        int side = (int) Math.round(Math.sqrt(train.dim()));
        if (side * side == train.dim()) {
            train = train.asImages(side, side);
        }
        Path[] test;
        try {
            test = MnistFolder.find(dir, false);
        } catch (ProblemException e) {
            return train;
        }
        Dataset t = load(test[0], test[1], testLimit);
        return train.withTestSet(train.isImages() ? t.asImages(side, side) : t);
    }

    /** Reads magic and dimensions; every dimension must be at least 1. */
    static int[] readHeader(InputStream in, String name, int magic, int ndims) throws IOException, ProblemException {
        byte[] h = new byte[4 + 4 * ndims];
        int got = Streams.readFully(in, h, 0, 4);
        if (got == 0) {
            throw Streams.problem(DataProblem.EMPTY_FILE, name);
        }
        if (got < 4) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_MAGIC, name, got);
        }
        int found = readInt(h, 0);
        if (found != magic) {
            throw Streams.problem(wrongMagic(found, magic), name, found, magic);
        }
        got += Streams.readFully(in, h, 4, 4 * ndims);
        if (got < h.length) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_HEADER, name, h.length, got, ndims);
        }
        int[] dims = new int[ndims];
        for (int i = 0; i < ndims; i++) {
            dims[i] = readInt(h, 4 + 4 * i);
            if (dims[i] < 1) {
                throw Streams.problem(DataProblem.IDX_DIMENSION_BELOW_ONE, name, i, dims[i]);
            }
        }
        return dims;
    }

    /** What a wrong magic number probably is: byte-swapped, the other kind of IDX file, or unknown. */
    private static DataProblem wrongMagic(int found, int expected) {
        if (Integer.reverseBytes(found) == expected) {
            return DataProblem.IDX_MAGIC_BYTE_SWAPPED;
        }
        if (found == LABELS_MAGIC) {
            return DataProblem.IDX_LABELS_INSTEAD_OF_IMAGES;
        }
        return found == IMAGES_MAGIC ? DataProblem.IDX_IMAGES_INSTEAD_OF_LABELS : DataProblem.IDX_WRONG_MAGIC;
    }

    /**
     * n * rows * cols <= MAX_VALUES, without overflow: rows * cols < 2^62 fits a long and is checked
     * first, so the product with n is then below 2^31 * 2^31.
     */
    private static void checkImageCount(int[] dims, String name) throws ProblemException {
        long perImage = (long) dims[1] * dims[2];
        if (perImage > MAX_VALUES || dims[0] * perImage > MAX_VALUES) {
            throw Streams.problem(DataProblem.IDX_TOO_MANY_VALUES, name, dims[0], dims[1], dims[2], MAX_VALUES);
        }
    }

    /**
     * The first n of count labels. A plain file must hold them (size - 8 >= n) before anything is
     * read; a gzipped one is read in bounded chunks.
     */
    private static int[] readLabels(InputStream in, String name, int count, int n, long plainSize)
            throws IOException, ProblemException {
        long held = plainSize - LABELS_HEADER;
        if (plainSize >= 0 && held < n) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_LABELS, name, count, held);
        }
        byte[] b = Streams.readUpTo(in, n);
        if (b.length < n) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_LABELS, name, count, (long) b.length);
        }
        if (n == count) {
            checkEnd(in, name, DataProblem.IDX_EXTRA_AFTER_LABELS, count, plainSize < 0 ? -1 : held - n);
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = b[i] & 0xff;
        }
        return y;
    }

    /**
     * The first n images, row-major: x[i * rows * cols + r * cols + c] = pixel(i, r, c) / 255. A plain
     * file must hold them (size - 16 >= n * rows * cols) before anything is allocated; a gzipped one is
     * read in bounded chunks. Memory follows the bytes that arrive, one per pixel, and then the floats:
     * never an array per image, which for images of a pixel or two would cost some 50 bytes each.
     */
    private static float[] readPixels(InputStream in, String name, int[] dims, int n, long plainSize)
            throws IOException, ProblemException {
        int pixels = dims[1] * dims[2]; // <= MAX_VALUES, checked
        long expected = (long) dims[0] * pixels;
        int wanted = (int) ((long) n * pixels); // n <= dims[0], so <= expected <= MAX_VALUES
        long held = plainSize - IMAGES_HEADER;
        if (plainSize >= 0 && held < wanted) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_IMAGES, name, dims[0], dims[1], dims[2], held, expected);
        }
        byte[] b = Streams.readUpTo(in, wanted);
        if (b.length < wanted) {
            throw Streams.problem(DataProblem.IDX_TRUNCATED_IMAGES, name, dims[0], dims[1], dims[2], (long) b.length,
                    expected);
        }
        if (n == dims[0]) {
            checkEnd(in, name, DataProblem.IDX_EXTRA_AFTER_IMAGES, dims[0], plainSize < 0 ? -1 : held - expected);
        }
        float[] x = new float[wanted];
        for (int i = 0; i < wanted; i++) {
            x[i] = (float) ((b[i] & 0xff) / 255.0);
        }
        return x;
    }

    /**
     * No bytes may follow the announced data. A plain file's extra bytes are known from its size
     * ({@code extra} >= 0); for a gzipped one ({@code extra} = -1) the rest is read and counted.
     */
    private static void checkEnd(InputStream in, String name, DataProblem code, int count, long extra)
            throws IOException, ProblemException {
        long more = extra >= 0 ? extra : in.transferTo(OutputStream.nullOutputStream());
        if (more > 0) {
            throw Streams.problem(code, name, more, count);
        }
    }

    static List<String> pixelNames(int rows, int cols) {
        List<String> names = new ArrayList<>(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                names.add("px(" + r + "," + c + ")");
            }
        }
        return names;
    }

    private static int readInt(byte[] b, int off) {
        return (b[off] & 0xff) << 24 | (b[off + 1] & 0xff) << 16 | (b[off + 2] & 0xff) << 8 | (b[off + 3] & 0xff);
    }
}
