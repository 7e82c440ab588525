package bnlab.app.headless;

import bnlab.app.export.SeriesCsv;
import bnlab.engine.api.AtomicFiles;
import bnlab.engine.api.ProblemException;
import bnlab.engine.api.RunResult;
import bnlab.engine.api.Series;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The numbers behind Figure 1, one row per measured step: figure1-accuracy.csv ({@link #ACCURACY},
 * panel a) and figure1-percentiles.csv ({@link #PERCENTILES}, panels c and b). A twin that diverged
 * has empty cells from then on. Any thread.
 */
final class Figure1Csv {
    /** The columns of the accuracies: step, then the test accuracy with BN and without. */
    static final List<String> ACCURACY = List.of("step", "accuracy_bn", "accuracy_plain");
    /** The columns of the percentiles: step, then the 15th, 50th, 85th with BN, then without. */
    static final List<String> PERCENTILES = List.of("step", "bn_p15", "bn_p50", "bn_p85", "plain_p15", "plain_p50",
            "plain_p85");

    private Figure1Csv() {
    }

    /** Write both files into out; the files written. */
    static List<Path> write(RunResult r, Path out) throws ProblemException {
        Path accuracy = out.resolve("figure1-accuracy.csv");
        Path percentiles = out.resolve("figure1-percentiles.csv");
        // RunResult's columns are in the headers' order: normalized twin first
        AtomicFiles.write(accuracy, table(ACCURACY, r.accuracy()));
        AtomicFiles.write(percentiles, table(PERCENTILES, r.percentiles()));
        return List.of(accuracy, percentiles);
    }

    static byte[] table(List<String> header, Series s) {
        if (s.columns() != header.size() - 1) {
            throw new IllegalArgumentException(header + " for " + s.columns() + " columns");
        }
        StringBuilder b = new StringBuilder(String.join(",", header)).append('\n');
        for (int i = 0; i < s.size(); i++) {
            b.append(SeriesCsv.number(s.x(i)));
            for (int c = 0; c < s.columns(); c++) {
                b.append(',').append(SeriesCsv.number(s.y(c, i)));
            }
            b.append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
