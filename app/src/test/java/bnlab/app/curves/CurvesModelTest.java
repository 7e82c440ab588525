package bnlab.app.curves;

import bnlab.app.Snapshots;
import bnlab.engine.api.Snapshot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class CurvesModelTest {

    @Test
    void addsARowOnlyWhenTheStepAdvances() {
        CurvesModel m = new CurvesModel(1000);
        assertTrue(m.accept(Snapshots.at(1, 1)));
        assertFalse(m.accept(Snapshots.at(2, 1)), "same step, new version: nothing new");
        assertTrue(m.accept(Snapshots.at(3, 2)));
        assertEquals(2, m.loss.size());
        assertEquals(2, m.percentiles.size());
    }

    @Test
    void stepZeroHasNothingToPlot() {
        CurvesModel m = new CurvesModel(1000);
        assertFalse(m.accept(Snapshots.at(1, 0)));
        assertEquals(0, m.loss.size());
    }

    @Test
    void takesTheLastHiddenLayersPercentilesForBothTwins() {
        CurvesModel m = new CurvesModel(1000);
        Snapshot s = Snapshots.at(1, 10);
        m.accept(s);
        var bn = s.normalized().layers().get(2);
        var plain = s.plain().layers().get(2);
        assertEquals(bn.p15(), m.percentiles.column(CurvesModel.BN_P15)[0]);
        assertEquals(bn.p50(), m.percentiles.column(CurvesModel.BN_P50)[0]);
        assertEquals(plain.p85(), m.percentiles.column(CurvesModel.PLAIN_P85)[0]);
        assertEquals(s.plain().loss(), m.loss.column(CurvesModel.LOSS_PLAIN)[0]);
    }

    @Test
    void accuracyIsAddedPerEvaluationAndAStepBackStartsOver() {
        CurvesModel m = new CurvesModel(1000);
        for (int step = 1; step <= 100; step++) {
            m.accept(Snapshots.at(step, step));
        }
        assertEquals(6, m.accuracy.size(), "evaluations at 0, 20, ..., 100");
        assertEquals(100, m.loss.size());
        m.accept(Snapshots.at(101, 3));
        assertEquals(1, m.loss.size(), "rebuilt: only the new run's point");
    }

    @Test
    void aNonFiniteLossBecomesAGap() {
        CurvesModel m = new CurvesModel(1000);
        Snapshot s = Snapshots.at(1, 5);
        m.accept(Snapshots.with(s, s.normalized(), Snapshots.twin(false, 3, Double.NaN, 0, 0, 0, true), true));
        assertTrue(Double.isNaN(m.loss.column(CurvesModel.LOSS_PLAIN)[0]));
        assertFalse(Double.isNaN(m.loss.column(CurvesModel.LOSS_BN)[0]));
    }
}
