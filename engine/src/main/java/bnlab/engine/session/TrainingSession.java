package bnlab.engine.session;

import bnlab.engine.api.Command;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.LandscapeState;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;
import bnlab.engine.api.TrainSettings;

import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.api.Dataset;
import org.nd4j.linalg.api.buffer.DataType;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The thread that owns both twin networks. It drains commands between steps, trains while playing,
 * and publishes immutable snapshots to an AtomicReference at most ~60 times a second (latest wins).
 * No ND4J object leaves this thread. The first snapshot exists when the constructor returns.
 */
public final class TrainingSession implements SessionHandle {
    /** Minimum time between two snapshots while playing: ~60 a second. */
    static final long PUBLISH_INTERVAL_NANOS = 16_000_000L;
    /** While playing, a change is published at the latest after this, even between probed steps. */
    static final long STALE_NANOS = 250_000_000L;

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    private final AtomicReference<LandscapeState> landscape = new AtomicReference<>();
    private final Thread thread;
    private final CommandHandler handler;
    private volatile boolean closed;
    /** Commands sent, and applied (by the engine thread): all are applied when the two are equal. */
    private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
    private volatile long applied;
    /** Whether training is asked for after the commands applied (play, steps to run, a landscape). */
    private volatile boolean working;

    public TrainingSession(ExperimentSpec spec, TrainSettings settings, Dataset data) {
        this(spec, settings, data, DataType.FLOAT);
    }

    /** The engine thread builds the networks; construction errors are rethrown here. */
    public TrainingSession(ExperimentSpec spec, TrainSettings settings, Dataset data, DataType type) {
        this(spec, settings, data, type, bnlab.engine.api.EvalRows.DEFAULT);
    }

    /** @param evalRows at most how many training and test rows the accuracies are measured on */
    public TrainingSession(ExperimentSpec spec, TrainSettings settings, Dataset data, DataType type,
                           bnlab.engine.api.EvalRows evalRows) {
        this(spec, settings, data, type, evalRows, true);
    }

    private TrainingSession(ExperimentSpec spec, TrainSettings settings, Dataset data, DataType type,
                            bnlab.engine.api.EvalRows evalRows, boolean await) {
        handler = new CommandHandler(type, landscape, evalRows);
        thread = new Thread(() -> run(spec, settings, data), "bnlab-engine");
        thread.setDaemon(true);
        thread.start();
        if (await) {
            try {
                ready.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw (RuntimeException) e.getCause();
            }
        }
    }

    /**
     * A session whose engine thread builds the networks while the caller goes on: {@link #latest()} is null
     * and commands wait in the queue until {@link #ready()} completes (exceptionally, with the problem, when
     * the networks could not be built).
     */
    public static TrainingSession inBackground(ExperimentSpec spec, TrainSettings settings, Dataset data) {
        return new TrainingSession(spec, settings, data, DataType.FLOAT, bnlab.engine.api.EvalRows.DEFAULT, false);
    }

    /** Completes once the networks are built and the first snapshot is out. */
    private final java.util.concurrent.CompletableFuture<Void> ready = new java.util.concurrent.CompletableFuture<>();

    @Override
    public java.util.concurrent.CompletionStage<Void> ready() {
        return ready.minimalCompletionStage();
    }

    @Override
    public void send(Command command) {
        sent.incrementAndGet(); // before the command is in the queue: never counted applied before it is sent
        commands.offer(command);
        // a paced wait for the next step ends now: the command applies at once
        java.util.concurrent.locks.LockSupport.unpark(thread);
    }

    @Override
    public Snapshot latest() {
        return latest.get();
    }

    /**
     * Every command sent is applied, and what they asked for (steps, play, a landscape) is done and published. The
     * engine thread writes {@code working} before {@code applied}; read in the other order here, an equal count
     * comes with a {@code working} at least as recent.
     */
    @Override
    public boolean idle() {
        return applied == sent.get() && !working && latest.get() != null;
    }

    @Override
    public LandscapeState latestLandscape() {
        return landscape.get();
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(ExperimentSpec spec, TrainSettings settings, Dataset data) {
        try {
            Nd4jSetup.singleThreaded();
            try {
                handler.build(spec, settings, data);
            } catch (OutOfMemoryError e) {
                handler.outOfMemory(); // the default experiment on the same data, and the problem saying why
            }
            latest.set(handler.snapshot());
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            handler.close();
            ready.completeExceptionally(e instanceof Error ? new IllegalStateException(e) : e);
            return;
        }
        ready.complete(null);
        // built (at the caller's priority: the window waits for the first snapshot), the window's threads
        // come first: training (this thread, and the twin worker, which TwinThreads keeps in its caller's
        // class) takes what they leave: SCHED_IDLE on Linux (Background), elsewhere the lowest Java priority
        // (Windows honours it as it is; the launcher maps it to nice 10 where SCHED_IDLE cannot be had).
        // The scheduling class is set when there is first training to do: loading libc through JNA takes
        // ~150 ms of CPU, which a launch should not share its two cores with.
        Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
        try {
            loop();
        } finally {
            handler.close();
        }
    }

    private void loop() {
        long lastPublish = System.nanoTime();
        long done = 0;
        while (!closed) {
            try {
                Command c = handler.idle() ? commands.poll(50, TimeUnit.MILLISECONDS) : commands.poll();
                boolean any = c != null;
                while (c != null) {
                    try {
                        handler.apply(c);
                    } finally {
                        done++;
                    }
                    c = commands.poll();
                }
                if (any) {
                    // what a command changed shows at once (the probes are those of the last traced step)
                    latest.set(handler.snapshot());
                    lastPublish = System.nanoTime();
                }
                // a step traces its values when a snapshot is due after it (<= ~60 a second while playing)
                boolean traced = false;
                if (!handler.idle()) {
                    bnlab.engine.train.Background.enter(); // once: the first time there is training to do
                    traced = handler.paceAndStep(System.nanoTime() - lastPublish >= PUBLISH_INTERVAL_NANOS);
                }
                long now = System.nanoTime();
                boolean stale = now - lastPublish >= STALE_NANOS;
                if (handler.dirty() && (!handler.playing() || traced || stale)) {
                    latest.set(handler.snapshot());
                    lastPublish = now;
                }
                working = !handler.idle() || handler.dirty();
                applied = done;
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
            } catch (RuntimeException | OutOfMemoryError e) {
                if (e instanceof RuntimeException r) {
                    handler.fail(r);
                } else {
                    // the networks and batch asked for did not fit: back to what fitted, said in the snapshot's problem
                    handler.outOfMemory();
                }
                latest.set(handler.snapshot());
                working = !handler.idle();
                applied = done;
            }
        }
    }
}
