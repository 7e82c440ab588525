package bnlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class JavaFxLogTest {

    @Test
    void onlyJavaFxsClassPathWarningIsDropped() {
        List<String> seen = new ArrayList<>();
        Handler catcher = new Handler() {
            @Override
            public void publish(LogRecord rec) {
                seen.add(rec.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger javafx = Logger.getLogger("javafx");
        javafx.addHandler(catcher);
        try {
            JavaFxLog.dropClassPathWarning();
            // the way JavaFX logs (its PlatformLogger is a System.Logger named "javafx")
            System.Logger platform = System.getLogger("javafx");
            platform.log(System.Logger.Level.WARNING,
                    "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @5c0369c4'");
            platform.log(System.Logger.Level.WARNING, "Loading FXML document with JavaFX API of version 21");
            platform.log(System.Logger.Level.WARNING, (String) null);
            assertEquals(List.of("Loading FXML document with JavaFX API of version 21"),
                    seen.stream().filter(m -> m != null).toList());
            assertEquals(2, seen.size());
        } finally {
            javafx.removeHandler(catcher);
            javafx.setFilter(null);
        }
    }
}
