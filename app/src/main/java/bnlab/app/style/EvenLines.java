package bnlab.app.style;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * A short message wrapped into lines of even length within a width, measured by any measure (AWT's, for a chart's
 * message): split at its phrase marks where that fits, else at the narrowest width that keeps the fewest lines.
 * JFreeChart wrapped an empty plot's message in all its width: "按“计算”，画出这个网络的损" over "失". The window's
 * labels use {@link Balanced}, which lays out with JavaFX's own text; a chart draws with AWT's fonts (also when
 * exported to SVG or PDF), so its lines are measured by them.
 */
public final class EvenLines {
    private EvenLines() {
    }

    /** The text's lines, each within max where a line can be (a word wider than max has a line of its own). */
    public static List<String> of(String text, ToDoubleFunction<String> width, double max) {
        if (text.isEmpty() || width.applyAsDouble(text) <= max) {
            return List.of(text);
        }
        List<Integer> breaks = breaks(text);
        int n = greedy(text, breaks, width, max).size();
        java.util.Set<Integer> afterMarks = Balanced.afterMarks(text);
        List<String> marked = atMarks(text, breaks, width, max, n, afterMarks);
        if (marked == null) {
            // in Chinese also after a word: "准确率：测试集（粗线）/ 与训练集（细线）", where the even width broke "（粗 / 线）"
            java.util.Set<Integer> both = new java.util.HashSet<>(afterMarks);
            both.addAll(Balanced.afterWords(text));
            marked = atMarks(text, breaks, width, max, n, both);
        }
        if (marked != null) {
            return marked;
        }
        // the narrowest width with as few lines: lines(w) only grows as w shrinks
        double lo = width.applyAsDouble(text) / n;
        double hi = max;
        for (int i = 0; i < 20 && hi - lo > 0.5; i++) {
            double mid = (lo + hi) / 2;
            if (greedy(text, breaks, width, mid).size() > n) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return greedy(text, breaks, width, hi);
    }

    // where a line may break (the index its next line starts at), by the JDK's line rules for Chinese and English
    private static List<Integer> breaks(String text) {
        BreakIterator it = BreakIterator.getLineInstance(Locale.CHINESE);
        it.setText(text);
        List<Integer> at = new ArrayList<>();
        for (int b = it.next(); b != BreakIterator.DONE && b < text.length(); b = it.next()) {
            at.add(b);
        }
        return at;
    }

    // each line as long as it can be within w: a line ends at the last break before the text would overflow
    private static List<String> greedy(String text, List<Integer> breaks, ToDoubleFunction<String> width, double w) {
        List<Integer> ends = new ArrayList<>(breaks);
        ends.add(text.length());
        List<String> lines = new ArrayList<>();
        int start = 0;
        int last = 0;
        for (int b : ends) {
            if (last > start && width.applyAsDouble(text.substring(start, b).strip()) > w) {
                lines.add(text.substring(start, last).strip());
                start = last;
            }
            last = b;
        }
        lines.add(text.substring(start).strip());
        return lines;
    }

    // n lines each ending at one of these places (after Balanced's marks, or its words too; the last at the text's
    // end), the longest as short as can be; null if none
    private static List<String> atMarks(String text, List<Integer> breaks, ToDoubleFunction<String> width, double max,
            int n, java.util.Set<Integer> afterMarks) {
        List<Integer> marks = new ArrayList<>();
        for (int b : breaks) {
            if (afterMarks.contains(b)) {
                marks.add(b);
            }
        }
        if (marks.size() < n - 1 || marks.size() > 12) {
            return null;
        }
        List<String> best = null;
        double bestWidth = Double.MAX_VALUE;
        // every choice of n - 1 marks, as a bit mask over at most 12 marks
        for (int mask = 0; mask < 1 << marks.size(); mask++) {
            if (Integer.bitCount(mask) != n - 1) {
                continue;
            }
            List<String> lines = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < marks.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    lines.add(text.substring(start, marks.get(i)).strip());
                    start = marks.get(i);
                }
            }
            lines.add(text.substring(start).strip());
            double widest = lines.stream().mapToDouble(width).max().orElse(0);
            if (widest <= max && widest < bestWidth) {
                best = lines;
                bestWidth = widest;
            }
        }
        return best;
    }
}
