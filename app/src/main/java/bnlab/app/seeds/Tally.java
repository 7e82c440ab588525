package bnlab.app.seeds;

import bnlab.engine.api.SeedOutcome;

import java.util.List;

/**
 * What the dots of one batch size say: of the seeds run, in how many the twin with BN got more test samples
 * right than the plain twin, as many, or fewer, and by how many on average. A seed where a twin diverged is
 * counted apart and left out of the rest. Immutable.
 *
 * @param mean the mean over the counted seeds of (right with BN - right without), NaN when none is counted
 */
record Tally(int batchSize, int runs, int ahead, int level, int behind, int diverged, double mean, int testRows) {

    /** The tally of each batch size, in the order given (outcomes of other sizes are left out). */
    static List<Tally> of(List<SeedOutcome> outcomes, List<Integer> batches) {
        return batches.stream().map(b -> of(outcomes, b)).toList();
    }

    static Tally of(List<SeedOutcome> outcomes, int batch) {
        int runs = 0;
        int ahead = 0;
        int level = 0;
        int behind = 0;
        int diverged = 0;
        long sum = 0;
        int rows = 0;
        for (SeedOutcome o : outcomes) {
            if (o.batchSize() != batch) {
                continue;
            }
            runs++;
            rows = o.testRows();
            if (o.diverged()) {
                diverged++;
                continue;
            }
            int d = o.samplesAhead();
            sum += d;
            if (d > 0) {
                ahead++;
            } else if (d < 0) {
                behind++;
            } else {
                level++;
            }
        }
        int counted = runs - diverged;
        // mean lead = (1/n) sum_seeds (right_bn - right_plain)
        return new Tally(batch, runs, ahead, level, behind, diverged, counted == 0 ? Double.NaN : (double) sum / counted,
                rows);
    }

    /** The mean lead in percentage points of test accuracy (100 * mean / test samples), NaN when none. */
    double meanPoints() {
        return testRows == 0 ? Double.NaN : 100 * mean / testRows;
    }
}
