package bnlab.app.lessons;

import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Placement;
import bnlab.engine.api.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lesson 9 (placement), step 3, on its own set-up: with BN after the sigmoid, layer 1's sigmoid inputs are the same
 * W x + b in both twins (the same saturated fraction), and from layer 2 on the twin with BN has more of its sigmoid
 * inputs in the flat ends than the twin without BN: normalized outputs (spread 1, not the sigmoid's 0 to 1) times
 * N(0, 1) weights over 100 inputs give sums of spread ~10. The step's answer and its view's layer say so.
 */
class PlacementSaturationLessonTest {
    @Test
    void afterTheActivationBnSaturatesMoreThanNoBnFromLayerTwoOn() throws Exception {
        try (LessonEngine e = new LessonEngine("placement", 2, 0)) {
            assertEquals(Placement.AFTER_ACTIVATION, e.spec.placement());
            for (int steps : new int[] {1, 49}) {
                Snapshot s = e.steps(steps);
                List<LayerProbe> bn = s.normalized().layers();
                List<LayerProbe> plain = s.plain().layers();
                System.out.printf("step %d: saturated BN %s, plain %s%n", s.step(),
                        bn.stream().map(p -> String.format("%.2f", p.saturatedFraction())).toList(),
                        plain.stream().map(p -> String.format("%.2f", p.saturatedFraction())).toList());
                assertEquals(plain.get(0).saturatedFraction(), bn.get(0).saturatedFraction(), 0.05, "layer 1: the same W x + b");
                for (int l = 1; l < bn.size(); l++) {
                    assertTrue(bn.get(l).saturatedFraction() > plain.get(l).saturatedFraction() + 0.05,
                            "layer " + (l + 1) + " at step " + s.step() + ": BN " + bn.get(l).saturatedFraction()
                                    + " against " + plain.get(l).saturatedFraction());
                }
            }
        }
    }
}
