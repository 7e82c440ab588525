package bnlab.app;

import javafx.application.Platform;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Every test class sees the window in the app's own font, as the app registers it before its window: without
 * it a layout test measured text in the platform's font or the bundled one depending on which test ran first
 * (a test registering it had left it behind). Found by JUnit's extension autodetection.
 */
public final class BundledFontExtension implements BeforeAllCallback {
    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        try {
            Platform.runLater(() -> {
                bnlab.app.i18n.Fonts.registerFx();
                done.countDown();
            });
        } catch (IllegalStateException toolkitNotStarted) {
            // before the toolkit starts, the font registers from any thread
            bnlab.app.i18n.Fonts.registerFx();
            done.countDown();
        }
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the bundled font did not register in 30 s");
        }
    }
}
