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
    void aheadLevelBehindAndTheMeanOfTheSeedsWhereBothTrained() {
        List<SeedOutcome> all = List.of(o(1, 16, 0.9, 0.8), o(2, 16, 0.8, 0.8), o(3, 16, 0.7, 0.9),
                o(4, 16, Double.NaN, 0.5), o(1, 4, 0.1, 0.9));
        Tally t = Tally.of(all, 16);
        assertEquals(4, t.runs());
        assertEquals(1, t.ahead());
        assertEquals(1, t.level());
        assertEquals(2, t.behind(), "seed 3 by 2 samples, and seed 4 where BN's twin diverged");
        assertEquals(1, t.bnDiverged());
        assertEquals(0, t.plainDiverged());
        assertEquals(3, t.trained());
        // (+1 + 0 - 2) / 3 seeds where both trained
        assertEquals(-1.0 / 3, t.mean(), 1e-12);
        assertEquals(100 * (-1.0 / 3) / 10, t.meanPoints(), 1e-12);
        assertEquals(10, t.testRows());
        List<Tally> both = Tally.of(all, List.of(4, 16));
        assertEquals(4, both.get(0).batchSize());
        assertEquals(-8, both.get(0).mean(), 1e-12);
        assertEquals(16, both.get(1).batchSize());
    }

    /**
     * At a large learning rate the plain twin diverges in seed after seed while BN's trains: each is a seed BN is
     * ahead in (they were left out, and a repeat of lesson 7's rate 3 showed no dot at all); both diverged: left out.
     */
    @Test
    void aTwinThatDivergedLostItsSeed() {
        List<SeedOutcome> all = List.of(o(1, 60, 0.97, Double.NaN), o(2, 60, 0.98, Double.NaN), o(3, 60, 0.9, 0.8),
                o(4, 60, Double.NaN, Double.NaN));
        Tally t = Tally.of(all, 60);
        assertEquals(4, t.runs());
        assertEquals(3, t.ahead());
        assertEquals(0, t.behind());
        assertEquals(2, t.plainDiverged());
        assertEquals(1, t.bothDiverged());
        assertEquals(1, t.trained());
        assertEquals(1.0, t.mean(), 1e-12, "the mean is the one seed's where both trained");
        bnlab.app.i18n.I18n.setLocale(java.util.Locale.ENGLISH);
        assertEquals(bnlab.app.i18n.I18n.get("seeds.tally.with", bnlab.app.i18n.I18n.get("seeds.tally.with",
                bnlab.app.i18n.I18n.get("seeds.tally.some", 60, 3, 4, 0, 0, "+1", "+10", 1),
                bnlab.app.i18n.I18n.get("seeds.diverged.plain", 2)), bnlab.app.i18n.I18n.get("seeds.diverged.both", 1)),
                SeedsPane.line(t));
        Tally none = Tally.of(List.of(o(1, 8, 0.5, Double.NaN)), 8);
        assertEquals(1, none.plainDiverged());
        assertEquals(1, none.ahead());
        assertTrue(Double.isNaN(none.mean()));
        assertEquals(bnlab.app.i18n.I18n.get("seeds.tally.with", bnlab.app.i18n.I18n.get("seeds.tally.none", 8, 1, 1, 0, 0),
                bnlab.app.i18n.I18n.get("seeds.diverged.plain", 1)), SeedsPane.line(none));
        assertTrue(Double.isNaN(Tally.of(List.of(), 8).meanPoints()));
        assertEquals(Tally.Kind.BN_DIVERGED, Tally.Kind.of(o(1, 8, Double.NaN, 0.5)));
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
