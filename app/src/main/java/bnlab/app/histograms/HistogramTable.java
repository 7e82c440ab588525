package bnlab.app.histograms;

import bnlab.app.TableCsv;
import bnlab.app.export.SeriesCsv;
import bnlab.engine.api.Histogram;

import java.util.List;

/**
 * The histograms' CSV: a row per bin of each panel's histogram, its edges and count, with the histogram's mean,
 * standard deviation, number of values and values outside the range (counted in the end bins), as the engine
 * gave them. The charts' series are step outlines, two corners a bin: their CSV held those corners, not bins and
 * counts (a speaker's review). {@code series} is "now" for the current step, "t-k" for the faded history k steps
 * back (when the history is shown). The columns are names: they do not change with the language.
 */
final class HistogramTable {
    static final List<String> HEADER = List.of("chart", "series", "bin_low", "bin_high", "count", "mean", "std", "n",
            "outside");

    private HistogramTable() {
    }

    static String of(List<HistogramPanel> panels, boolean historyOn) {
        TableCsv.Rows rows = new TableCsv.Rows(HEADER);
        for (HistogramPanel p : panels) {
            List<Histogram> drawn = p.drawn(historyOn);
            for (int k = 0; k < drawn.size(); k++) {
                int back = drawn.size() - 1 - k;
                add(rows, p.title(), back == 0 ? "now" : "t-" + back, drawn.get(k));
            }
        }
        return rows.text();
    }

    // bin i covers [lo + i w, lo + (i + 1) w), w = (hi - lo) / bins
    private static void add(TableCsv.Rows rows, String chart, String series, Histogram h) {
        double w = h.binWidth();
        for (int i = 0; i < h.bins(); i++) {
            double low = h.lo() + i * w;
            double high = i == h.bins() - 1 ? h.hi() : h.lo() + (i + 1) * w;
            rows.add(List.of(SeriesCsv.quote(chart), series, SeriesCsv.number(low), SeriesCsv.number(high),
                    Long.toString(h.count(i)), SeriesCsv.number(h.mean()), SeriesCsv.number(h.std()),
                    Long.toString(h.n()), Long.toString(h.outside())));
        }
    }
}
