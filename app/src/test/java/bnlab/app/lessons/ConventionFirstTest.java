package bnlab.app.lessons;

import bnlab.engine.api.Command;
import bnlab.engine.api.Convention;
import bnlab.engine.api.TrainSettings;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A patch with "convention" and "BN_MOMENTUM" means the momentum in the new convention, whichever order
 * the file (or the map) gives them: switching keeps the new batch's weight, so the switch comes first.
 */
class ConventionFirstTest {
    private static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void kerasPointNineNineStaysPointNineNineInEitherOrder() {
        for (Map<String, Object> p : new Map[] {ordered("convention", "KERAS", "BN_MOMENTUM", 0.99),
                ordered("BN_MOMENTUM", 0.99, "convention", "KERAS")}) {
            TrainSettings t = Patches.settings(TrainSettings.defaults(), p);
            assertEquals(Convention.KERAS, t.convention(), p.toString());
            assertEquals(0.99, t.bnMomentum(), 1e-12, p.toString());
            assertEquals(0.01, t.convention().newBatchWeight(t.bnMomentum()), 1e-12);

            // the commands a "do" sends, applied in the order sent, reach the same settings
            TrainSettings s = TrainSettings.defaults();
            for (Map.Entry<String, Object> e : Patches.conventionFirst(p)) {
                s = ((Command.Change) LessonRunner.command(e.getKey(), e.getValue())).applyTo(s);
            }
            assertEquals(Convention.KERAS, s.convention());
            assertEquals(0.99, s.bnMomentum(), 1e-12);
        }
    }

    @Test
    void aConventionAloneKeepsTheNewBatchWeight() {
        TrainSettings t = Patches.settings(TrainSettings.defaults(), Map.of("convention", "KERAS"));
        assertEquals(0.9, t.bnMomentum(), 1e-12, "PyTorch 0.1 is Keras 0.9");
        assertEquals(Convention.KERAS.defaultEps(), t.eps());
    }
}
