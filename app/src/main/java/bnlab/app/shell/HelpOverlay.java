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
            Label what = new Label(I18n.get("shortcut." + s.name()));
            what.setWrapText(true);
            table.addRow(row++, keys, what);
        }
        Label title = new Label(I18n.get("help.title"));
        title.getStyleClass().add("section-title");
        Button ok = new Button(I18n.get("help.close"));
        ok.setOnAction(e -> close.run());
        VBox card = new VBox(12, title, new ScrollPane(table), ok);
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
