package bnlab.engine.probe;

import bnlab.engine.api.DecimatingBuffer;
import bnlab.engine.api.LayerProbe;
import bnlab.engine.api.Percentiles;
import bnlab.engine.api.Series;
import bnlab.engine.api.TwinHistory;
import bnlab.engine.api.UnitHistory;
import bnlab.engine.api.UnitStats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One twin's series since the last rebuild, in decimating buffers of at most {@link #CAP} rows each
 * (bounded memory however long it trains). The loss is recorded every step, probes at every probed
 * step, accuracies and the probe unit's percentiles at every evaluation. Engine thread only; {@link #view()} is immutable.
 */
public final class History {
    /** Rows kept per series. */
    public static final int CAP = 1000;
    /** Probed units whose series are kept (the oldest is dropped beyond this). */
    static final int MAX_UNITS = 48;

    private final DecimatingBuffer loss = new DecimatingBuffer(CAP, 1);
    private final DecimatingBuffer accuracy = new DecimatingBuffer(CAP, 3);
    private final DecimatingBuffer percentiles = new DecimatingBuffer(CAP, 3);
    private final DecimatingBuffer path = new DecimatingBuffer(CAP, TwinHistory.PATH_COLUMNS);
    private DecimatingBuffer layers;
    private int layerColumns;
    private final Map<Long, DecimatingBuffer> units = new LinkedHashMap<>();

    public void clear() {
        loss.clear();
        accuracy.clear();
        percentiles.clear();
        path.clear();
        layers = null;
        units.clear();
    }

    /** The loss of a step's batch (NaN while the twin is diverged: a gap). */
    public void loss(long step, double value) {
        loss.add(step, value);
    }

    /**
     * What an evaluation measured: the accuracies, and the percentiles of the probe unit's activation input in the
     * last hidden layer over the evaluated training rows, and the loss and gradient along the gradient (the columns
     * of {@link TwinHistory#path}; NaN where not measured).
     */
    public void evaluation(long step, double test, double trainTrainMode, double trainEvalMode, Percentiles unitInput,
                           double[] path) {
        accuracy.add(step, test, trainTrainMode, trainEvalMode);
        percentiles.add(step, unitInput.p15(), unitInput.p50(), unitInput.p85());
        this.path.add(step, path);
    }

    /** The probes of a step: each layer's saturation and gradient norms, the units. */
    public void probes(long step, List<LayerProbe> probes) {
        if (probes.isEmpty()) {
            return;
        }
        int cols = TwinHistory.PER_LAYER * probes.size();
        if (layers == null || layerColumns != cols) {
            layers = new DecimatingBuffer(CAP, cols);
            layerColumns = cols;
        }
        double[] row = new double[cols];
        for (LayerProbe lp : probes) {
            row[TwinHistory.layerColumn(lp.layer(), TwinHistory.SATURATION)] = lp.saturatedFraction();
            row[TwinHistory.layerColumn(lp.layer(), TwinHistory.SIGNAL_NORM)] = lp.signalNorm();
            row[TwinHistory.layerColumn(lp.layer(), TwinHistory.WEIGHT_GRAD_NORM)] = lp.weightGradNorm();
            for (UnitStats u : lp.units()) {
                unit(lp.layer(), u.unit()).add(step, u.runningMean(), u.populationMean(), u.batchMean(),
                        u.runningVar(), u.populationVar(), u.batchVar());
            }
        }
        layers.add(step, row);
    }

    private DecimatingBuffer unit(int layer, int unit) {
        long key = ((long) layer << 32) | unit;
        DecimatingBuffer b = units.get(key);
        if (b == null) {
            if (units.size() >= MAX_UNITS) {
                units.remove(units.keySet().iterator().next());
            }
            b = new DecimatingBuffer(CAP, UnitHistory.COLUMNS);
            units.put(key, b);
        }
        return b;
    }

    /** Every series as it is now (immutable views sharing the rows written so far). */
    public TwinHistory view() {
        List<UnitHistory> u = new ArrayList<>();
        for (Map.Entry<Long, DecimatingBuffer> e : units.entrySet()) {
            u.add(new UnitHistory((int) (e.getKey() >> 32), (int) (long) e.getKey(), e.getValue().view()));
        }
        return new TwinHistory(loss.view(), accuracy.view(), percentiles.view(), path.view(),
                layers == null ? Series.EMPTY : layers.view(), u);
    }
}
