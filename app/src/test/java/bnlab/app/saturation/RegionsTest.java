package bnlab.app.saturation;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.ActivationKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegionsTest {

    @Test
    void sigmoidSaturatesBeyondTheLogitOfItsThreshold() {
        // sigma(x)(1 - sigma(x)) = 0.25 t  <=>  x = +-ln((1 + sqrt(1 - t)) / (1 - sqrt(1 - t)))
        double t = 0.05;
        double edge = Math.log((1 + Math.sqrt(1 - t)) / (1 - Math.sqrt(1 - t)));
        List<double[]> r = Regions.saturated(ActivationKind.SIGMOID, t, -10, 10);
        assertEquals(2, r.size());
        assertEquals(-10, r.get(0)[0]);
        assertEquals(-edge, r.get(0)[1], 1e-9);
        assertEquals(edge, r.get(1)[0], 1e-9);
        assertEquals(10, r.get(1)[1]);
        assertEquals(I18n.get("saturation.region.or", I18n.get("saturation.region.below", "-4.36"),
                I18n.get("saturation.region.above", "4.36")), Regions.describe(r, -10, 10));
    }

    @Test
    void reluSaturatesOnTheNegativeSideAndIdentityNowhere() {
        List<double[]> r = Regions.saturated(ActivationKind.RELU, 0.05, -7, 5);
        assertEquals(1, r.size());
        assertEquals(0.0, r.get(0)[1], 1e-9);
        assertTrue(Regions.saturated(ActivationKind.IDENTITY, 0.05, -7, 5).isEmpty());
        assertEquals(I18n.get("saturation.region.nowhere"), Regions.describe(List.of(), -7, 5));
        assertEquals(I18n.get("saturation.region.below", "0"), Regions.describe(r, -7, 5));
    }

    @Test
    void aWindowInsideTheTailIsSaturatedEverywhere() {
        List<double[]> r = Regions.saturated(ActivationKind.TANH, 0.05, 5, 9);
        assertEquals(I18n.get("saturation.region.everywhere"), Regions.describe(r, 5, 9));
        assertEquals(I18n.get("saturation.region.between", "-1.5", "2.25"),
                Regions.describe(List.<double[]>of(new double[]{-1.5, 2.25}), -7, 5));
    }
}
