package bnlab.engine.data;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.ProblemException;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads text lines as {@link java.io.BufferedReader#readLine()} does (a line ends at \n, \r or
 * \r\n), but refuses a line longer than a bound instead of running out of memory on a file that
 * is not text or has no line breaks.
 */
final class Lines {

    private final Reader in;
    private final String name;
    private final int maxChars;
    private final char[] buf = new char[8192];
    private int pos;
    private int end;
    private int number;
    private boolean afterCr;

    /** @param name the file, for {@link DataProblem#CSV_LINE_TOO_LONG} */
    Lines(Reader in, String name, int maxChars) {
        this.in = in;
        this.name = name;
        this.maxChars = maxChars;
    }

    /** The 1-based number of the line last returned. */
    int number() {
        return number;
    }

    /** The next line without its terminator, or null at the end of the text. */
    String next() throws IOException, ProblemException {
        StringBuilder line = new StringBuilder();
        while (true) {
            if (pos == end && !fill()) {
                // a last line without a terminator is still a line; nothing after the last terminator is not
                return line.length() > 0 ? counted(line) : null;
            }
            if (afterCr) {
                afterCr = false;
                if (buf[pos] == '\n') {
                    pos++; // the \n of \r\n
                    continue;
                }
            }
            int i = pos;
            while (i < end && buf[i] != '\n' && buf[i] != '\r') {
                i++;
            }
            if (line.length() + (i - pos) > maxChars) {
                throw Streams.problem(DataProblem.CSV_LINE_TOO_LONG, name, number + 1, maxChars);
            }
            line.append(buf, pos, i - pos);
            if (i < end) {
                afterCr = buf[i] == '\r';
                pos = i + 1;
                return counted(line);
            }
            pos = i;
        }
    }

    private String counted(StringBuilder line) {
        number++;
        return line.toString();
    }

    private boolean fill() throws IOException {
        int r;
        do {
            r = in.read(buf, 0, buf.length);
        } while (r == 0);
        pos = 0;
        end = Math.max(r, 0);
        return r > 0;
    }
}
