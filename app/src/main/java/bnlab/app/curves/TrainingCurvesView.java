package bnlab.app.curves;

import bnlab.app.SnapshotView;
import bnlab.app.style.Palette;
import bnlab.engine.session.Snapshot;
import javafx.scene.Node;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
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
    static final int CAP = 1000;
    /**
     * Redraw at most 10 times a second while playing (curves need no more; each redraw of four charts
     * costs several ms); the last paused snapshot is always drawn.
     */
    static final long MIN_REDRAW_NANOS = 100_000_000L;

    private final CurvesModel model = new CurvesModel(CAP);
    private final JFreeChart loss = CurveCharts.loss();
    private final JFreeChart accuracy = CurveCharts.accuracy();
    private final JFreeChart plainBand = CurveCharts.band("Without BN: input to f (15/50/85th pct)", Palette.PLAIN);
    private final JFreeChart bnBand = CurveCharts.band("With BN: input to f (15/50/85th pct)", Palette.BN);
    private final GridPane root = new GridPane();
    private boolean dirty;
    private long lastRedraw;

    public TrainingCurvesView() {
        root.setId("training-curves");
        root.setHgap(6);
        root.setVgap(6);
        root.add(viewer(loss), 0, 0);
        root.add(viewer(accuracy), 1, 0);
        root.add(viewer(plainBand), 0, 1);
        root.add(viewer(bnBand), 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            root.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            root.getRowConstraints().add(r);
        }
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

    @Override
    public void show(Snapshot s) {
        dirty |= model.accept(s);
        long now = System.nanoTime();
        if (dirty && (!s.playing() || now - lastRedraw >= MIN_REDRAW_NANOS)) {
            redraw();
            lastRedraw = now;
            dirty = false;
        }
    }

    private void redraw() {
        double[] x = model.loss.column(0);
        plot(loss).setDataset(CurveCharts.twins(x, model.loss.column(LOSS_BN), model.loss.column(LOSS_PLAIN)));
        double[] ax = model.accuracy.column(0);
        plot(accuracy).setDataset(CurveCharts.twins(ax, model.accuracy.column(ACC_BN),
                model.accuracy.column(ACC_PLAIN)));
        double[] px = model.percentiles.column(0);
        plot(plainBand).setDataset(CurveCharts.band(CurveCharts.PLAIN, px, model.percentiles.column(PLAIN_P15),
                model.percentiles.column(PLAIN_P50), model.percentiles.column(PLAIN_P85)));
        plot(bnBand).setDataset(CurveCharts.band(CurveCharts.BN, px, model.percentiles.column(BN_P15),
                model.percentiles.column(BN_P50), model.percentiles.column(BN_P85)));
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
