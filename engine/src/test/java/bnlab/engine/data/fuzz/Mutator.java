package bnlab.engine.data.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Random mutations of a byte array, each one written down so that a failure can be told and
 * reproduced: every mutant comes from its own {@code new Random(seed)}.
 */
final class Mutator {

    /** Numbers a parser may get wrong, as text. */
    static final String[] NUMBERS = {"1e308", "-1e308", "1.7976931348623157E308", "1e309", "3.4028236e38",
        "-3.5e38", "3.4028235e38", "1e39", "0x1p1023", "0x1.fffffep127", "9999999999", "2147483648", "-2147483648",
        "2147483647", "-2147483649", "9223372036854775807", "9223372036854775808", "-0", "-0.0", "+0", "NaN", "-NaN",
        "nan", "Infinity", "-Infinity", "+Infinity", "inf", "1e-320", "4.9e-324", "1e-400", "1d", "2f", "1e", "e5",
        ".", "-", "+", "1.", ".5", "1e+", "0.1e-2", "00001", "1_000", "1,5", "\u0661\u0662", "\uFF11", "1" + "0".repeat(400),
        "0." + "0".repeat(400) + "1", "9".repeat(20), "1e2147483648", "65536", "46341", "255", "256", "3.5", "1.0",
        "0", "1", "2", "-1"};

    /** Text pieces that break CSV and JSON in other ways. */
    static final String[] TOKENS = {",", ",,", "\n", "\r", "\r\n", "\n\n", "\"", "\"\"", "\"a,b\"", " ", "\t",
        "\u0000", "\uFEFF", "\uFFFD", "\u00e9", "\u2028", "\uD83D\uDE00", "#", ";", "\\", "\\u0000", "null", "true",
        "false", "{", "}", "[", "]", ":", "[]", "{}", "[null]", "[[[[", "]]]]", "\"\":", "//", "/*", "'", "NaN",
        "label", "class", "x", "f0"};

    /** Ints for binary header fields. */
    static final int[] INTS = {0, 1, -1, 2, 3, 10, 255, 256, 65535, 65536, 46340, 46341, 1 << 16, 1 << 24,
        Integer.MAX_VALUE, Integer.MAX_VALUE - 8, Integer.MAX_VALUE - 9, Integer.MIN_VALUE, 0x803, 0x801, 0x03080000,
        0x01080000, 0x802, 0x804, 0x00000903, 28, 784, 60000, 0x1f8b0000};

    private final Random r;
    private final List<String> ops = new ArrayList<>();

    Mutator(long seed) {
        this.r = new Random(seed);
    }

    Random random() {
        return r;
    }

    /** The mutations done so far, in order. */
    String ops() {
        return String.join(" ", ops);
    }

    void note(String op) {
        ops.add(op);
    }

    /** The kinds of input, for the choice of mutations. */
    enum Kind { TEXT, BINARY }

    /** 1 to 4 random mutations. */
    byte[] mutate(byte[] in, Kind kind) {
        byte[] b = in;
        int k = 1 + (r.nextInt(4) == 0 ? r.nextInt(4) : 0);
        for (int i = 0; i < k; i++) {
            b = kind == Kind.TEXT ? textOnce(b) : binaryOnce(b);
        }
        return b;
    }

    byte[] textOnce(byte[] b) {
        switch (r.nextInt(14)) {
            case 0, 1:
                return replaceToken(b, NUMBERS[r.nextInt(NUMBERS.length)]);
            case 2:
                return replaceToken(b, TOKENS[r.nextInt(TOKENS.length)]);
            case 3:
                return insert(b, r.nextInt(b.length + 1), utf8(r.nextBoolean() ? TOKENS[r.nextInt(TOKENS.length)]
                        : NUMBERS[r.nextInt(NUMBERS.length)]), "token");
            case 4:
                return duplicateLine(b);
            case 5:
                return deleteLine(b);
            case 6:
                return swapLines(b);
            case 7:
                return longRun(b);
            case 8:
                return truncateAtDelimiter(b);
            default:
                return binaryOnce(b);
        }
    }

    byte[] binaryOnce(byte[] b) {
        switch (r.nextInt(10)) {
            case 0:
                return flipBits(b);
            case 1:
                return setByte(b);
            case 2:
                return insert(b, r.nextInt(b.length + 1), randomBytes(1 + r.nextInt(8)), "bytes");
            case 3:
                return deleteRange(b);
            case 4:
                return truncate(b);
            case 5:
                return duplicateChunk(b);
            case 6:
                return swapChunks(b);
            case 7:
                return putInt(b, r.nextInt(Math.max(1, b.length)), INTS[r.nextInt(INTS.length)]);
            case 8:
                return repeatWhole(b);
            default:
                return flipBits(b);
        }
    }

    // ---- byte mutations ----

    byte[] flipBits(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(c.length);
            int bit = r.nextInt(8);
            c[at] ^= (byte) (1 << bit);
            note("flip@" + at + "." + bit);
        }
        return c;
    }

    byte[] setByte(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        byte[] c = b.clone();
        int at = r.nextInt(c.length);
        int[] special = {0, 0xff, 0x7f, 0x80, ',', '\n', '\r', '"', '-', '.', 'e', '9', 0xc3, 0x1f, 0x8b};
        c[at] = (byte) (r.nextBoolean() ? special[r.nextInt(special.length)] : r.nextInt(256));
        note("set@" + at + "=" + (c[at] & 0xff));
        return c;
    }

    byte[] insert(byte[] b, int at, byte[] what, String label) {
        byte[] c = new byte[b.length + what.length];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(what, 0, c, at, what.length);
        System.arraycopy(b, at, c, at + what.length, b.length - at);
        note("insert-" + label + "@" + at + "(" + what.length + "B)");
        return c;
    }

    byte[] deleteRange(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        int at = r.nextInt(b.length);
        int len = 1 + r.nextInt(Math.max(1, Math.min(b.length - at, r.nextBoolean() ? 4 : b.length / 4 + 1)));
        len = Math.min(len, b.length - at);
        byte[] c = new byte[b.length - len];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + len, c, at, b.length - at - len);
        note("delete@" + at + "+" + len);
        return c;
    }

    byte[] truncate(byte[] b) {
        int at = r.nextInt(b.length + 1);
        note("truncate@" + at);
        return Arrays.copyOf(b, at);
    }

    byte[] duplicateChunk(byte[] b) {
        if (b.length == 0) {
            return b;
        }
        int from = r.nextInt(b.length);
        int len = 1 + r.nextInt(Math.min(b.length - from, 64));
        int times = r.nextInt(8) == 0 ? 1 + r.nextInt(200) : 1;
        byte[] chunk = new byte[len * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(b, from, chunk, t * len, len);
        }
        note("dup@" + from + "+" + len + "x" + times);
        return insert(b, r.nextInt(b.length + 1), chunk, "dup");
    }

    byte[] swapChunks(byte[] b) {
        if (b.length < 4) {
            return b;
        }
        int len = 1 + r.nextInt(Math.max(1, b.length / 4));
        int i = r.nextInt(b.length - len + 1);
        int j = r.nextInt(b.length - len + 1);
        byte[] c = b.clone();
        byte[] tmp = Arrays.copyOfRange(c, i, i + len);
        System.arraycopy(b, j, c, i, len);
        System.arraycopy(tmp, 0, c, j, len);
        note("swap@" + i + "," + j + "+" + len);
        return c;
    }

    /** Writes a big-endian int at the offset (the array grows if needed). */
    byte[] putInt(byte[] b, int at, int v) {
        byte[] c = Arrays.copyOf(b, Math.max(b.length, at + 4));
        c[at] = (byte) (v >>> 24);
        c[at + 1] = (byte) (v >>> 16);
        c[at + 2] = (byte) (v >>> 8);
        c[at + 3] = (byte) v;
        note("int@" + at + "=" + v);
        return c;
    }

    byte[] repeatWhole(byte[] b) {
        int times = 2 + r.nextInt(r.nextInt(4) == 0 ? 300 : 3);
        byte[] c = new byte[b.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(b, 0, c, t * b.length, b.length);
        }
        note("repeat-whole x" + times);
        return c;
    }

    byte[] randomBytes(int n) {
        byte[] c = new byte[n];
        r.nextBytes(c);
        return c;
    }

    // ---- text mutations ----

    private static boolean isDelimiter(byte c) {
        return c == ',' || c == '\n' || c == '\r' || c == ':' || c == '{' || c == '}' || c == '[' || c == ']'
                || c == '"' || c == ' ';
    }

    /** Replaces a random token (a run between delimiters) by the given text. */
    byte[] replaceToken(byte[] b, String with) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= b.length; i++) {
            boolean delim = i == b.length || isDelimiter(b[i]);
            if (!delim && start < 0) {
                start = i;
            } else if (delim && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
        }
        if (spans.isEmpty()) {
            return insert(b, r.nextInt(b.length + 1), utf8(with), "token");
        }
        int[] s = spans.get(r.nextInt(spans.size()));
        note("replace@" + s[0] + "+" + (s[1] - s[0]) + "=" + printable(with));
        return splice(b, s[0], s[1], utf8(with));
    }

    private static byte[] splice(byte[] b, int from, int to, byte[] with) {
        byte[] c = new byte[b.length - (to - from) + with.length];
        System.arraycopy(b, 0, c, 0, from);
        System.arraycopy(with, 0, c, from, with.length);
        System.arraycopy(b, to, c, from + with.length, b.length - to);
        return c;
    }

    /** Start offsets of the lines (after each \n). */
    private static List<Integer> lineStarts(byte[] b) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < b.length; i++) {
            if (b[i] == '\n' && i + 1 < b.length) {
                starts.add(i + 1);
            }
        }
        return starts;
    }

    private int[] randomLine(byte[] b) {
        List<Integer> starts = lineStarts(b);
        int k = r.nextInt(starts.size());
        int from = starts.get(k);
        int to = k + 1 < starts.size() ? starts.get(k + 1) : b.length;
        return new int[] {from, to};
    }

    byte[] duplicateLine(byte[] b) {
        int[] l = randomLine(b);
        int times = r.nextInt(6) == 0 ? 2 + r.nextInt(2000) : 1;
        byte[] line = Arrays.copyOfRange(b, l[0], l[1]);
        if (line.length > 0 && line[line.length - 1] != '\n') {
            line = Arrays.copyOf(line, line.length + 1);
            line[line.length - 1] = '\n';
        }
        byte[] chunk = new byte[line.length * times];
        for (int t = 0; t < times; t++) {
            System.arraycopy(line, 0, chunk, t * line.length, line.length);
        }
        note("dup-line@" + l[0] + "x" + times);
        return splice(b, l[0], l[0], chunk);
    }

    byte[] deleteLine(byte[] b) {
        int[] l = randomLine(b);
        note("delete-line@" + l[0]);
        return splice(b, l[0], l[1], new byte[0]);
    }

    byte[] swapLines(byte[] b) {
        int[] x = randomLine(b);
        int[] y = randomLine(b);
        if (x[0] == y[0]) {
            return b;
        }
        if (x[0] > y[0]) {
            int[] t = x;
            x = y;
            y = t;
        }
        note("swap-lines@" + x[0] + "," + y[0]);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(b, 0, x[0]);
        out.write(b, y[0], y[1] - y[0]);
        out.write(b, x[1], y[0] - x[1]);
        out.write(b, x[0], x[1] - x[0]);
        out.write(b, y[1], b.length - y[1]);
        return out.toByteArray();
    }

    /** A long run of one piece (digits, commas, letters, brackets...) somewhere: very long lines and cells. */
    byte[] longRun(byte[] b) {
        String[] pieces = {"1", "9", ",", "x", "\u00e9", "0,", "1.5,", " ", "\"", "[", "{\"a\":", "-", "e"};
        String piece = pieces[r.nextInt(pieces.length)];
        int n = r.nextInt(4) == 0 ? 10_000 + r.nextInt(200_000) : 1 + r.nextInt(2000);
        note("run@" + "(" + printable(piece) + ")x" + n);
        return insert(b, r.nextInt(b.length + 1), utf8(piece.repeat(n)), "run");
    }

    /** Cuts just before or just after a random delimiter, or inside a multi-byte character. */
    byte[] truncateAtDelimiter(byte[] b) {
        List<Integer> points = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            if (isDelimiter(b[i]) || (b[i] & 0xc0) == 0x80 || b[i] == '.' || b[i] == 'e') {
                points.add(i);
            }
        }
        if (points.isEmpty()) {
            return truncate(b);
        }
        int at = points.get(r.nextInt(points.size())) + (r.nextBoolean() ? 1 : 0);
        note("cut@" + at);
        return Arrays.copyOf(b, Math.min(at, b.length));
    }

    // ---- helpers ----

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String printable(String s) {
        String p = s.length() > 12 ? s.substring(0, 12) + "..(" + s.length() + ")" : s;
        StringBuilder out = new StringBuilder();
        for (char c : p.toCharArray()) {
            out.append(c < 32 || c > 126 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
