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
    /** This thread's try: null before it, then whether the class was set (a try is not repeated). */
    private static final ThreadLocal<Boolean> STATE = new ThreadLocal<>();

    private Background() {
    }

    /** libc's sched_setscheduler; pid 0 is the calling thread, param points at sched_param {int priority}. */
    interface LibC extends Library {
        int sched_setscheduler(int pid, int policy, IntByReference param);
    }

    /** libc through JNA, loaded once for every thread (the first load costs ~150 ms of CPU). */
    private static final class Libc {
        static final LibC C = Native.loadLibrary("c", LibC.class);
    }

    /**
     * Put the calling thread at the lowest Java priority and, on Linux, in SCHED_IDLE (tried once a
     * thread). Whether the scheduling class is set.
     */
    public static boolean enter() {
        Boolean state = STATE.get();
        if (state != null) {
            return state;
        }
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        boolean ok = false;
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            try {
                ok = Libc.C.sched_setscheduler(0, SCHED_IDLE, new IntByReference(0)) == 0;
            } catch (Throwable t) { // no libc through JNA here: the Java priority stays
                ok = false;
            }
        }
        STATE.set(ok);
        return ok;
    }

    /** Whether the calling thread is in the background class. */
    public static boolean entered() {
        return Boolean.TRUE.equals(STATE.get());
    }

    /**
     * In the background class: give the core to a thread that woke and waits for it (sched_yield, which
     * returns at once when none does). A window thread woken on a core where a training thread computes
     * waited there 2-5 ms (Linux 6.18 here: the FX thread's run-queue time, /proc schedstat, at each late
     * frame), though a thread in SCHED_IDLE should give way at once; the twins call this after every step
     * (at each hand-over and between a chunk's steps: every 0.1-0.5 ms), so the wait ends there: flat out
     * frame p95 17.7-19.7 -> 17.0-17.1 ms.
     */
    public static void yieldToOthers() {
        if (entered()) {
            Thread.yield();
        }
    }
}
