package bnlab.engine.data;

import bnlab.engine.api.Dataset;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

/**
 * Loads MNIST-style IDX files (plain or gzipped, detected by magic bytes): an images file
 * (magic 0x00000803, big-endian int32 dimensions [n, rows, cols], then n*rows*cols uint8 pixels,
 * row-major) and a labels file (magic 0x00000801, [n], then n uint8 labels).
 *
 * <p>Pixels are scaled to [0,1]: x = p / 255. numClasses = max(10, max label + 1). Feature names are
 * "px(r,c)" with 0-based row and column. A wrong magic number, a truncated header or body, data
 * after the announced samples, or image and label counts that differ each fail the whole load.
 */
public final class IdxLoader {

    static final int IMAGES_MAGIC = 0x00000803;
    static final int LABELS_MAGIC = 0x00000801;

    private IdxLoader() {
    }

    public static Dataset load(Path images, Path labels) throws IOException {
        return load(images, labels, Integer.MAX_VALUE);
    }

    /**
     * Reads only the first {@code limit} samples (all of them if the files hold fewer); the rest of
     * the files is then not read, so it is not checked for truncation either.
     */
    public static Dataset load(Path images, Path labels, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, got " + limit);
        }
        String iname = images.getFileName().toString();
        String lname = labels.getFileName().toString();
        int[] y;
        int labelCount;
        try (InputStream in = Streams.maybeGunzip(Streams.open(labels), lname)) {
            labelCount = readHeader(in, lname, LABELS_MAGIC, 1)[0];
            y = readLabels(in, lname, labelCount, Math.min(limit, labelCount));
        } catch (ZipException | EOFException e) {
            throw Streams.corruptGzip(lname, e);
        }
        try (InputStream in = Streams.maybeGunzip(Streams.open(images), iname)) {
            int[] dims = readHeader(in, iname, IMAGES_MAGIC, 3);
            if (dims[0] != labelCount) {
                throw new DataLoadException(iname + " holds " + dims[0] + " images but " + lname + " holds "
                        + labelCount + " labels");
            }
            double[][] x = readPixels(in, iname, dims, y.length);
            int max = 0;
            for (int v : y) {
                max = Math.max(max, v);
            }
            return new Dataset(iname, x, y, Math.max(10, max + 1), pixelNames(dims[1], dims[2]));
        } catch (ZipException | EOFException e) {
            throw Streams.corruptGzip(iname, e);
        }
    }

    /**
     * Loads the training ({@code train}) or test ({@code t10k}) split from a folder holding MNIST IDX
     * files named as published, gzipped or not, or with another suffix such as ".first22699".
     */
    public static Dataset loadFolder(Path dir, boolean train) throws IOException {
        return loadFolder(dir, train, Integer.MAX_VALUE);
    }

    /** As {@link #loadFolder(Path, boolean)}, reading only the first {@code limit} samples. */
    public static Dataset loadFolder(Path dir, boolean train, int limit) throws IOException {
        Path[] files = MnistFolder.find(dir, train);
        return load(files[0], files[1], limit);
    }

    /** Reads magic and dimensions; every dimension must be at least 1. */
    static int[] readHeader(InputStream in, String name, int magic, int ndims) throws IOException {
        byte[] h = new byte[4 + 4 * ndims];
        int got = Streams.readFully(in, h, 0, 4);
        if (got == 0) {
            throw new DataLoadException(name + ": empty file");
        }
        if (got < 4) {
            throw new DataLoadException(name + ": truncated header: expected a 4-byte magic number, found "
                    + got + " bytes");
        }
        int found = readInt(h, 0);
        if (found != magic) {
            throw new DataLoadException(String.format("%s: wrong magic number 0x%08X%s, expected 0x%08X (%s)",
                    name, found, describe(found, magic), magic, describe(magic)));
        }
        got += Streams.readFully(in, h, 4, 4 * ndims);
        if (got < h.length) {
            throw new DataLoadException(name + ": truncated header: expected " + h.length
                    + " bytes (magic number and " + ndims + " dimension" + (ndims > 1 ? "s" : "")
                    + "), found " + got);
        }
        int[] dims = new int[ndims];
        for (int i = 0; i < ndims; i++) {
            dims[i] = readInt(h, 4 + 4 * i);
            if (dims[i] < 1) {
                throw new DataLoadException(name + ": header dimension " + i + " is " + dims[i]
                        + (i == 0 ? " samples" : "") + ", expected at least 1");
            }
        }
        return dims;
    }

    private static int[] readLabels(InputStream in, String name, int count, int n) throws IOException {
        byte[] b = new byte[n];
        int got = Streams.readFully(in, b, 0, n);
        if (got < n) {
            throw new DataLoadException(name + ": truncated: header says " + count + " labels but file holds "
                    + got + " bytes of label data");
        }
        if (n == count) {
            checkEnd(in, name, count + " labels");
        }
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = b[i] & 0xff;
        }
        return y;
    }

    // x[i][r * cols + c] = pixel(i, r, c) / 255
    private static double[][] readPixels(InputStream in, String name, int[] dims, int n) throws IOException {
        int pixels = Math.multiplyExact(dims[1], dims[2]);
        byte[] b = new byte[pixels];
        double[][] x = new double[n][pixels];
        for (int i = 0; i < n; i++) {
            int got = Streams.readFully(in, b, 0, pixels);
            if (got < pixels) {
                long have = (long) i * pixels + got;
                throw new DataLoadException(name + ": truncated: header says " + dims[0] + " images of "
                        + dims[1] + "x" + dims[2] + " but file holds " + have + " bytes of pixel data (expected "
                        + (long) dims[0] * pixels + ")");
            }
            double[] row = x[i];
            for (int p = 0; p < pixels; p++) {
                row[p] = (b[p] & 0xff) / 255.0;
            }
        }
        if (n == dims[0]) {
            checkEnd(in, name, dims[0] + " images");
        }
        return x;
    }

    private static void checkEnd(InputStream in, String name, String what) throws IOException {
        long extra = in.transferTo(OutputStream.nullOutputStream());
        if (extra > 0) {
            throw new DataLoadException(name + ": " + extra + " bytes of unexpected data after the " + what
                    + " the header announces");
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

    private static String describe(int magic) {
        return magic == IMAGES_MAGIC ? "IDX uint8 images" : magic == LABELS_MAGIC ? "IDX uint8 labels" : "";
    }

    /** What a wrong magic number probably is, in parentheses, or "". */
    private static String describe(int found, int expected) {
        if (Integer.reverseBytes(found) == expected) {
            return " (the expected one byte-swapped: a little-endian header?)";
        }
        String d = describe(found);
        return d.isEmpty() ? "" : " (" + d + ")";
    }
}
