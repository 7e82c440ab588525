package bnlab.engine.data;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/** Stream helpers shared by the loaders: gzip detection by magic bytes, counted reads. */
final class Streams {

    private Streams() {
    }

    /** Opens a file, turning "not there" into a DataLoadException that names it. */
    static InputStream open(Path file) throws IOException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataLoadException(file + ": file not found", e);
        }
    }

    /**
     * Returns a stream of the decompressed bytes if {@code in} starts with the gzip magic bytes
     * 1f 8b (whatever the file is called), else a buffered stream of the bytes as they are.
     */
    static InputStream maybeGunzip(InputStream in, String name) throws IOException {
        BufferedInputStream buf = new BufferedInputStream(in, 1 << 16);
        buf.mark(2);
        int b0 = buf.read();
        int b1 = buf.read();
        buf.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            try {
                return new BufferedInputStream(new GZIPInputStream(buf, 1 << 16), 1 << 16);
            } catch (ZipException | EOFException e) {
                throw corruptGzip(name, e);
            }
        }
        return buf;
    }

    static DataLoadException corruptGzip(String name, IOException e) {
        return new DataLoadException(name + ": corrupt or truncated gzip data (" + e.getMessage() + ")", e);
    }

    /** Reads up to {@code len} bytes, stopping only at end of stream; returns how many were read. */
    static int readFully(InputStream in, byte[] b, int off, int len) throws IOException {
        int total = 0;
        while (total < len) {
            int r = in.read(b, off + total, len - total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }
}
