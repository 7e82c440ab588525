package bnlab.app;

import bnlab.app.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;

/**
 * The live views in a grid, each under a title with a button that enlarges it to the whole area (for
 * a projector) and back. Two columns when each gets at least {@link #MIN_CELL_WIDTH}, else one; rows
 * at least {@link #MIN_CELL_HEIGHT} (scaled with the text); where the window is too small the grid
 * scrolls instead of drawing the views over each other. A lesson's stage ({@link #forStage}) keeps one
 * column while its rows nearly fit the height; lower, its two views stand side by side (each at least
 * {@link #MIN_SIDE_WIDTH} wide, in its narrow layout), so that both show whole when a step compares them.
 * Each cell clips what it draws.
 */
final class ViewGrid extends StackPane {
    /** The smallest readable view, at type scale 1. */
    static final double MIN_CELL_WIDTH = 540;
    static final double MIN_CELL_HEIGHT = 480;
    /**
     * The narrowest a view stands beside another on a lesson's stage, at type scale 1: at 1280 x 720 a stage
     * of two views is 880 px wide and 600 high, too low for two rows of {@link #MIN_CELL_HEIGHT}.
     */
    static final double MIN_SIDE_WIDTH = 400;
    /**
     * The views with a layout for {@link #MIN_SIDE_WIDTH}: the others (the loss surface's two maps, sixteen feature
     * maps a row) need the stage's width and keep one column.
     */
    static final java.util.Set<String> NARROW_VIEWS = java.util.Set.of("curves", "saturation", "runningStats");
    private final GridPane grid = new GridPane();
    private final javafx.scene.control.ScrollPane scroll = new bnlab.app.style.LiveScrollPane(grid);
    private final List<BorderPane> cells = new ArrayList<>();
    private BorderPane enlarged;
    private int columns = 2;
    private final int maxColumns;
    /** A lesson's stage: one column, or two views side by side where the rows do not fit the height. */
    private boolean stage;
    private final ViewHelp help;
    /** The view to bring into sight once the grid is laid out, or null. */
    private String revealing;

    /** Up to two columns; no "what am I looking at" buttons. */
    ViewGrid() {
        this(2, null);
    }

    /**
     * @param maxColumns 1 (a lesson's stage: the views one above the other, wide) or 2
     * @param help       the "what am I looking at" texts, or null
     */
    ViewGrid(int maxColumns, ViewHelp help) {
        this.maxColumns = maxColumns;
        this.help = help;
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.viewportBoundsProperty().addListener((o, a, b) -> fit());
        grid.heightProperty().addListener((o, a, b) -> applyReveal());
        getChildren().add(scroll);
    }

    private double scale() {
        return bnlab.app.style.Look.current().scale();
    }

    // one or two columns by the width; the grid fills the height unless the rows need more (then it scrolls)
    private void fit() {
        javafx.geometry.Bounds v = scroll.getViewportBounds();
        List<BorderPane> shown = enlarged == null ? cells : List.of(enlarged);
        int cols = columnsFor(shown.size(), v.getWidth(), v.getHeight());
        if (cols != columns) {
            columns = cols;
            layoutCells();
        }
        int rows = (shown.size() + columns - 1) / columns;
        double minHeight = shown.size() == 1 ? 0 : rows * MIN_CELL_HEIGHT * scale() + (rows + 1) * 8;
        grid.setMinHeight(Math.max(minHeight, 0));
        grid.setPrefHeight(Math.max(minHeight, v.getHeight()));
        scroll.setFitToHeight(v.getHeight() >= minHeight);
        applyReveal();
    }

    // the live grid: two columns where each is wide enough; a stage: one while its rows fit the height, else two
    // views side by side where each keeps MIN_SIDE_WIDTH (the scroll bar a single column shows narrows the width it
    // is decided on, not the height: no back and forth)
    private int columnsFor(int views, double width, double height) {
        double s = scale();
        if (views == 1 || (maxColumns == 1 && !stage)) {
            return 1;
        }
        if (!stage) {
            return width < 2 * MIN_CELL_WIDTH * s + 24 ? 1 : 2;
        }
        // one column while at most a quarter of the last view lies below the fold (1920 x 1080: 24 px of it; 1600 x
        // 1000: about 100), as wide views read better than tall ones
        boolean rowsFit = height >= (views - 0.25) * MIN_CELL_HEIGHT * s + (views + 1) * 8;
        boolean narrow = cells.stream().allMatch(c -> NARROW_VIEWS.contains(viewName(c)));
        return !rowsFit && views == 2 && narrow && width >= 2 * MIN_SIDE_WIDTH * s + 24 ? 2 : 1;
    }

    /**
     * Scroll so that the named view's top is in sight: a lesson's step watches a view that sits under another,
     * below the fold of a small window. Done once the grid has its height, and once: the user's own scrolling
     * afterwards is left alone.
     */
    void reveal(String viewName) {
        revealing = viewName;
        applyReveal();
    }

    /**
     * Show the named view alone over the whole area, as its enlarge button does (on: true), or the column again
     * (false, whichever was enlarged); an unknown name changes nothing.
     */
    void enlarge(String viewName, boolean on) {
        BorderPane cell = cell(viewName);
        if (cell != null) {
            show(on ? cell : null);
        }
    }

    // the cell of the view of that name, or null
    private BorderPane cell(String viewName) {
        for (BorderPane c : cells) {
            if (viewName.equals(viewName(c))) {
                return c;
            }
        }
        return null;
    }

    // the name of the view in a cell, or null: an empty cell (a headless render lays each view out on its own, out
    // of its cell, while a lesson's entries may still arrive after a data set has loaded)
    private static Object viewName(BorderPane cell) {
        return cell.getCenter() == null ? null
                : cell.getCenter().getProperties().get(bnlab.app.export.Exporter.VIEW_NAME);
    }

    private void applyReveal() {
        double view = scroll.getViewportBounds().getHeight();
        double all = grid.getHeight();
        if (revealing == null || view <= 0 || all <= 0) {
            return;
        }
        int i = cells.indexOf(cell(revealing));
        revealing = null;
        if (i < 0 || enlarged != null || all <= view) {
            return;
        }
        // the rows share the height left by the padding and the gaps equally (Grids.equalCells)
        int rows = (cells.size() + columns - 1) / columns;
        double pad = grid.getPadding().getTop();
        double row = (all - 2 * pad - (rows - 1) * grid.getVgap()) / rows;
        double top = (i / columns) * (row + grid.getVgap());
        // vvalue 0..1 spans the content's travel, all - view
        scroll.setVvalue(Math.min(1, top / (all - view)));
    }

    /**
     * A lesson's stage: its views one above the other, wide, while the rows (nearly) fit the height; where they do not
     * (a short window) two views side by side when each keeps {@link #MIN_SIDE_WIDTH} and both have a narrow layout.
     */
    static ViewGrid forStage(ViewHelp help) {
        ViewGrid g = new ViewGrid(1, help);
        g.stage = true;
        return g;
    }

    /** Add a view under a title; the grid fills row by row, two per row. */
    void add(String title, Node view) {
        add(title, view, null);
    }

    /**
     * Add a view under a title, with its "what am I looking at" button when it has a name.
     *
     * @param name the view's name (histograms, saturation, ...), or null
     */
    void add(String title, Node view, String viewName) {
        if (viewName != null) {
            view.getProperties().put(bnlab.app.export.Exporter.VIEW_NAME, viewName);
        }
        view.getProperties().put(bnlab.app.export.Exporter.VIEW_TITLE, title);
        Label name = new Label(title);
        name.getStyleClass().add("view-title");
        Button toggle = new Button();
        toggle.setGraphic(enlargeIcon(toggle));
        toggle.getStyleClass().add("enlarge");
        bnlab.app.style.Tips.set(toggle, I18n.get("grid.enlarge.tip"));
        Button export = new Button();
        ViewHeader.texts(export, I18n.get("grid.export"), I18n.get("grid.export.brief"));
        export.getStyleClass().add("export");
        bnlab.app.style.Tips.set(export, I18n.get("grid.export.tip2"));
        export.setOnAction(e -> bnlab.app.export.WindowExports.export(view, title, viewName));
        Button record = recordButton(view, viewName == null ? title : viewName);
        HBox buttons = new HBox(8, export, record, toggle);
        if (help != null && viewName != null) {
            buttons.getChildren().add(0, help.button(viewName));
        }
        // the window's buttons stay out of a picture of the whole grid
        for (Node b : buttons.getChildren()) {
            b.getStyleClass().add(bnlab.app.export.Exporter.HIDDEN);
            ((javafx.scene.layout.Region) b).setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        buttons.setAlignment(Pos.CENTER_RIGHT);
        // a long title beside the buttons at large type takes a second line (between words), and the
        // buttons a row of their own where even its longest word does not fit beside them
        ViewHeader header = new ViewHeader(name, buttons);
        BorderPane cell = new BorderPane(view);
        // a view taller than its cell runs off the bottom (clipped), never up over the cell's title
        BorderPane.setAlignment(view, Pos.TOP_LEFT);
        cell.setTop(header);
        cell.getStyleClass().add("view-cell");
        cell.setMinSize(0, 0);
        // a view never draws over its neighbour
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(cell.widthProperty());
        clip.heightProperty().bind(cell.heightProperty());
        cell.setClip(clip);
        toggle.setOnAction(e -> toggle(cell));
        cells.add(cell);
        layoutCells();
    }

    /**
     * A diagonal double arrow, drawn (the glyph, U+2922, is not in the bundled font: a machine without another
     * font that has it showed an empty box), in the button's text colour and scaled with its font.
     */
    private static javafx.scene.Node enlargeIcon(Button b) {
        javafx.scene.shape.SVGPath arrow = new javafx.scene.shape.SVGPath();
        // the diagonal, then each end's head: 12 px square at the 13 px font
        arrow.setContent("M1.5 10.5 L10.5 1.5 M5.5 1.5 L10.5 1.5 L10.5 6.5 M1.5 5.5 L1.5 10.5 L6.5 10.5");
        arrow.getStyleClass().add("icon");
        arrow.setStrokeWidth(1.6);
        arrow.setFill(null);
        arrow.strokeProperty().bind(b.textFillProperty());
        arrow.scaleXProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> b.getFont().getSize() / 13, b.fontProperty()));
        arrow.scaleYProperty().bind(arrow.scaleXProperty());
        // its layout bounds follow the scale, so the button grows with the type
        return new javafx.scene.Group(arrow);
    }

    // starts and stops a recording of the view; while it records, it says so and for how long
    private static Button recordButton(Node view, String name) {
        Button record = new Button();
        ViewHeader.texts(record, I18n.get("grid.record"), I18n.get("grid.record.brief"));
        record.getStyleClass().add("record");
        bnlab.app.style.Tips.set(record, I18n.get("grid.record.tip"));
        record.setOnAction(e -> bnlab.app.export.WindowExports.toggleRecording(view, name));
        // while it records the button keeps its full text: how long, and how to stop
        javafx.beans.value.ChangeListener<Number> time = (o, a, b) -> {
            String t = I18n.get("grid.recording", bnlab.app.export.RecordingIndicator.clock(b.doubleValue()));
            ViewHeader.texts(record, t, t);
        };
        javafx.beans.value.ChangeListener<bnlab.app.export.Recorder> follow = (o, was, now) -> {
            if (was != null) {
                was.elapsedProperty().removeListener(time);
            }
            boolean mine = now != null && now.view() == view;
            String t = I18n.get(mine ? "grid.recording" : "grid.record", bnlab.app.export.RecordingIndicator.clock(0));
            ViewHeader.texts(record, t, mine ? t : I18n.get("grid.record.brief"));
            record.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("recording"), mine);
            if (mine) {
                now.elapsedProperty().addListener(time);
            }
        };
        // held by the button: a window built anew (another language) lets the old one go
        record.getProperties().put(follow.getClass(), follow);
        bnlab.app.export.WindowExports.recordingProperty().addListener(
                new javafx.beans.value.WeakChangeListener<>(follow));
        return record;
    }

    /** What the record key records: the enlarged view, else the whole grid. */
    Node recordTarget() {
        return enlarged == null ? this : (Node) enlarged.getCenter();
    }

    /** The title of what {@link #recordTarget} records: the enlarged view's, else the given one (the tab's or page's). */
    String recordTitle(String grid) {
        return enlargedProperty(bnlab.app.export.Exporter.VIEW_TITLE, grid);
    }

    /** The name of what {@link #recordTarget} records (the view's name, or the given name for the grid). */
    String recordName(String grid) {
        return enlargedProperty(bnlab.app.export.Exporter.VIEW_NAME, grid);
    }

    // a text the enlarged view carries under this key, else the grid's own
    private String enlargedProperty(String key, String grid) {
        Object v = enlarged == null ? null : enlarged.getCenter().getProperties().get(key);
        return v instanceof String s ? s : grid;
    }

    private void toggle(BorderPane cell) {
        show(enlarged == cell ? null : cell);
    }

    // the cell alone over the whole area, or (null) every cell in the grid
    private void show(BorderPane alone) {
        if (enlarged != alone) {
            enlarged = alone;
            layoutCells();
            fit();
        }
    }

    /** The number of columns the views are laid out in now (for tests). */
    int columns() {
        return enlarged == null ? columns : 1;
    }

    private void layoutCells() {
        grid.getChildren().clear();
        List<BorderPane> shown = enlarged == null ? cells : List.of(enlarged);
        int cols = shown.size() == 1 ? 1 : columns;
        bnlab.app.style.Grids.equalCells(grid, cols, (shown.size() + cols - 1) / cols);
        for (int i = 0; i < shown.size(); i++) {
            grid.add(shown.get(i), i % cols, i / cols);
        }
    }
}
