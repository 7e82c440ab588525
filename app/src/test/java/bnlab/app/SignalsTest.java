package bnlab.app;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A SIGTERM asks the app for its gentle exit (the window's close: no renderer stack trace in the terminal), and
 * ends the JVM with 143 only if that has not ended it after the grace period.
 */
class SignalsTest {

    @Test
    void aTermAsksForTheGentleExitThenEndsWith143() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicInteger code = new AtomicInteger();
        Map<String, sun.misc.SignalHandler> replaced = Signals.onSignal(asked::countDown, c -> {
            code.set(c);
            ended.countDown();
        }, 300);
        try {
            assertTrue(replaced.containsKey("TERM") && replaced.containsKey("INT"), "handled: " + replaced.keySet());
            sun.misc.Signal.raise(new sun.misc.Signal("TERM"));
            assertTrue(asked.await(5, TimeUnit.SECONDS), "the gentle exit asked for");
            assertEquals(1, ended.getCount(), "not ended at once: the exit has its grace");
            assertTrue(ended.await(5, TimeUnit.SECONDS), "ended after the grace");
            assertEquals(128 + 15, code.get());
        } finally {
            replaced.forEach((name, old) -> sun.misc.Signal.handle(new sun.misc.Signal(name), old));
        }
    }
}
