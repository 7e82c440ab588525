package bnlab.app.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The glossary's rows (bnlab/app/i18n/glossary.tsv: English, the source articles' Chinese, other Chinese terms in
 * use), and the Chinese terms in them: words a line of Chinese text may end after but not cut ("通道", "方差").
 */
public final class GlossaryFile {
    private static volatile List<String> chinese;

    private GlossaryFile() {
    }

    /** Each row's cells, tab-separated, without blank and comment lines. */
    public static List<String[]> rows() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = GlossaryFile.class.getResourceAsStream("/bnlab/app/i18n/glossary.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("the glossary is missing from this installation", e);
        }
        return out;
    }

    /**
     * The source articles' Chinese terms of two characters or more, each part of one written with another in
     * brackets ("饱和（饱和区）": 饱和, 饱和区); a symbol (γ) is not a word of the text.
     */
    public static List<String> chineseTerms() {
        List<String> c = chinese;
        if (c == null) {
            Set<String> terms = new LinkedHashSet<>();
            for (String[] row : rows()) {
                for (String part : row.length > 1 ? row[1].split("[（）]") : new String[0]) {
                    if (part.codePointCount(0, part.length()) >= 2 && part.codePoints()
                            .allMatch(p -> Character.UnicodeScript.of(p) == Character.UnicodeScript.HAN)) {
                        terms.add(part);
                    }
                }
            }
            c = List.copyOf(terms);
            chinese = c;
        }
        return c;
    }
}
