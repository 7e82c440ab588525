package bnlab.app.style;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

import java.util.function.Function;

/**
 * A table column whose cells wrap their text, not cut it: at the window's type size "internal covariate shift" showed
 * as "internal covariat..."; a Text wrapped to the column's width makes the row as tall as the text needs. Laid out by
 * {@link Balanced}, so a list breaks between its items: "批量规范化（《动手学深度学习》）、批 / 归一化" cut the term 批归一化.
 */
public final class WrappedColumn {
    /** A cell's padding either side together, px. */
    private static final double CELL_PADDING = 14;
    /** A header's padding and sort-arrow room, px at type scale 1. */
    private static final double HEADER_PADDING = 30;

    private WrappedColumn() {
    }

    /** The least width a column titled title needs for its header, in bold at the current look's type size. */
    public static double headerWidth(String title) {
        double scale = Look.current().scale();
        Text header = new Text(title);
        header.setFont(javafx.scene.text.Font.font(bnlab.app.i18n.Fonts.FAMILY, javafx.scene.text.FontWeight.BOLD,
                Look.BASE_FONT * scale));
        return header.getLayoutBounds().getWidth() + HEADER_PADDING * scale;
    }

    /** A column titled title showing f of each row, wrapped. */
    public static <T> TableColumn<T, String> of(String title, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();
            private String own = "";
            // held by the cell; the column holds it only weakly (cells come and go with the rows shown)
            private final javafx.beans.value.ChangeListener<Number> resized = (o, was, now) -> lay();

            {
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                col.widthProperty().addListener(new javafx.beans.value.WeakChangeListener<>(resized));
                text.fontProperty().addListener((o, was, now) -> lay());
                setGraphic(text);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                own = empty || item == null ? "" : item;
                lay();
            }

            private void lay() {
                Balanced.Layout shown = Balanced.layout(own, text.getFont(), col.getWidth() - CELL_PADDING);
                text.setText(shown.text());
                text.setWrappingWidth(shown.width());
            }
        });
        return c;
    }
}
