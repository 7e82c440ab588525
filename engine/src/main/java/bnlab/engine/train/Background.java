package bnlab.engine.train;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.ptr.IntByReference;

/**
 * Training threads in the operating system's background class, so the window's threads run first.
 * On Linux a thread at nice 10 that sleeps and wakes often (the twins hand each step over, ~1,000 times a
 * second) still delays the window's threads by 1-3 ms when it wakes (the scheduler lets a woken thread
 * finish a slice): beside such a process an idle window's frames had p95 18.7 ms, beside the same work
 * that spins instead 16.6 ms. SCHED_IDLE threads run only when nothing else wants the core (16.7-17.0 ms;
 * the twins also trained faster, 940 against ~620 steps/s, in the window at 1600x1000). Elsewhere, or
 * where the call fails, the thread keeps its Java priority (the launcher maps the lowest to nice 10).
 */
public final class Background {
    /** Linux's SCHED_IDLE (sched.h). */
    static final int SCHED_IDLE = 5;
    private static final ThreadLocal<Boolean> ENTERED = ThreadLocal.withInitial(() -> false);
    /** Whether this thread tried already (a failed try is not repeated: loading libc costs ~150 ms). */
    private static final ThreadLocal<Boolean> TRIED = ThreadLocal.withInitial(() -> false);

    private Background() {
    }

    /** libc's sched_setscheduler; pid 0 is the calling thread, param points at sched_param {int priority}. */
    interface LibC extends Library {
        int sched_setscheduler(int pid, int policy, IntByReference param);
    }

    /**
     * Put the calling thread at the lowest Java priority and, on Linux, in SCHED_IDLE (tried once a
     * thread). Whether the scheduling class is set.
     */
    public static boolean enter() {
        if (TRIED.get()) {
            return ENTERED.get();
        }
        TRIED.set(true);
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        if (!System.getProperty("os.name", "").startsWith("Linux")) {
            return false;
        }
        try {
            LibC c = Native.loadLibrary("c", LibC.class);
            boolean ok = c.sched_setscheduler(0, SCHED_IDLE, new IntByReference(0)) == 0;
            ENTERED.set(ok);
            return ok;
        } catch (Throwable t) { // no libc through JNA here: the Java priority stays
            return false;
        }
    }

    /** Whether the calling thread is in the background class. */
    public static boolean entered() {
        return ENTERED.get();
    }
}
