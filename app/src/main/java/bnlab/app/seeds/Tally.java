package bnlab.app.seeds;

import bnlab.engine.api.SeedOutcome;

import java.util.List;

/**
 * What the dots of one batch size say: of the seeds run, in how many the twin with BN got more test samples
 * right than the plain twin, as many, or fewer, and by how many on average. A twin that diverged lost its seed:
 * where only the plain twin diverged BN is ahead, where only BN's diverged BN is behind (at a large learning rate
 * that is BN's clearest win, and leaving those seeds out hid it); where both diverged the seed is left out. The
 * mean lead is over the seeds where both trained. Immutable.
 *
 * @param ahead         seeds where BN got more right, or only the plain twin diverged
 * @param behind        seeds where BN got fewer right, or only BN's twin diverged
 * @param plainDiverged seeds where only the plain twin diverged (counted in ahead)
 * @param bnDiverged    seeds where only the twin with BN diverged (counted in behind)
 * @param bothDiverged  seeds where both diverged (left out)
 * @param mean          the mean over the seeds where both trained of (right with BN - right without), NaN when none
 */
record Tally(int batchSize, int runs, int ahead, int level, int behind, int plainDiverged, int bnDiverged,
             int bothDiverged, double mean, int testRows) {

    /** The tally of each batch size, in the order given (outcomes of other sizes are left out). */
    static List<Tally> of(List<SeedOutcome> outcomes, List<Integer> batches) {
        return batches.stream().map(b -> of(outcomes, b)).toList();
    }

    static Tally of(List<SeedOutcome> outcomes, int batch) {
        int runs = 0;
        int ahead = 0;
        int level = 0;
        int behind = 0;
        int plain = 0;
        int bn = 0;
        int both = 0;
        long sum = 0;
        int rows = 0;
        for (SeedOutcome o : outcomes) {
            if (o.batchSize() != batch) {
                continue;
            }
            runs++;
            rows = o.testRows();
            switch (Kind.of(o)) {
                case PLAIN_DIVERGED -> {
                    plain++;
                    ahead++;
                }
                case BN_DIVERGED -> {
                    bn++;
                    behind++;
                }
                case BOTH_DIVERGED -> both++;
                default -> {
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
            }
        }
        int trained = runs - plain - bn - both;
        // mean lead = (1/n) sum over the n seeds where both trained of (right_bn - right_plain)
        return new Tally(batch, runs, ahead, level, behind, plain, bn, both,
                trained == 0 ? Double.NaN : (double) sum / trained, rows);
    }

    /** The seeds where both twins trained (the mean is theirs). */
    int trained() {
        return runs - plainDiverged - bnDiverged - bothDiverged;
    }

    /** The mean lead in percentage points of test accuracy (100 * mean / test samples), NaN when none. */
    double meanPoints() {
        return testRows == 0 ? Double.NaN : 100 * mean / testRows;
    }

    /** How one seed's twins ended. */
    enum Kind {
        TRAINED, PLAIN_DIVERGED, BN_DIVERGED, BOTH_DIVERGED;

        static Kind of(SeedOutcome o) {
            boolean bn = Double.isNaN(o.normalizedTest());
            boolean plain = Double.isNaN(o.plainTest());
            return bn && plain ? BOTH_DIVERGED : bn ? BN_DIVERGED : plain ? PLAIN_DIVERGED : TRAINED;
        }
    }
}
