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
    /** Columns of one width: the charts side by side take one size of title (EvenGrid). */
    private final GridPane grid = new bnlab.app.style.EvenGrid(2, 1);
    private final LineLegend legend = new LineLegend("curves-legend")
            .add(Palette.BN, ChartStyle.LINE, I18n.get("twin.normalized", I18n.label(NormKind.BATCH)))
            .add(Palette.PLAIN, ChartStyle.PLAIN_LINE, I18n.get("twin.plain"));
    private final Label note = new Label(I18n.get("curves.tooEasy"));
    private final Button figure1 = new Button(I18n.get("curves.figure1"));
    /** Keeps the button on the right while the note is away. */
    private final Region spacer = new Region();
    private final HBox bar = new HBox(10, note, spacer, figure1);
    /**
     * The legend's row: while the note is away the button sits at its right (a row of its own had taken ~45 px
     * from the charts of lesson 4 at 1280 x 720), and a gap as wide on its left keeps the legend centred where
     * there is room for it.
     */
    private final BorderPane legendRow = new BorderPane();
    private final Region balance = new Region();
    private final boolean hasButton;
    private boolean bands = true;
    /** Whether the lower charts show the gradient path instead of the percentile bands (no note, no button). */
    private boolean path;
    /** What the bands are (their titles name only the twin and the quantity). */
    private final Tooltip bandTip = bnlab.app.style.Tips.make(I18n.get("curves.band.tip"));
    private final Tooltip pathTip = bnlab.app.style.Tips.make("");
    private final Tooltip linesTip = bnlab.app.style.Tips.make(I18n.get("chart.columns.tip") + "\n"
            + I18n.get("curves.loss.geometric"));
    private final ChartViewer[] viewers;
    private final BorderPane root;
    /**
     * Each twin's test accuracy at the last evaluation, over the charts' row ("Test accuracy at step 2,480: with
     * BatchNorm 97.5%, without normalization 92.5%"): lessons quote these, and 95.8 against 95.1 is a guess between
     * two lines a point apart. Not in the accuracy chart: its plot would be shorter than the loss chart's beside it.
     */
    private final Label now = new Label();

    /** @param setUpFigure1 applies Ioffe and Szegedy's Figure 1 set-up, or null (no button) */
    CurvesPane(JFreeChart[] charts, Runnable setUpFigure1) {
        grid.setHgap(6);
        grid.setVgap(6);
        viewers = new ChartViewer[charts.length];
        for (int i = 0; i < charts.length; i++) {
            ChartViewer v = bnlab.app.style.Viewers.of(charts[i]);
            viewers[i] = v;
            v.setMinSize(100, 0); // the grid keeps the least height
            v.setPrefSize(400, 300);
            grid.add(v, i % 2, i / 2);
            Tooltip.install(v, i >= 2 ? bandTip : linesTip);
        }
        rows(2);
        note.setId("curves-too-easy");
        note.setWrapText(true);
        bnlab.app.style.Runts.avoid(note);
        note.setMinWidth(0);
        note.setMaxWidth(Double.MAX_VALUE);
        note.setVisible(false);
        figure1.setId("curves-figure1");
        // a picture of the view leaves out the window's button and its advice about the live run
        figure1.getStyleClass().add(bnlab.app.export.Exporter.HIDDEN);
        note.getStyleClass().add(bnlab.app.export.Exporter.HIDDEN);
        figure1.setMinWidth(Region.USE_PREF_SIZE);
        bnlab.app.style.Tips.set(figure1, I18n.get("curves.figure1.tip", ExperimentSpec.FIGURE1_LEARNING_RATE));
        hasButton = setUpFigure1 != null;
        figure1.setOnAction(e -> setUpFigure1.run());
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(note, Priority.ALWAYS);
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        // a hidden note takes no room: its wrapped lines had made the bar three lines high around the button
        note.managedProperty().bind(note.visibleProperty());
        bar.setMinHeight(Region.USE_PREF_SIZE);
        bar.managedProperty().bind(bar.visibleProperty());
        legendRow.setCenter(legend.node());
        // the gap keeps the legend centred where it still fits on one line beside it, else it goes (in a cell of the
        // live grid at 1920 x 1080 the centred legend took two lines, and the Figure 1 charts ~25 px more of the fold)
        java.util.List<javafx.beans.Observable> deps = new java.util.ArrayList<>(java.util.List.of(
                legendRow.widthProperty(), figure1.widthProperty()));
        deps.addAll(java.util.List.of(legend.widths()));
        balance.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double side = figure1.getWidth() + 8;
            return legendRow.getWidth() >= legend.oneLineWidth() + 2 * side ? side : 0;
        }, deps.toArray(javafx.beans.Observable[]::new)));
        // the button, and the gap balancing it, take no room while hidden
        figure1.managedProperty().bind(figure1.visibleProperty());
        balance.managedProperty().bind(figure1.visibleProperty());
        BorderPane.setAlignment(figure1, Pos.CENTER_RIGHT);
        BorderPane.setMargin(figure1, new Insets(0, 8, 0, 0));
        place();
        now.setId("curves-now");
        now.setWrapText(true);
        now.setMinHeight(Region.USE_PREF_SIZE);
        grid.widthProperty().addListener((o, a, b) -> reserve());
        now.fontProperty().addListener((o, a, b) -> reserve());
        now.setAlignment(Pos.CENTER);
        now.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        now.setVisible(false);
        // in even lines where it wraps (a cell of the live grid), centred over the charts
        bnlab.app.style.Balanced.bind(now, javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.max(0, grid.getWidth() - 16), grid.widthProperty()));
        now.setMaxWidth(Region.USE_PREF_SIZE);
        HBox nowRow = new HBox(now);
        nowRow.setAlignment(Pos.CENTER);
        nowRow.visibleProperty().bind(now.visibleProperty());
        nowRow.managedProperty().bind(now.visibleProperty());
        VBox content = new VBox(4, bar, legendRow, nowRow, grid);
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
        bands = b;
        place();
    }

    /**
     * The lower charts: the gradient path's (true) or the percentile bands' (false), each with its tooltip; the
     * note and the Figure 1 button are about the bands and go with them.
     */
    void showPath(boolean p, JFreeChart plainChart, JFreeChart bnChart, String tip) {
        path = p;
        viewers[2].setChart(plainChart);
        viewers[3].setChart(bnChart);
        // install replaces a node's tooltip; uninstall (whatever tooltip it is given) would remove the one just put
        Tooltip.install(viewers[2], p ? pathTip : bandTip);
        Tooltip.install(viewers[3], p ? pathTip : bandTip);
        setPathTip(tip);
        if (p) {
            note.setVisible(false);
        }
        place();
    }

    void setPathTip(String tip) {
        if (!tip.equals(pathTip.getText())) {
            pathTip.setText(tip);
        }
    }

    /** The button beside the note where the note shows, else at the legend's right; both only with the bands. */
    private void place() {
        boolean noteShown = note.isVisible();
        figure1.setVisible(hasButton && bands && !path);
        if (noteShown && figure1.getParent() != bar) {
            legendRow.setRight(null);
            legendRow.setLeft(null);
            bar.getChildren().add(figure1);
        } else if (!noteShown && figure1.getParent() != legendRow) {
            bar.getChildren().remove(figure1);
            legendRow.setLeft(balance);
            legendRow.setRight(figure1);
        }
        bar.setVisible(bands && noteShown);
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

    /**
     * The line of last test accuracies ("" hides it), at least as tall as its widest form ({@code widest}: every
     * accuracy at "99.9%") would be: a number gaining a digit ("9.8%" to "10.2%", the plain twin near chance) took the
     * line to two lines and back, and moved the charts under it by a line (at 1600 x 1000 in Chinese).
     */
    void showNow(String text, String widest) {
        if (!text.equals(bnlab.app.style.Balanced.text(now))) {
            now.setText(text);
        }
        if (now.isVisible() == text.isEmpty()) {
            now.setVisible(!text.isEmpty());
        }
        if (!widest.equals(this.widest)) {
            this.widest = widest;
            reserve();
        }
    }

    // the line's widest form at the last step shown (see showNow)
    private String widest = "";

    // the line's least height: its widest form's, laid out as Balanced lays the line out in the same room
    private void reserve() {
        double pad = now.getInsets().getLeft() + now.getInsets().getRight();
        double room = Math.max(0, grid.getWidth() - 16) - pad;
        if (widest.isEmpty() || room <= 0) {
            now.setMinHeight(Region.USE_PREF_SIZE);
            return;
        }
        bnlab.app.style.Balanced.Layout shown = bnlab.app.style.Balanced.layout(widest, now.getFont(), room);
        now.setMinHeight(bnlab.app.style.Balanced.labelHeight(now, shown.text(), shown.width()));
    }

    String nowText() {
        return now.isVisible() ? bnlab.app.style.Balanced.text(now) : "";
    }

    void showNote(boolean shown) {
        shown &= !path;
        if (shown != note.isVisible()) {
            note.setVisible(shown);
            place();
        }
    }

    boolean showsNote() {
        return note.isVisible();
    }

    LineLegend legend() {
        return legend;
    }
}
