package bnlab.engine.train;

import java.util.concurrent.locks.LockSupport;

/**
 * Runs the two twins' work at once, one part on the calling thread and the other on a worker thread,
 * then joins: a step of both twins then costs about one network's step on a 2-core machine. Each part
 * computes exactly what it would alone (the twins share no array they write, BLAS runs one thread
 * each), so the results are the same bits as one after the other.
 * <p>
 * Ownership: between calls the calling thread (the session's) owns both twins. During
 * {@link #run(Runnable, Runnable)} the worker owns everything the second part touches and the caller
 * everything the first part touches; the parts must write disjoint arrays (they may read shared ones:
 * the batch). Handing the part over (a volatile write the worker reads) and the join (a volatile write
 * the caller reads) are happens-before edges, so after run returns the caller sees every write of the
 * worker. The worker is a daemon that spins briefly for the next part, then parks.
 */
public final class TwinThreads implements AutoCloseable {
    /** How long either side spins before parking: a step takes ~0.5 ms, a wake-up ~0.05 ms. */
    private static final long SPIN_NANOS = 50_000L;
    private final boolean parallel;
    private Thread worker;
    private volatile Runnable task;
    private volatile boolean done;
    private volatile Throwable failure;
    private volatile Thread waiter;
    private volatile boolean closed;
    /** Whether the caller is in the background class (Background): the worker follows it. */
    private volatile boolean background;

    private TwinThreads(boolean parallel) {
        this.parallel = parallel;
    }

    /** Both parts one after the other on the calling thread. */
    public static TwinThreads sequential() {
        return new TwinThreads(false);
    }

    /** The second part on a worker thread (started on first use). */
    public static TwinThreads parallel() {
        return new TwinThreads(true);
    }

    public boolean isParallel() {
        return parallel && !closed;
    }

    /** Run mine here and theirs on the worker, and return when both are done; rethrows the first failure. */
    public void run(Runnable mine, Runnable theirs) {
        if (!parallel || closed) {
            mine.run();
            theirs.run();
            Background.yieldToOthers();
            return;
        }
        start();
        // the worker runs at the caller's priority (the session lowers its own once the twins are built)
        int priority = Thread.currentThread().getPriority();
        if (worker.getPriority() != priority) {
            worker.setPriority(priority);
        }
        background = Background.entered();
        done = false;
        failure = null;
        waiter = Thread.currentThread();
        task = theirs;
        LockSupport.unpark(worker);
        Throwable mineFailed = null;
        try {
            mine.run();
        } catch (Throwable t) {
            mineFailed = t;
        }
        awaitDone();
        Background.yieldToOthers();
        Throwable f = mineFailed != null ? mineFailed : failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    // the worker must hand the twin back before the caller goes on, interrupted or not
    private void awaitDone() {
        boolean interrupted = false;
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (!done) {
            if (System.nanoTime() < spinUntil) {
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
                if (Thread.interrupted()) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void start() {
        if (worker != null) {
            return;
        }
        worker = new Thread(this::loop, "bnlab-twin");
        worker.setDaemon(true);
        worker.start();
    }

    private void loop() {
        long spinUntil = System.nanoTime() + SPIN_NANOS;
        while (true) {
            Runnable t = task;
            if (t == null) {
                if (closed) {
                    return;
                }
                if (System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
                continue;
            }
            task = null;
            if (background) {
                Background.enter(); // once
            }
            try {
                t.run();
            } catch (Throwable e) {
                failure = e;
            }
            done = true;
            LockSupport.unpark(waiter);
            Background.yieldToOthers();
            spinUntil = System.nanoTime() + SPIN_NANOS;
        }
    }

    /** Stops the worker; later calls run both parts here. Called by the owner, between two runs. */
    @Override
    public void close() {
        closed = true;
        Thread w;
        synchronized (this) {
            w = worker;
        }
        if (w != null) {
            LockSupport.unpark(w);
        }
    }
}
