package bnlab.app.seeds;

import bnlab.engine.api.SeedOutcome;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch size's dots counted by hand: ahead, level, behind, diverged apart, the mean lead and its points. */
class TallyTest {
    private static SeedOutcome o(long seed, int batch, double bn, double plain) {
        return new SeedOutcome(seed, batch, 100, bn, plain, 10);
    }

    @Test
    void aheadLevelBehindAndTheMeanOfTheCountedSeeds() {
        List<SeedOutcome> all = List.of(o(1, 16, 0.9, 0.8), o(2, 16, 0.8, 0.8), o(3, 16, 0.7, 0.9),
                o(4, 16, Double.NaN, 0.5), o(1, 4, 0.1, 0.9));
        Tally t = Tally.of(all, 16);
        assertEquals(4, t.runs());
        assertEquals(1, t.ahead());
        assertEquals(1, t.level());
        assertEquals(1, t.behind());
        assertEquals(1, t.diverged());
        // (+1 + 0 - 2) / 3 counted seeds
        assertEquals(-1.0 / 3, t.mean(), 1e-12);
        assertEquals(100 * (-1.0 / 3) / 10, t.meanPoints(), 1e-12);
        assertEquals(10, t.testRows());
        List<Tally> both = Tally.of(all, List.of(4, 16));
        assertEquals(4, both.get(0).batchSize());
        assertEquals(-8, both.get(0).mean(), 1e-12);
        assertEquals(16, both.get(1).batchSize());
    }

    @Test
    void noCountedSeedHasNoMean() {
        Tally none = Tally.of(List.of(o(1, 8, 0.5, Double.NaN)), 8);
        assertEquals(1, none.diverged());
        assertTrue(Double.isNaN(none.mean()));
        assertTrue(Double.isNaN(Tally.of(List.of(), 8).meanPoints()));
    }

    @Test
    void seedsSpreadEvenlyOverHalfAColumn() {
        assertEquals(-0.25, SeedsChart.offset(1, 20), 1e-12);
        assertEquals(0.25, SeedsChart.offset(20, 20), 1e-12);
        assertEquals(0, SeedsChart.offset(1, 1), 1e-12);
        assertEquals(List.of(4, 16, 120), SeedsView.sizes("4, 16,,120 "));
        assertEquals(List.of(), SeedsView.sizes(" "), "none: the set-up's own");
        assertEquals(null, SeedsView.sizes("4, x"));
        assertEquals(null, SeedsView.sizes("0, 16"));
    }
}
