package bnlab.app;

import bnlab.app.i18n.I18n;
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
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * The live views side by side in a two-column grid, each under a title with a button that enlarges
 * it to the whole grid (for a projector) and back.
 */
final class ViewGrid extends StackPane {
    private final GridPane grid = new GridPane();
    private final List<BorderPane> cells = new ArrayList<>();
    private BorderPane enlarged;

    ViewGrid() {
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        getChildren().add(grid);
    }

    /** Add a view under a title; the grid fills row by row, two per row. */
    void add(String title, Node view) {
        Label name = new Label(title);
        name.getStyleClass().add("view-title");
        Button toggle = new Button("\u2922");
        toggle.getStyleClass().add("enlarge");
        Tooltip tip = new Tooltip(I18n.get("grid.enlarge.tip"));
        tip.setShowDelay(Duration.millis(300));
        toggle.setTooltip(tip);
        Button export = new Button("PNG");
        export.getStyleClass().add("export");
        Tooltip exportTip = new Tooltip(I18n.get("grid.export.tip"));
        exportTip.setShowDelay(Duration.millis(300));
        export.setTooltip(exportTip);
        export.setOnAction(e -> ViewExport.askAndSave(view, title));
        HBox header = new HBox(8, name, export, toggle);
        header.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(name, Priority.ALWAYS);
        name.setMaxWidth(Double.MAX_VALUE);
        BorderPane cell = new BorderPane(view);
        cell.setTop(header);
        cell.getStyleClass().add("view-cell");
        cell.setMinSize(0, 0);
        toggle.setOnAction(e -> toggle(cell));
        cells.add(cell);
        layoutCells();
    }

    private void toggle(BorderPane cell) {
        enlarged = enlarged == cell ? null : cell;
        layoutCells();
    }

    private void layoutCells() {
        grid.getChildren().clear();
        List<BorderPane> shown = enlarged == null ? cells : List.of(enlarged);
        int cols = shown.size() == 1 ? 1 : 2;
        bnlab.app.style.Grids.equalCells(grid, cols, (shown.size() + cols - 1) / cols);
        for (int i = 0; i < shown.size(); i++) {
            grid.add(shown.get(i), i % cols, i / cols);
        }
    }
}
