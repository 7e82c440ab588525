package bnlab.app.saturation;

import bnlab.engine.api.ActivationKind;
import bnlab.engine.api.Histogram;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The curve chart's window, the counts beyond it, and the log axis ticks, on hand-made numbers. */
class FrameTest {
    private static final double SIGMOID_EDGE = 4.3567; // sigma'(x) = 0.05 * 0.25

    @Test
    void responsiveEdgeOfSigmoidAndTanhIsFiniteOfReluNot() {
        assertEquals(SIGMOID_EDGE, Frame.responsiveEdge(ActivationKind.SIGMOID, 0.05), 1e-3);
        assertEquals(2.178, Frame.responsiveEdge(ActivationKind.TANH, 0.05), 1e-3);
        assertEquals(Double.POSITIVE_INFINITY, Frame.responsiveEdge(ActivationKind.RELU, 0.05));
        assertEquals(Double.POSITIVE_INFINITY, Frame.responsiveEdge(ActivationKind.IDENTITY, 0.05));
    }

    @Test
    void aPlainTwinSpreadOverSixtyDoesNotSquashTheSigmoid() {
        // as the engine bins N(0, 6^2): its range reaches the extremes, +-60
        Histogram plain = SaturationFixtures.gaussian(0, 6, -60, 60, 40, 6000);
        Histogram bn = SaturationFixtures.gaussian(0, 1, -5, 5, 40, 6000);
        double w = Frame.halfWidth(ActivationKind.SIGMOID, 0.05, List.of(bn, plain));
        // central 98% of N(0, 6^2) is +-14; the window stops at nice(2.2 * 4.36) = 10
        assertEquals(10, w, 1e-12);
        assertTrue(w >= 1.5 * SIGMOID_EDGE, "the responsive region with a margin");
        // only the BN twin (+-2.3): the responsive region with its margin, nice(1.5 * 4.36) = 8
        assertEquals(8, Frame.halfWidth(ActivationKind.SIGMOID, 0.05, List.of(bn)), 1e-12);
        assertEquals(8, Frame.halfWidth(ActivationKind.SIGMOID, 0.05, Arrays.asList(bn, null)), 1e-12);
        // ReLU has no bounded responsive region: the twins' bulk decides, nice(14) = 15
        assertEquals(15, Frame.halfWidth(ActivationKind.RELU, 0.05, List.of(bn, plain)), 1e-12);
    }

    @Test
    void theWindowsEdgesAreTicks() {
        assertEquals(2, Frame.tickUnit(8, 3, 8), 1e-12);
        assertEquals(2, Frame.tickUnit(10, 3, 8), 1e-12);
        assertEquals(5, Frame.tickUnit(15, 3, 8), 1e-12);
        assertEquals(1, Frame.tickUnit(5, 3, 8), 1e-12);
        assertEquals(0.5, Frame.tickUnit(2.5, 3, 8), 1e-12);
        assertEquals(20, Frame.tickUnit(60, 3, 8), 1e-12);
        // shown small: fewer ticks
        assertEquals(5, Frame.tickUnit(10, 2, 4), 1e-12);
        assertEquals(4, Frame.tickUnit(8, 2, 4), 1e-12);
        assertEquals(2.5, Frame.tickUnit(5, 2, 4), 1e-12);
    }

    @Test
    void quantilesInterpolateWithinBins() {
        Histogram h = new Histogram(0, 10, new long[]{0, 50, 0, 50, 0}, 5, 2, 100);
        assertEquals(2, Frame.quantile(h, 0), 1e-12);
        assertEquals(3, Frame.quantile(h, 0.25), 1e-12);
        assertEquals(4, Frame.quantile(h, 0.5), 1e-12);
        assertEquals(7, Frame.quantile(h, 0.75), 1e-12);
        assertEquals(6.04, Frame.quantile(h, 0.51), 1e-12);
    }

    @Test
    void countsBeyondTheWindowGoToTheEdgeBins() {
        Histogram h = new Histogram(-12, 12, new long[]{10, 20, 30, 30, 20, 10}, 0, 5, 120);
        Framed at8 = Framed.of(h, 8);
        assertEquals(10, at8.below(), 1e-12);
        assertEquals(10, at8.above(), 1e-12);
        assertEquals(20.0 / 120, at8.fractionOutside(), 1e-12);
        assertEquals(30, at8.peak(), 1e-12);
        assertArrayEquals(new double[]{-8, -4, 0, 4}, at8.from(), 1e-12);
        assertArrayEquals(new double[]{20, 30, 30, 20}, at8.count(), 1e-12);
        // an edge through a bin splits it by width: half of [8, 12) lies beyond 10
        Framed at10 = Framed.of(h, 10);
        assertEquals(5, at10.below(), 1e-12);
        assertEquals(5.0 / 120, at10.fractionAbove(), 1e-12);
        assertEquals(-10, at10.from()[0], 1e-12);
        assertEquals(10, at10.count()[0], 1e-12, "a clipped bin keeps its height");
        // w = 2: [-12, -4) and half of [-4, 0) below
        assertEquals(10 + 20 + 15, Framed.of(h, 2).below(), 1e-12);
        // a histogram wholly beyond the window
        Framed far = Framed.of(new Histogram(20, 30, new long[]{5, 5}, 25, 2, 10), 8);
        assertEquals(1.0, far.fractionAbove(), 1e-12);
        assertEquals(0, far.from().length);
        assertEquals(0, far.peak(), 1e-12);
    }

    /**
     * Bins finer than the window holds (the engine's activation input comes in 4 x the bins) are merged to at
     * most {@link Framed#WINDOW_BINS} across it; counts, edge shares and total are kept.
     */
    @Test
    void finerBinsThanTheWindowHoldsAreMerged() {
        // [-10, 10) in 160 bins of 0.125; the window +-5 holds 40 bins of 0.25: pairs merge
        long[] c = new long[160];
        for (int i = 0; i < c.length; i++) {
            c[i] = i % 2 == 0 ? 1 : 3;
        }
        Histogram h = new Histogram(-10, 10, c, 0, 5, 320);
        Framed f = Framed.of(h, 5);
        assertEquals(Framed.WINDOW_BINS, f.from().length);
        assertEquals(0.25, f.to()[0] - f.from()[0], 1e-12);
        assertEquals(-5, f.from()[0], 1e-12);
        for (double k : f.count()) {
            assertEquals(4, k, 1e-12, "1 + 3 in each merged pair");
        }
        assertEquals(80, f.below(), 1e-12, "the 40 bins below -5, 2 each on average");
        assertEquals(80, f.above(), 1e-12);
        assertEquals(320, f.total(), 1e-12);
        // an odd bin count: the last group holds one bin (3 values) and reaches past hi, empty there
        Framed odd = Framed.of(new Histogram(-10, 9.875, java.util.Arrays.copyOf(c, 159), 0, 5, 317), 5);
        assertEquals(317, odd.total(), 1e-12);
        // bins already as wide as the window holds are kept
        assertEquals(6, Framed.of(new Histogram(-12, 12, new long[]{10, 20, 30, 30, 20, 10}, 0, 5, 120), 30)
                .from().length);
    }

}
