package bnlab.app.curves;

import bnlab.app.i18n.I18n;
import bnlab.app.style.ChartStyle;
import bnlab.app.style.Grids;
import bnlab.app.style.LineLegend;
import bnlab.app.style.Palette;
import bnlab.app.style.Scrolling;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.NormKind;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * The training curves' layout: the note about the bands and the Figure 1 button, one legend of the
 * twins above the loss and accuracy charts (inside one of them it took that chart's height, so the two
 * plots of the row differed), and the charts in equal cells, each at least {@link ChartStyle#minHeight}
 * high: where the view's cell is lower, the view scrolls.
 */
final class CurvesPane {
    private final GridPane grid = new GridPane();
    private final LineLegend legend = new LineLegend("curves-legend")
            .add(Palette.BN, ChartStyle.LINE, I18n.get("twin.normalized", I18n.label(NormKind.BATCH)))
            .add(Palette.PLAIN, ChartStyle.PLAIN_LINE, I18n.get("twin.plain"));
    private final Label note = new Label(I18n.get("curves.tooEasy"));
    private final Button figure1 = new Button(I18n.get("curves.figure1"));
    /** Keeps the button on the right while the note is away. */
    private final Region spacer = new Region();
    private final HBox bar = new HBox(10, note, spacer, figure1);
    /** What the bands are (their titles name only the twin and the quantity). */
    private final Tooltip bandTip = bnlab.app.style.Tips.make(I18n.get("curves.band.tip"));
    private final Tooltip linesTip = bnlab.app.style.Tips.make(I18n.get("chart.columns.tip") + "\n"
            + I18n.get("curves.loss.geometric"));
    private final ChartViewer[] viewers;
    private final BorderPane root;

    /** @param setUpFigure1 applies Ioffe and Szegedy's Figure 1 set-up, or null (no button) */
    CurvesPane(JFreeChart[] charts, Runnable setUpFigure1) {
        grid.setHgap(6);
        grid.setVgap(6);
        viewers = new ChartViewer[charts.length];
        for (int i = 0; i < charts.length; i++) {
            ChartViewer v = new ChartViewer(charts[i]);
            viewers[i] = v;
            v.setMinSize(100, 0); // the grid keeps the least height
            v.setPrefSize(400, 300);
            grid.add(v, i % 2, i / 2);
            Tooltip.install(v, i >= 2 ? bandTip : linesTip);
        }
        rows(2);
        note.setId("curves-too-easy");
        note.setWrapText(true);
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setVisible(false);
        figure1.setId("curves-figure1");
        figure1.setMinWidth(Region.USE_PREF_SIZE);
        bnlab.app.style.Tips.set(figure1, I18n.get("curves.figure1.tip", ExperimentSpec.FIGURE1_LEARNING_RATE));
        figure1.setVisible(setUpFigure1 != null);
        figure1.setOnAction(e -> setUpFigure1.run());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        // a hidden note takes no room: its wrapped lines had made the bar three lines high around the button
        note.managedProperty().bind(note.visibleProperty());
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.managedProperty().bind(bar.visibleProperty());
        VBox content = new VBox(4, bar, legend.node(), grid);
        VBox.setVgrow(grid, Priority.ALWAYS);
        root = new BorderPane(Scrolling.of(content));
        root.setId("training-curves");
    }

    Node node() {
        return root;
    }

    /** How many groups of pixel columns chart i's series are summarised over, for its width now. */
    int groups(int i) {
        return bnlab.app.style.Columns.groups(viewers[i].getWidth());
    }

    /** Equal rows of charts, each at least {@link ChartStyle#minHeight} high. */
    private void rows(int n) {
        Grids.equalCells(grid, 2, n);
        grid.setMinHeight(n * ChartStyle.minHeight() + (n - 1) * grid.getVgap());
    }

    /** With or without the percentile bands (and the note and button, which are about them). */
    void showBands(boolean b) {
        for (Node n : grid.getChildren()) {
            if (Integer.valueOf(1).equals(GridPane.getRowIndex(n))) {
                n.setVisible(b);
                n.setManaged(b);
            }
        }
        rows(b ? 2 : 1);
        note.setVisible(note.isVisible() && b);
        bar.setVisible(b);
    }

    /** The twins' names, as the charts' series have them. */
    void names(String normalized, String plain) {
        legend.setName(0, normalized);
        legend.setName(1, plain);
    }

    void setBandTip(String tip) {
        if (!tip.equals(bandTip.getText())) {
            bandTip.setText(tip);
        }
    }

    void showNote(boolean shown) {
        note.setVisible(shown);
    }

    boolean showsNote() {
        return note.isVisible();
    }

    LineLegend legend() {
        return legend;
    }
}
