package bnlab.engine.session;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PacerTest {
    @Test
    void unlimitedIsAlwaysDueAndALimitWaitsForItsTime() throws InterruptedException {
        Pacer p = new Pacer();
        assertTrue(p.due(0));
        assertTrue(p.due(0.5), "the first step starts the schedule");
        assertFalse(p.due(0.5), "the next is 2 s later");
    }

    /** The wait parks instead of sleeping; an interrupt still ends it with InterruptedException, as sleep did. */
    @Test
    void anInterruptEndsTheWait() throws InterruptedException {
        Pacer p = new Pacer();
        assertTrue(p.due(0.5));
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> p.due(0.5));
        assertFalse(Thread.interrupted(), "the interrupt is consumed, as sleep's is");
    }
}
