package bnlab.app.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.app.i18n.I18n;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text the landscape package shows comes from the message bundle: its sources hand no literal
 * with a letter to a label, button, tooltip, title, axis or series; hold no literal of two words
 * (outside CSS and exception messages); and pick no literal word in a ternary or a return. The keys
 * it names exist.
 */
class NoEnglishLiteralTest {

    private static final Path SOURCES = Path.of("src/main/java/bnlab/app/landscape");

    /** Where a literal becomes visible text. */
    private static final Pattern SINK = Pattern.compile("(new\\s+(Label|Button|ToggleButton|CheckBox|RadioButton|"
            + "Tooltip|TextTitle|NumberAxis|LogAxis|XYSeries|Tab|TitledPane|Text)\\s*\\(|\\.(setText|setTitle|"
            + "setLabel|setPromptText|addSeries|setHeaderText|setContentText|append|format|label)\\s*\\()\\s*$");
    private static final Pattern CHOICE = Pattern.compile("(\\?|:|return)\\s*$");
    /** Two words with white space between them, maybe punctuation: "w1 (weight", "converges: lr". */
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}+\\p{P}*\\s+\\p{P}*\\p{L}+");
    /** A programming error's message is for developers, never shown in the view. */
    private static final Pattern EXCEPTION = Pattern.compile("new\\s+\\w+Exception\\s*\\(\\s*$");
    private static final Pattern KEY = Pattern.compile("(landscape|surface|twin|enum)\\.[A-Za-z0-9_.]+");

    /** A string literal and the code just before it (comments removed). */
    record Literal(Path file, String before, String text) {
        @Override
        public String toString() {
            return file.getFileName() + ": ..." + before.strip() + "\"" + text + "\"";
        }
    }

    /** The string literals of a Java source, with \\uXXXX escapes decoded, skipping comments and chars. */
    static List<Literal> literals(Path file, String src) {
        List<Literal> out = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '/') {
                i = src.indexOf('\n', i);
                if (i < 0) break;
            } else if (c == '/' && i + 1 < src.length() && src.charAt(i + 1) == '*') {
                i = src.indexOf("*/", i + 2) + 2;
            } else if (c == '\'') {
                int j = i + 1;
                while (src.charAt(j) != '\'') j += src.charAt(j) == '\\' ? 2 : 1;
                code.append("' '");
                i = j + 1;
            } else if (c == '"') {
                int j = i + 1;
                StringBuilder lit = new StringBuilder();
                while (src.charAt(j) != '"') {
                    if (src.charAt(j) == '\\' && src.charAt(j + 1) == 'u') {
                        lit.append((char) Integer.parseInt(src.substring(j + 2, j + 6), 16));
                        j += 6;
                    } else if (src.charAt(j) == '\\') {
                        lit.append(src.charAt(j + 1));
                        j += 2;
                    } else {
                        lit.append(src.charAt(j++));
                    }
                }
                String before = code.substring(Math.max(0, code.length() - 60));
                out.add(new Literal(file, before, lit.toString()));
                code.append("\"\"");
                i = j + 1;
            } else {
                code.append(c);
                i++;
            }
        }
        return out;
    }

    private static List<Literal> all() throws IOException {
        List<Literal> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                out.addAll(literals(f, Files.readString(f)));
            }
        }
        return out;
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    @Test
    void noVisibleLiteralInThePackage() throws IOException {
        List<Literal> lits = all();
        assertTrue(lits.size() > 50, "the scan sees the package's literals: " + lits.size());
        List<String> bad = new ArrayList<>();
        for (Literal l : lits) {
            boolean isKey = KEY.matcher(l.text()).matches();
            if (l.text().startsWith("-fx-") || EXCEPTION.matcher(l.before()).find()) {
                continue; // CSS, or a message for developers
            }
            if (!isKey && hasLetter(l.text()) && SINK.matcher(l.before()).find()) {
                bad.add("shown as text: " + l);
            } else if (TWO_WORDS.matcher(l.text()).find()) {
                bad.add("words: " + l);
            } else if (!isKey && hasLetter(l.text()) && CHOICE.matcher(l.before()).find()) {
                bad.add("chosen word: " + l);
            }
        }
        assertEquals(List.of(), bad);
    }

    /** Where a literal is printed on the terminal. */
    private static final Pattern PRINTED = Pattern.compile("\\.(println|print|printf)\\s*\\($");

    /**
     * What the app prints on the terminal comes from the bundles too, in the window's language (the screenshot's
     * "written to" line and four messages of trouble were English literals), in every package of the app.
     */
    @Test
    void nothingTheAppPrintsIsALiteral() throws IOException {
        List<String> bad = new ArrayList<>();
        int printed = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/bnlab/app"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String src = Files.readString(f);
                printed += src.split("\\.println\\(", -1).length - 1;
                for (Literal l : literals(f, src)) {
                    if (hasLetter(l.text()) && PRINTED.matcher(l.before()).find()) {
                        bad.add(l.toString());
                    }
                }
            }
        }
        assertTrue(printed > 5, "the scan sees the app's printing: " + printed);
        assertEquals(List.of(), bad);
        assertTrue(PRINTED.matcher(literals(Path.of("X.java"), "class X { void f() { System.err.println(\"bnlab: no\" "
                + "+ e); } }").get(0).before()).find(), "today's kind of literal is caught");
    }

    @Test
    void theScanCatchesTodaysKindOfLiteral() {
        String src = "class X { void f(boolean b) { l.setText(\"never\"); new Button(\"pause\"); "
                + "s = b ? \"never\" : I18n.get(\"landscape.steps\"); // setText(\"ok in a comment\")\n"
                + "t = \"converges: lr = %.3g\"; u = \"-fx-font-weight: bold;\"; } }";
        List<Literal> lits = literals(Path.of("X.java"), src);
        assertEquals(List.of("never", "pause", "never", "landscape.steps", "converges: lr = %.3g",
                "-fx-font-weight: bold;"), lits.stream().map(Literal::text).toList());
        assertTrue(SINK.matcher(lits.get(0).before()).find());
        assertTrue(SINK.matcher(lits.get(1).before()).find());
        assertTrue(CHOICE.matcher(lits.get(2).before()).find());
        assertTrue(TWO_WORDS.matcher(lits.get(4).text()).find());
    }

    @Test
    void everyKeyThePackageNamesIsInTheBundle() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Literal l : all()) {
            if (KEY.matcher(l.text()).matches() && !I18n.has(l.text())) {
                missing.add(l.toString());
            }
        }
        for (String k : WineResource.KEYS) {
            if (!I18n.has(k)) {
                missing.add(k);
            }
        }
        assertEquals(List.of(), missing);
        assertEquals(13, WineResource.KEYS.size());
    }
}
