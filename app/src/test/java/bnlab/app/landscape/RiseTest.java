package bnlab.app.landscape;

import bnlab.app.i18n.I18n;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The loss map's rise above its centre, by hand, and the read-out under each map that says it. */
class RiseTest {
    @Test
    void meanAndLargestRiseByHand() {
        // centre 1; rises 0, 1, 2, 3, -0.5, 4.5 over the six cells: mean 10 / 6, largest 4.5
        double[][] grid = {{1, 2, 3}, {4, 0.5, 5.5}};
        Rise r = Rise.of(grid, 1);
        assertEquals(10.0 / 6, r.mean(), 1e-12);
        assertEquals(4.5, r.max(), 1e-12);
    }

    @Test
    void aDivergedCellIsLeftOutAndNoneFiniteIsNaN() {
        Rise r = Rise.of(new double[][] {{2, Double.NaN}, {Double.POSITIVE_INFINITY, 4}}, 1);
        assertEquals(2, r.mean(), 1e-12);
        assertEquals(3, r.max(), 1e-12);
        assertTrue(Double.isNaN(Rise.of(new double[][] {{Double.NaN}}, 1).mean()));
    }

    @Test
    void theReadOutSaysTheCentreAndTheRise() {
        double[][] grid = {{1, 2, 3}, {4, 0.5, 5.5}};
        assertEquals(I18n.get("surface.centre.rise", "1", "1.667", "4.5"), NetworkLandscapeView.readout(grid, 1));
        assertEquals(I18n.get("surface.diverged"), NetworkLandscapeView.readout(grid, Double.NaN));
    }

    /** A map that climbs to billions says so in words (lesson 11's map without BN said "9.95e+9"). */
    @Test
    void aHugeRiseIsSaidInWords() {
        // centre 0.5; rises 1.5e9 and 4.5e9: mean 3e9, largest 4.5e9
        double[][] grid = {{1.5e9 + 0.5, 4.5e9 + 0.5}};
        assertEquals(I18n.get("surface.centre.rise", "0.5", "3 billion", "4.5 billion"),
                NetworkLandscapeView.readout(grid, 0.5));
    }
}
