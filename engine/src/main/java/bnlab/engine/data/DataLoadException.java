package bnlab.engine.data;

import java.io.IOException;

/**
 * A data file (or bundled data set) could not be loaded. The message always names the file and what
 * is wrong with it, for example {@code "wine.csv line 7: expected 14 columns, found 12"}; it is meant
 * to be shown to the user as is. A load that throws this returns nothing: no partial data is kept.
 */
public class DataLoadException extends IOException {

    public DataLoadException(String message) {
        super(message);
    }

    public DataLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
