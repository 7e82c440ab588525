package bnlab.app.style;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A heading wrapped into lines of even length: the narrowest width, up to the room there is, at which its
 * text still takes as many lines as in all the room. Wrapped in all the room, a Chinese heading could end
 * with one character alone on its last line ("…放在一起统" over "计"), an English one with one word.
 */
public final class Balanced {
    /** Added to the narrowest width found: a label lays its text out a hair differently from a Text node. */
    static final double SLACK = 3;

    private Balanced() {
    }

    /** Where {@link #bind} keeps a label's own text, while the label shows it with its line breaks. */
    private static final String SOURCE = "bnlab.balanced.source";

    /** Where {@link #bind} keeps the room it follows. */
    private static final String ROOM = "bnlab.balanced.room";

    /** What a label shows: its text, with a line break wherever one reads better than wrapping, and its width. */
    public record Layout(String text, double width) {
    }

    /**
     * Lays the label's text out with {@link #layout} within the room (the label's whole width, its padding in it),
     * following its text, its font, its padding and the room as they change: the label shows the text with the
     * layout's line breaks, at its width. Whoever sets the label's text sets its own text; {@link #text} gives it back.
     */
    public static void bind(javafx.scene.control.Labeled l, javafx.beans.value.ObservableNumberValue room) {
        bind(l, room, false);
    }

    /**
     * As {@link #bind}, but a text that fits on one line takes its own width, not the whole room's: a button sized to
     * its words (a lesson step's two buttons side by side, not each the panel's width one over the other).
     */
    public static void bindTight(javafx.scene.control.Labeled l, javafx.beans.value.ObservableNumberValue room) {
        bind(l, room, true);
    }

    private static void bind(javafx.scene.control.Labeled l, javafx.beans.value.ObservableNumberValue room,
                             boolean tight) {
        boolean[] showing = {false};
        Runnable lay = () -> {
            Object own = l.getProperties().get(SOURCE);
            // a button's padding: its text has the room less that, and the button the text's width plus that
            double pad = l.getInsets().getLeft() + l.getInsets().getRight();
            Layout shown = layout(own == null ? null : own.toString(), l.getFont(), room.doubleValue() - pad);
            showing[0] = true;
            try {
                l.setText(shown.text());
            } finally {
                showing[0] = false;
            }
            double w = tight ? Math.min(shown.width(), Math.ceil(oneLine(shown.text(), l.getFont())) + SLACK)
                    : shown.width();
            l.setPrefWidth(w + pad);
        };
        l.prefWidthProperty().unbind();
        l.getProperties().put(SOURCE, l.getText());
        // held by the label: a binding is referenced only weakly by what it follows
        l.getProperties().put(ROOM, room);
        l.textProperty().addListener((o, a, b) -> {
            if (!showing[0]) {
                l.getProperties().put(SOURCE, b);
                lay.run();
            }
        });
        room.addListener((o, a, b) -> lay.run());
        l.fontProperty().addListener((o, a, b) -> lay.run());
        l.insetsProperty().addListener((o, a, b) -> lay.run());
        lay.run();
    }

    /** The label's own text: what it was given, without the line breaks {@link #bind} shows it with. */
    public static String text(javafx.scene.control.Labeled l) {
        Object own = l.getProperties().get(SOURCE);
        return own != null ? own.toString() : l.getText();
    }

    /**
     * The text laid out within the room: wrapped at {@link #width} where that ends its first line at a phrase mark;
     * else, where the text splits at phrase marks (in Chinese also between words) into as many lines as wrapping in
     * all the room takes, each on one line, those lines, the longest as short as can be ("训练 20 步之后，" over
     * "训练集上哪个准确率更高？", where one width broke "训练 / 集"); else wrapped at {@link #width}.
     */
    public static Layout layout(String text, Font font, double room) {
        if (text == null || text.isEmpty() || room <= 0 || text.indexOf('\n') >= 0) {
            return new Layout(text == null ? "" : text, width(text, font, room));
        }
        Text t = new Text(text);
        t.setFont(font);
        double line = lineHeight(font);
        int lines = lines(t, room, line);
        if (lines <= 1) {
            return new Layout(text, room);
        }
        Places at = places(text);
        double phrased = phrased(text, font, t, room, line, lines, at.marks(), at.starts());
        if (!Double.isNaN(phrased)) {
            return new Layout(text, phrased);
        }
        Layout split = split(text, font, room, lines, at.marks());
        if (split == null && at.words() != null) {
            double worded = phrased(text, font, t, room, line, lines, at.words(), at.starts());
            if (!Double.isNaN(worded)) {
                return new Layout(text, worded);
            }
            java.util.TreeSet<Integer> both = new java.util.TreeSet<>(at.words());
            both.addAll(at.marks());
            split = split(text, font, room, lines, both);
            if (split == null) {
                // a line more, each whole, rather than a word cut ("批量统计 / 量大幅摆动" in lesson 14's question)
                split = split(text, font, room, lines + 1, both);
            }
        }
        // no break at a phrase mark in reach (those were all tried above): the even width
        return split != null ? split : new Layout(text, even(t, room, line, lines));
    }

    /** The width to wrap this text at, at most room (which is returned when the text fits on one line). */
    public static double width(String text, Font font, double room) {
        if (text == null || text.isEmpty() || room <= 0) {
            return room;
        }
        Text t = new Text(text);
        t.setFont(font);
        double line = lineHeight(font);
        int lines = lines(t, room, line);
        if (lines <= 1) {
            return room;
        }
        Places at = places(text);
        double phrased = phrased(text, font, t, room, line, lines, at.marks(), at.starts());
        if (Double.isNaN(phrased) && at.words() != null) {
            phrased = phrased(text, font, t, room, line, lines, at.words(), at.starts());
        }
        return Double.isNaN(phrased) ? even(t, room, line, lines) : phrased;
    }

    // the fewest pixels that keep the text's line count (lines(w) only grows as w shrinks) and fit its widest word
    private static double even(Text t, double room, double line, int lines) {
        double lo = Math.min(room, Math.max(room / lines, widestWord(t.getText(), t.getFont())));
        double hi = room;
        for (int i = 0; i < 12 && hi - lo > 1; i++) {
            double mid = (lo + hi) / 2;
            if (lines(t, mid, line) > lines) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.min(room, Math.ceil(hi) + SLACK);
    }

    /**
     * Marks a line may end at, so that a phrase is not cut ("BatchNorm：一" over "个通道"; "without / normalization
     * 91.4%"): a colon, comma, semicolon, enumeration comma, or a sentence's end inside the text (a question's
     * "…前进。" before "哪一边先到达最小值？").
     */
    private static final String[] ENDS = {"\uff1a", "\uff0c", "\uff1b", "\u3001", "\u3002", "\uff1f", "\uff01",
            ": ", ". ", "? ", ", "};

    /**
     * Where a line may start after one of the text's phrase marks ({@link #breaks} at {@link #ENDS}, past the space
     * that follows): for a chart's message, which is wrapped by AWT's measure ({@link EvenLines}).
     */
    static java.util.Set<Integer> afterMarks(String text) {
        return startsAfter(text, breaks(text, ENDS));
    }

    /**
     * Where a line of a Chinese text may start after a word ({@link #WORD_ENDS}: a space, 的, a closing bracket),
     * past the space that follows; none in other languages, which break only between words anyway.
     */
    static java.util.Set<Integer> afterWords(String text) {
        return chinese(text) ? startsAfter(text, breaks(text, wordEnds())) : java.util.Set.of();
    }

    // where each next line starts, after each of these line ends
    private static java.util.Set<Integer> startsAfter(String text, java.util.Set<Integer> ends) {
        java.util.Set<Integer> at = new java.util.HashSet<>();
        for (int i : ends) {
            at.add(next(text, i));
        }
        return at;
    }

    /**
     * Where a Chinese heading with none of those marks may still end a line without cutting a word: at a space
     * (Chinese sets one around a Latin word or a number: "Keras 的 0.99 / 就是 PyTorch 的 0.01"), after the
     * particle 的, which closes a phrase ("为什么不带 BN 的 / 带会漂移"), or after a closing bracket ("LayerNorm：每一行
     * （每个样本）/ 在它自己的特征上归一化", where the even width broke "样 / 本"). Chinese runs its words together, so the
     * even width alone broke "训练图 / 像". English breaks only at spaces anyway.
     */
    private static final String[] WORD_ENDS = {" ", "\u7684", "\uff09"};

    /**
     * Those, and after a term of the glossary ("BN 之后每个通道 / 都落在 0 附近", where the even width broke "通 / 道").
     */
    private static String[] wordEnds() {
        return WordEnds.ALL; // read only (breaks)
    }

    // read once, when a Chinese text is first laid out (not at start-up)
    private static final class WordEnds {
        static final String[] ALL = java.util.stream.Stream.concat(java.util.Arrays.stream(WORD_ENDS),
                bnlab.app.i18n.GlossaryFile.chineseTerms().stream()).toArray(String[]::new);
    }

    /** Particles that close what comes before them and never start a line ("为什么不带 BN / 的带会漂移"). */
    private static final String NO_START = "\u7684\u4e86\u5417\u5462";

    // any CJK ideograph
    private static boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /**
     * The narrowest width, up to the room, at which the first line ends at one of these breaks ({@link #breaks}), the
     * text still takes as many lines, every later line starts where a line may ({@link Places}) and the last is not
     * a word alone ({@link #alone}); NaN when there is
     * none (then the even width is used). A Chinese heading wrapped at the even width broke inside a word
     * ("BatchNorm：一 / 个通道，每张图像"); one of three lines whose first line ended at a mark still broke its second
     * inside one ("…GroupNorm：各 / 用哪些值？").
     */
    private static double phrased(String text, Font font, Text t, double room, double line, int lines,
            java.util.Set<Integer> breaks, java.util.Set<Integer> starts) {
        double best = Double.NaN;
        for (int i : breaks) {
            double w = Math.ceil(oneLine(text.substring(0, i).stripTrailing(), font)) + SLACK;
            if (w <= room && (Double.isNaN(best) || w < best) && lines(t, w, line) == lines
                    && lineStart(t, line, 1) == next(text, i) && laterLinesStartAt(t, line, lines, starts)
                    && !alone(text, lineStart(t, line, lines - 1))) {
                best = w;
            }
        }
        return best;
    }

    /** Closing marks at a text's end: brackets, quotes, stops. */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("[\\p{Pe}\\p{Pf}\\p{Po}]+$");

    /**
     * Whether the last line, from index k, is one word alone (in Chinese one character), its closing marks aside: a
     * first line ended at a mark could leave "variance" or "化" alone on the third line.
     */
    static boolean alone(String text, int k) {
        String last = CLOSING.matcher(text.substring(Math.min(k, text.length())).strip()).replaceAll("");
        return chinese(text) ? last.codePointCount(0, last.length()) < 2 : last.indexOf(' ') < 0;
    }

    /**
     * Where a line of a text may end: at its phrase marks ({@link #ENDS}), in Chinese also between words
     * ({@link #WORD_ENDS}; null in other languages, which wrap only between words anyway), and so where a line may
     * start without cutting a phrase (null where words is).
     */
    private record Places(java.util.TreeSet<Integer> marks, java.util.TreeSet<Integer> words,
            java.util.Set<Integer> starts) {
    }

    private static Places places(String text) {
        java.util.TreeSet<Integer> marks = breaks(text, ENDS);
        if (!chinese(text)) {
            return new Places(marks, null, null);
        }
        java.util.TreeSet<Integer> words = breaks(text, wordEnds());
        java.util.Set<Integer> starts = startsAfter(text, marks);
        starts.addAll(startsAfter(text, words));
        return new Places(marks, words, starts);
    }

    // whether each line after the second starts where a line may (any start, where starts is null)
    private static boolean laterLinesStartAt(Text t, double line, int lines, java.util.Set<Integer> starts) {
        for (int k = 2; starts != null && k < lines; k++) {
            if (!starts.contains(lineStart(t, line, k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a line may end at these marks: the index just after each (its trailing space left to the next line), but
     * not before a particle that never starts a line, nor, in Chinese, at a space beside a number, which belongs with
     * the words on both sides ("通道 3", "20 步"; "为通道 / 3 用多少个值" read badly).
     */
    private static java.util.TreeSet<Integer> breaks(String text, String[] ends) {
        java.util.TreeSet<Integer> at = new java.util.TreeSet<>();
        boolean chinese = chinese(text);
        for (String end : ends) {
            for (int i = text.indexOf(end); i >= 0; i = text.indexOf(end, i + 1)) {
                int cut = i + end.strip().length();
                String rest = text.substring(i + end.length()).stripLeading();
                if (rest.isEmpty() || cut == 0 || NO_START.indexOf(rest.charAt(0)) >= 0) {
                    continue;
                }
                if (chinese && text.startsWith(" ", cut) && (Character.isDigit(rest.charAt(0))
                        || Character.isDigit(text.charAt(cut > 0 ? cut - 1 : 0)) || opensPhrase(text, cut))) {
                    continue;
                }
                at.add(cut);
            }
        }
        return at;
    }

    /**
     * Whether the text before cut, back to the last phrase mark or the start, is one Latin word: it opens the phrase
     * that follows and stays with it ("…大幅摆动。BN / 在测试图像上…", "BN / 之后每个通道" read as a word left behind).
     */
    private static boolean opensPhrase(String text, int cut) {
        int from = 0;
        for (String end : ENDS) {
            int at = text.lastIndexOf(end.strip(), cut - 1);
            if (at >= 0) {
                from = Math.max(from, at + 1);
            }
        }
        String word = text.substring(from, cut).strip();
        return !word.isEmpty() && word.indexOf(' ') < 0 && !chinese(word);
    }

    /**
     * The text split at some of these places into exactly this many lines, each within the room on its own, the
     * longest as short as can be; null where no such split exists, or where the ways to choose the breaks are too
     * many to try (a heading has a handful of places and takes 2 to 5 lines: tens of ways, each piece measured once).
     */
    private static Layout split(String text, Font font, double room, int lines, java.util.TreeSet<Integer> at) {
        Integer[] cuts = at.toArray(new Integer[0]);
        if (cuts.length < lines - 1 || ways(cuts.length, lines - 1) > MAX_WAYS) {
            return null;
        }
        int[] chosen = new int[lines - 1];
        Layout[] best = {null};
        choose(text, font, room, cuts, chosen, 0, 0, best, new java.util.HashMap<>());
        return best[0];
    }

    /** The most ways to choose a heading's breaks that {@link #split} tries. */
    private static final long MAX_WAYS = 5000;

    // n choose k, stopping once it passes MAX_WAYS
    private static long ways(int n, int k) {
        long w = 1;
        for (int i = 0; i < k && w <= MAX_WAYS; i++) {
            w = w * (n - i) / (i + 1);
        }
        return w;
    }

    // every choice of breaks, in order, from cuts[from] on, for chosen[k] onwards
    private static void choose(String text, Font font, double room, Integer[] cuts, int[] chosen, int k, int from,
            Layout[] best, java.util.Map<String, Double> widths) {
        if (k == chosen.length) {
            StringBuilder shown = new StringBuilder();
            double widest = 0;
            int start = 0;
            for (int c = 0; c <= chosen.length; c++) {
                int end = c < chosen.length ? chosen[c] : text.length();
                String piece = text.substring(start, end).strip();
                widest = Math.max(widest, widths.computeIfAbsent(piece, p -> Math.ceil(oneLine(p, font)) + SLACK));
                shown.append(c == 0 ? "" : "\n").append(piece);
                start = end;
            }
            if (widest <= room && (best[0] == null || widest < best[0].width())) {
                best[0] = new Layout(shown.toString(), widest);
            }
            return;
        }
        for (int i = from; i < cuts.length; i++) {
            chosen[k] = cuts[i];
            choose(text, font, room, cuts, chosen, k + 1, i + 1, best, widths);
        }
    }

    /**
     * The widest piece of the text no line may break inside (as the JDK's line breaker, which JavaFX wraps with, finds
     * them). Narrower than that, a label cuts the word anywhere and the line count can stay the same: the even width
     * of lesson 13's title at five lines ended a line with "InstanceNorm" and started the next with "、GroupNorm".
     */
    private static double widestWord(String text, Font font) {
        java.text.BreakIterator at = java.text.BreakIterator.getLineInstance();
        at.setText(text);
        double widest = 0;
        for (int start = at.first(), end = at.next(); end != java.text.BreakIterator.DONE; start = end, end = at.next()) {
            String word = text.substring(start, end).strip();
            if (word.length() > 1) {
                widest = Math.max(widest, oneLine(word, font));
            }
        }
        return widest;
    }

    /**
     * The height a label takes to show this text wrapped at this width (no wrapping at 0 or less), in its font, line
     * spacing and insets, as a Label measures it: a label that keeps the room of a text it does not show yet (a
     * read-out's widest form).
     */
    public static double labelHeight(javafx.scene.control.Labeled l, String text, double wrap) {
        Text t = new Text(text);
        t.setFont(l.getFont());
        t.setLineSpacing(l.getLineSpacing());
        t.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER); // as a Label measures
        if (wrap > 0) {
            t.setWrappingWidth(wrap);
        }
        return Math.ceil(t.getLayoutBounds().getHeight()) + l.snappedTopInset() + l.snappedBottomInset();
    }

    // the width of this text on one line
    static double oneLine(String s, Font font) {
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    // the height of one line in this font
    static double lineHeight(Font font) {
        Text one = new Text("Xg");
        one.setFont(font);
        return one.getLayoutBounds().getHeight();
    }

    /**
     * Where line k (from 0) starts, as the text is wrapped now: a width that holds the first line's words up to a
     * mark can still end that line earlier ("…的 / 1.05 倍前进。会发生什么？", the layout finding no break just after
     * the mark).
     */
    static int lineStart(Text t, double line, int k) {
        return t.hitTest(new javafx.geometry.Point2D(0.5, t.getLayoutBounds().getMinY() + (k + 0.5) * line))
                .getCharIndex();
    }

    // the first character after this index that is not a space
    private static int next(String text, int i) {
        int k = i;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
            k++;
        }
        return k;
    }

    /** Lines of the text wrapped at this width, each this high (measured once per heading, not per try). */
    static int lines(Text t, double width, double line) {
        t.setWrappingWidth(width);
        return (int) Math.round(t.getLayoutBounds().getHeight() / line);
    }
}
