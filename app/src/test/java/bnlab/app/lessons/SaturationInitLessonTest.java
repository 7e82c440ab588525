package bnlab.app.lessons;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TwinState;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 2 (saturation-init) says, step by step, on its own set-up and buttons: with N(0, 1) weights most
 * sigmoid inputs of the plain twin are saturated and none of BN's, and the plain twin learns more slowly;
 * with N(0, 0.01^2) the gradient reaching layer 1 vanishes ((sigma_w sqrt(n) / 4)^2 ~ 6e-4) and the plain
 * twin stays at chance while BN's learns; with N(0, 10^2) it grows on its way down (explodes) though almost every
 * input is saturated, and BN's ratio is the same as from any other start; with Xavier the ratio is about (1/4)^2; with 8 Xavier layers
 * about (1/4)^7. BN keeps the ratio above 0.1 in every case.
 */
class SaturationInitLessonTest {
    /** ||dL/dz_1|| / ||dL/dz_L||: the gradient reaching layer 1 relative to the top hidden layer's. */
    static double ratio(TwinState t) {
        List<LayerProbe> l = t.layers();
        return l.get(0).signalNorm() / l.get(l.size() - 1).signalNorm();
    }

    static double meanSaturation(TwinState t) {
        return t.layers().stream().mapToDouble(LayerProbe::saturatedFraction).average().orElseThrow();
    }

    static String describe(String what, Snapshot s) {
        return String.format("%s at step %d: plain saturated %.3f ratio %.3g acc %.3f | BN saturated %.3f ratio %.3g acc %.3f",
                what, s.step(), meanSaturation(s.plain()), ratio(s.plain()), s.plain().testAcc(),
                meanSaturation(s.normalized()), ratio(s.normalized()), s.normalized().testAcc());
    }

    @Test
    void unitGaussianSaturatesMostPlainUnitsAndNoneWithBnAndThePlainTwinLearnsSlower() throws Exception {
        try (LessonEngine e = new LessonEngine("saturation-init", -1, 0)) {
            assertEquals(1.0, e.spec.sigma());
            Snapshot s = e.steps(100); // the step's first button
            System.out.println(describe("N(0, 1)", s));
            for (LayerProbe p : s.plain().layers()) {
                assertTrue(p.saturatedFraction() > 0.5, "plain layer " + p.layer() + ": " + p.saturatedFraction());
            }
            for (LayerProbe p : s.normalized().layers()) {
                assertTrue(p.saturatedFraction() < 0.01, "BN layer " + p.layer() + ": " + p.saturatedFraction());
            }
            assertTrue(ratio(s.plain()) > 0.3, "large weights carry the gradient down: " + ratio(s.plain()));
            s = e.steps(200); // and the second
            System.out.println(describe("N(0, 1)", s));
            assertTrue(s.normalized().testAcc() > s.plain().testAcc() + 0.03, describe("N(0, 1)", s));
        }
    }

    @Test
    void smallWeightsMakeTheGradientVanishAndThePlainTwinStaysAtChance() throws Exception {
        try (LessonEngine e = new LessonEngine("saturation-init", 1, 0)) {
            assertEquals(0.01, e.spec.sigma());
            Snapshot s = e.steps(1);
            System.out.println(describe("N(0, 0.01^2)", s));
            // two layers of sigma' * sigma_w sqrt(n) <= 0.25 * 0.01 * 10: (0.025)^2 = 6.25e-4
            assertTrue(ratio(s.plain()) < 1.5e-3 && ratio(s.plain()) > 2e-4, "plain ratio " + ratio(s.plain()));
            assertTrue(ratio(s.normalized()) > 0.1, "BN ratio " + ratio(s.normalized()));
            assertEquals(0, meanSaturation(s.plain()), 0.01);
            s = e.steps(299);
            System.out.println(describe("N(0, 0.01^2)", s));
            assertTrue(s.plain().testAcc() < 0.2, describe("plain stays at chance", s));
            assertTrue(s.normalized().testAcc() > 0.8, describe("BN learns", s));
        }
    }

    @Test
    void largeWeightsMakeTheGradientGrowOnItsWayDownDespiteSaturation() throws Exception {
        try (LessonEngine e = new LessonEngine("saturation-init", 2, 0)) {
            assertEquals(10.0, e.spec.sigma());
            Snapshot s = e.steps(1);
            System.out.println(describe("N(0, 10^2)", s));
            assertTrue(meanSaturation(s.plain()) > 0.9, describe("almost all saturated", s));
            // the few unsaturated units pass back sigma' <= 1/4 times sums of 100 weights of size 10: ~3x a layer
            List<LayerProbe> l = s.plain().layers();
            for (int i = 0; i + 1 < l.size(); i++) {
                double grow = l.get(i).signalNorm() / l.get(i + 1).signalNorm();
                assertTrue(grow > 2 && grow < 25, "layer " + i + " gets " + grow + " x the one above (bound 25)");
            }
            assertTrue(ratio(s.plain()) > 7.5 && ratio(s.plain()) < 10, "layer 1 gets 8 to 9 x the top layer's: " + ratio(s.plain()));
            // BN(aWx) = BN(Wx): the same ratio as from N(0, 1) or N(0, 0.01^2) (0.30 and 0.31)
            assertEquals(0.3, ratio(s.normalized()), 0.05, describe("BN's ratio", s));
            // the watch: both start above 100, about 115 with BN and 126 without
            assertEquals(126, s.plain().loss(), 5, "the plain twin's first loss");
            assertEquals(115, s.normalized().loss(), 5, "BN's first loss");
            s = e.steps(99);
            System.out.println(describe("N(0, 10^2)", s));
            assertTrue(s.normalized().testAcc() > 0.8, describe("BN learns", s));
            s = e.steps(200);
            System.out.println(describe("N(0, 10^2)", s));
            assertTrue(s.plain().testAcc() < 0.3 && s.plain().loss() > 10, describe("plain crawls", s));
            assertTrue(ratio(s.plain()) > 1, describe("still growing toward layer 1", s));
        }
    }

    @Test
    void xavierShrinksTheGradientByAboutAQuarterPerLayerAndEightLayersMore() throws Exception {
        try (LessonEngine e = new LessonEngine("saturation-init", 3, 0)) {
            Snapshot s = e.steps(1);
            System.out.println(describe("Xavier 3 x 100", s));
            assertTrue(ratio(s.plain()) > 0.02 && ratio(s.plain()) < 0.12, "(1/4)^2 = 0.0625: " + ratio(s.plain()));
            assertTrue(ratio(s.normalized()) > 0.1, "BN ratio " + ratio(s.normalized()));
            s = e.steps(299);
            System.out.println(describe("Xavier 3 x 100", s));
            assertTrue(s.normalized().testAcc() > s.plain().testAcc() + 0.3, describe("plain is slow", s));
        }
        try (LessonEngine e = new LessonEngine("saturation-init", 4, 0)) {
            assertEquals(8, e.spec.hidden().size());
            Snapshot s = e.steps(1);
            System.out.println(describe("Xavier 8 x 100", s));
            assertTrue(ratio(s.plain()) < 3e-4, "(1/4)^7 = 6e-5: " + ratio(s.plain()));
            assertTrue(ratio(s.normalized()) > 0.1, "BN ratio " + ratio(s.normalized()));
        }
    }
}
