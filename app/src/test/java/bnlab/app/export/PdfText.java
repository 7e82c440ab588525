package bnlab.app.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;

/** A small reader of the PDFs JFreePDF writes: the text its content streams show, and their fills. */
final class PdfText {
    private PdfText() {
    }

    /** The content streams, inflated, one after the other. */
    static String content(byte[] pdf) throws Exception {
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("(?<!end)stream\r?\n").matcher(s);
        int from = 0;
        while (m.find(from)) {
            int start = m.end();
            int end = s.indexOf("endstream", start);
            String dict = s.substring(Math.max(0, s.lastIndexOf("<<", m.start())), m.start());
            byte[] raw = java.util.Arrays.copyOfRange(pdf, start, end);
            out.append(dict.contains("/FlateDecode") ? inflate(raw) : new String(raw, StandardCharsets.ISO_8859_1));
            out.append('\n');
            from = end + 9;
        }
        return out.toString();
    }

    private static String inflate(byte[] raw) {
        Inflater inf = new Inflater();
        inf.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (java.util.zip.DataFormatException e) {
            return "";
        } finally {
            inf.end();
        }
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /** The strings shown by Tj operators, one a line, escapes undone. */
    static String shownText(byte[] pdf) throws Exception {
        StringBuilder out = new StringBuilder();
        Matcher m = Pattern.compile("\\(((?:\\\\.|[^\\\\)])*)\\)\\s*Tj").matcher(content(pdf));
        while (m.find()) {
            out.append(m.group(1).replaceAll("\\\\(.)", "$1")).append('\n');
        }
        return out.toString();
    }

    /** How many fill operators the content streams have. */
    static int filledPaths(byte[] pdf) throws Exception {
        Matcher m = Pattern.compile("(?m)^\\s*f\\*?\\s*$|\\sf\\*?\\n").matcher(content(pdf));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
