package bnlab.app.curves;

import bnlab.app.SnapshotView;
import bnlab.app.style.Palette;
import bnlab.engine.api.Snapshot;
import javafx.scene.Node;
import javafx.scene.layout.GridPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;

import static bnlab.app.curves.CurvesModel.*;

/**
 * Loss (log scale) and test accuracy against step for both twins, and the 15th/50th/85th percentile
 * band of the last hidden layer's activation input for each twin (Ioffe and Szegedy 2015, Figure 1).
 * Datasets are rebuilt from the decimated model and swapped in: one redraw per chart per update,
 * at most every {@link #MIN_REDRAW_NANOS} while training runs.
 */
public final class TrainingCurvesView implements SnapshotView {
    /** Points kept per curve. */
    static final int CAP = 600;
    /**
     * Redraw at most 5 times a second while playing: curves need no more, and under Xvfb's software
     * renderer 10 Hz put 10 % of frames over 33 ms at 60 steps/s, 5 Hz 4.6 %. Paused: at once.
     */
    static final long MIN_REDRAW_NANOS = 200_000_000L;

    private final CurvesModel model = new CurvesModel(CAP);
    private final JFreeChart loss = CurveCharts.loss();
    private final JFreeChart accuracy = CurveCharts.accuracy();
    private final JFreeChart plainBand = CurveCharts.band("Without BN: last layer's input to f", Palette.PLAIN);
    private final JFreeChart bnBand = CurveCharts.band("With BN: last layer's input to f", Palette.BN);
    private final GridPane root = new GridPane();
    private boolean dirty;
    /** Bit i: chart i still has to be redrawn with the latest data. */
    private int pending;
    private long lastRedraw;

    public TrainingCurvesView() {
        root.setId("training-curves");
        root.setHgap(6);
        root.setVgap(6);
        root.add(viewer(loss), 0, 0);
        root.add(viewer(accuracy), 1, 0);
        root.add(viewer(plainBand), 0, 1);
        root.add(viewer(bnBand), 1, 1);
        bnlab.app.style.Grids.equalCells(root, 2, 2);
    }

    private static ChartViewer viewer(JFreeChart chart) {
        ChartViewer v = new ChartViewer(chart);
        v.setMinSize(100, 100);
        v.setPrefSize(400, 300);
        return v;
    }

    @Override
    public Node node() {
        return root;
    }

    /**
     * While training runs, the four charts are redrawn on four consecutive frames rather than in one
     * (each redraw rasterizes a chart; four at once made one long frame). Paused: all at once.
     */
    @Override
    public void show(Snapshot s) {
        dirty |= model.accept(s);
        long now = System.nanoTime();
        if (dirty && pending == 0 && (!s.playing() || now - lastRedraw >= MIN_REDRAW_NANOS)) {
            pending = 0b1111;
            lastRedraw = now;
            dirty = false;
        }
        if (!s.playing()) {
            while (pending != 0) {
                redrawNext();
            }
        } else if (pending != 0) {
            redrawNext();
        }
    }

    private void redrawNext() {
        int chart = Integer.numberOfTrailingZeros(pending);
        pending &= ~(1 << chart);
        switch (chart) {
            case 0 -> {
                double[] bn = model.loss.column(LOSS_BN);
                double[] plain = model.loss.column(LOSS_PLAIN);
                swap(loss, CurveCharts.twins(model.loss.column(0), bn, plain), AxisRange.of(true, bn, plain));
            }
            case 1 -> swap(accuracy, CurveCharts.twins(model.accuracy.column(0), model.accuracy.column(ACC_BN),
                    model.accuracy.column(ACC_PLAIN)), null);
            case 2 -> band(plainBand, CurveCharts.PLAIN, PLAIN_P15, PLAIN_P50, PLAIN_P85);
            default -> band(bnBand, CurveCharts.BN, BN_P15, BN_P50, BN_P85);
        }
    }

    private void band(JFreeChart chart, String key, int p15, int p50, int p85) {
        double[] lo = model.percentiles.column(p15);
        double[] mid = model.percentiles.column(p50);
        double[] hi = model.percentiles.column(p85);
        swap(chart, CurveCharts.band(key, model.percentiles.column(0), lo, mid, hi), AxisRange.of(false, lo, mid, hi));
    }

    /** Set the y range first (no auto-range on extreme values), then swap the dataset: one redraw. */
    private static void swap(JFreeChart chart, org.jfree.data.xy.XYDataset data, org.jfree.data.Range y) {
        XYPlot plot = plot(chart);
        if (y != null) {
            plot.getRangeAxis().setRange(y, true, false);
        }
        plot.setDataset(data);
    }

    private static XYPlot plot(JFreeChart chart) {
        return chart.getXYPlot();
    }

    /** Package-private for tests: the four charts, loss, accuracy, plain band, BN band. */
    JFreeChart[] charts() {
        return new JFreeChart[] {loss, accuracy, plainBand, bnBand};
    }

    CurvesModel model() {
        return model;
    }
}
