package bnlab.app.style;

import javafx.util.StringConverter;

import java.util.function.Function;

/** How a choice is written, as the converter of a combo box that is not editable. */
public final class Words {
    private Words() {
    }

    /**
     * A converter that writes a value as {@code words} do. A combo box shows a value that its list does not
     * hold at that moment through its converter, not its cells: without this, its toString ("0", "BATCH").
     */
    public static <T> StringConverter<T> converter(Function<T, String> words) {
        return new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : words.apply(item);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("a chooser, not a text field");
            }
        };
    }
}
