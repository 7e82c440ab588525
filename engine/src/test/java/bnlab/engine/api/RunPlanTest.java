package bnlab.engine.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A plan names its layer and unit; one the network does not have is refused as such, counted as the views count. */
class RunPlanTest {
    @Test
    void aUnitTheLayerDoesNotHaveIsRefusedAsAUnitNotAWidth() {
        ExperimentSpec spec = ExperimentSpec.defaults();
        int last = spec.hidden().size() - 1;
        int units = spec.hidden().get(last);
        assertNull(new RunPlan(10, 5, 5, 100, last, units - 1).problemWith(spec), "its last unit");
        assertEquals(Problem.of(SettingProblem.NO_SUCH_UNIT, units + 1L, units),
                new RunPlan(10, 5, 5, 100, last, units).problemWith(spec), "one past it, as unit " + (units + 1));
        assertEquals(Problem.of(SettingProblem.NO_SUCH_LAYER, last + 1, last + 1),
                new RunPlan(10, 5, 5, 100, last + 1, 0).problemWith(spec));
    }
}
