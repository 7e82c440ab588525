package bnlab.app.shell;

import bnlab.app.i18n.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** Every keyboard shortcut and what it does, over the window (F1 or ?; Esc or F1 closes it). */
final class HelpOverlay {
    private final StackPane root = new StackPane();

    HelpOverlay(Runnable close) {
        GridPane table = new GridPane();
        table.setHgap(24);
        table.setVgap(6);
        int row = 0;
        for (Shortcut s : Shortcut.values()) {
            Label keys = new Label(s.keys().getDisplayText());
            keys.getStyleClass().add("shortcut-keys");
            keys.setId("shortcut-" + s.name());
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(I18n.get("shortcut." + s.name()));
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            table.addRow(row++, keys, what);
        }
        // the descriptions wrap to the card's width: a window too narrow for the longest (large type at
        // 1280 px) showed a sideways scroll bar
        javafx.scene.layout.ColumnConstraints keysColumn = new javafx.scene.layout.ColumnConstraints();
        javafx.scene.layout.ColumnConstraints whatColumn = new javafx.scene.layout.ColumnConstraints();
        whatColumn.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        table.getColumnConstraints().setAll(keysColumn, whatColumn);
        ScrollPane scroll = new ScrollPane(table);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Label title = new Label(I18n.get("help.title"));
        title.getStyleClass().add("section-title");
        Button ok = new Button(I18n.get("help.close"));
        ok.setOnAction(e -> close.run());
        VBox card = new VBox(12, title, scroll, ok);
        card.getStyleClass().add("help-card");
        card.setPadding(new Insets(20));
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
        root.getStyleClass().add("help-overlay");
        root.setId("help-overlay");
        root.setVisible(false);
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root) {
                close.run();
            }
        });
    }

    Node node() {
        return root;
    }

    boolean showing() {
        return root.isVisible();
    }

    void show(boolean show) {
        root.setVisible(show);
    }
}
