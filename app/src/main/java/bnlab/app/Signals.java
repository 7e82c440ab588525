package bnlab.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * A terminal's Ctrl+C or a kill (SIGINT, SIGTERM, SIGHUP) closes the window as its close button does: the JVM's own
 * handling ran the shutdown while JavaFX still drew, and its renderer, already stopped, refused the next frame with a
 * RejectedExecutionException and a stack trace in the terminal; the session and the frame log were not closed
 * either. The handler asks for the gentle exit; if the app has not ended after {@link #GRACE_MS}, it ends the JVM
 * with the usual 128 + signal number.
 */
public final class Signals {
    /** The signals handled, where the platform has them (Windows has no HUP). */
    static final List<String> NAMES = List.of("INT", "TERM", "HUP");
    /** How long the gentle exit may take. */
    static final long GRACE_MS = 3000;

    private Signals() {
    }

    /** Run {@code exit} on the first of these signals; halt with 128 + its number if still alive after the grace. */
    public static void onSignal(Runnable exit) {
        onSignal(exit, code -> Runtime.getRuntime().halt(code), GRACE_MS);
    }

    /**
     * The same with the ending and the grace given (tests). Returns the handlers replaced, by signal name: the
     * signals this platform lets it handle.
     */
    static Map<String, sun.misc.SignalHandler> onSignal(Runnable exit, IntConsumer end, long graceMs) {
        Map<String, sun.misc.SignalHandler> replaced = new LinkedHashMap<>();
        for (String name : NAMES) {
            try {
                replaced.put(name, sun.misc.Signal.handle(new sun.misc.Signal(name), s -> {
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(graceMs);
                            end.accept(128 + s.getNumber());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }, "bnlab-exit-after-signal");
                    t.setDaemon(true); // a gentle exit ends the JVM without it
                    t.start();
                    exit.run();
                }));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // this platform has no such signal, or the JVM keeps it (-Xrs): its own handling stays
            }
        }
        return replaced;
    }
}
