package bnlab.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import bnlab.engine.api.DataProblem;
import bnlab.engine.api.ProblemException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.junit.jupiter.api.function.Executable;

/** Assertions on failed loads: the code and every value, never a wording. */
final class Loading {

    private Loading() {
    }

    /** The load fails with exactly this code and these values (Integer and Long differ). */
    static ProblemException assertProblem(Executable load, DataProblem code, Object... args) {
        ProblemException e = assertThrows(ProblemException.class, load);
        assertEquals(code, e.problem().code(), e.problem().toString());
        assertEquals(Arrays.asList(args), e.problem().args());
        return e;
    }

    /**
     * Runs a load that must fail with this code and values while this thread allocates less than
     * {@code maxBytes} (HotSpot's per-thread allocation counter): a forged header must not make the
     * loader allocate what it announces.
     */
    static void assertCheapProblem(long maxBytes, Executable load, DataProblem code, Object... args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        assertProblem(load, code, args);
        long used = threads.getCurrentThreadAllocatedBytes() - before;
        assertTrue(used < maxBytes, code + " allocated " + used + " bytes, more than " + maxBytes);
    }
}
