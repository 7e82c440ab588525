package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.Problem;
import bnlab.engine.api.ProblemException;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Stream helpers shared by the loaders: gzip detection by magic bytes, bounded reads, and the one
 * place where a system {@link IOException} becomes a {@link DataProblem}.
 */
final class Streams {

    /** Bytes a bounded read allocates before any data has arrived. */
    static final int CHUNK = 1 << 16;

    private Streams() {
    }

    /** A problem with the given values, as the exception a loader throws. */
    static ProblemException problem(DataProblem code, Object... args) {
        return new ProblemException(Problem.of(code, args));
    }

    /**
     * The problem for a load that ran out of memory on data that is really there (a small gzipped file
     * can decompress to gigabytes). The arrays the load allocated were its own, so once this is thrown
     * they are garbage and the app goes on. The second value is the heap BN Lab may use, in MB (long).
     */
    static ProblemException tooLarge(String name, OutOfMemoryError e) {
        return new ProblemException(Problem.of(DataProblem.TOO_LARGE_FOR_MEMORY, name,
                Runtime.getRuntime().maxMemory() >> 20), e);
    }

    /** Opens a file: "not there" is {@link DataProblem#FILE_NOT_FOUND}, anything else unreadable. */
    static InputStream open(Path file) throws ProblemException {
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.of(DataProblem.FILE_NOT_FOUND, file.toString()), e);
        } catch (IOException e) {
            throw failed(file.toString(), e);
        }
    }

    /**
     * Returns a stream of the decompressed bytes if {@code in} starts with the gzip magic bytes
     * 1f 8b (whatever the file is called), else a buffered stream of the bytes as they are.
     */
    static InputStream maybeGunzip(InputStream in, String name) throws ProblemException {
        try {
            BufferedInputStream buf = new BufferedInputStream(in, CHUNK);
            if (startsWithGzipMagic(buf)) {
                return new BufferedInputStream(new GZIPInputStream(buf, CHUNK), CHUNK);
            }
            return buf;
        } catch (IOException e) {
            throw failed(name, e);
        }
    }

    /**
     * The size of the file on disk if it is stored plain, so that every announced size can be
     * checked before reading; -1 if it is gzipped (only reading tells how much it holds).
     */
    static long plainSize(Path file) throws ProblemException {
        try (BufferedInputStream in = new BufferedInputStream(Files.newInputStream(file), 2)) {
            return startsWithGzipMagic(in) ? -1 : Files.size(file);
        } catch (IOException e) {
            throw failed(file.toString(), e);
        }
    }

    private static boolean startsWithGzipMagic(BufferedInputStream buf) throws IOException {
        buf.mark(2);
        int b0 = buf.read();
        int b1 = buf.read();
        buf.reset();
        return b0 == 0x1f && b1 == 0x8b;
    }

    /**
     * The problem for a system IOException while reading {@code name}: gzip data that does not
     * decompress (a {@link ZipException}, or an {@link EOFException} from a cut stream) is
     * {@link DataProblem#CORRUPT_GZIP}, anything else {@link DataProblem#UNREADABLE_FILE}; both keep
     * the system's reason as their second value.
     */
    static ProblemException failed(String name, IOException e) {
        DataProblem code = e instanceof ZipException || e instanceof EOFException
                ? DataProblem.CORRUPT_GZIP : DataProblem.UNREADABLE_FILE;
        return new ProblemException(Problem.of(code, name, reason(e)), e);
    }

    /** The system's reason: a file-system exception's reason, else the message, else the exception's name. */
    static String reason(IOException e) {
        String r = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        return r != null ? r : e.getClass().getSimpleName();
    }

    /**
     * Reads up to {@code len} bytes, stopping early only at the end of the stream, into an array of
     * exactly the bytes read. The buffer follows the data, never the announced length: it starts at
     * min(len, CHUNK) bytes and at most doubles each time it fills, so a header that announces more
     * than the stream holds costs at most about twice what is really there.
     */
    static byte[] readUpTo(InputStream in, int len) throws IOException {
        byte[] b = new byte[Math.min(len, CHUNK)];
        int got = 0;
        while (got < len) {
            if (got == b.length) {
                b = Arrays.copyOf(b, (int) Math.min(len, 2L * b.length));
            }
            int r = in.read(b, got, b.length - got);
            if (r < 0) {
                break;
            }
            got += r;
        }
        return got == b.length ? b : Arrays.copyOf(b, got);
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
