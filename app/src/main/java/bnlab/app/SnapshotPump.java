package bnlab.app;

import bnlab.engine.session.Snapshot;
import javafx.animation.AnimationTimer;

import java.util.List;
import java.util.function.Supplier;

/**
 * The one frame loop: each frame, pull the latest snapshot, skip it if its version is unchanged,
 * else hand it to every view. A view that throws does not stop the others; its first failure is
 * reported (a short dialog), later ones are ignored, and it keeps getting snapshots so it can recover.
 */
public final class SnapshotPump extends AnimationTimer {
    private final Supplier<Snapshot> source;
    private final List<SnapshotView> views;
    private final boolean[] broken;
    private final FrameLog log;
    private long lastVersion = Long.MIN_VALUE;
    private long shown;

    /** @param log frame time log, or null */
    public SnapshotPump(Supplier<Snapshot> source, List<SnapshotView> views, FrameLog log) {
        this.source = source;
        this.views = List.copyOf(views);
        this.broken = new boolean[views.size()];
        this.log = log;
    }

    @Override
    public void handle(long now) {
        long t0 = System.nanoTime();
        pump();
        if (log != null) {
            log.frame(now, System.nanoTime() - t0);
        }
    }

    /** Show the latest snapshot if it is new; true when it was. FX thread only. */
    public boolean pump() {
        Snapshot s = source.get();
        if (s == null || s.version() == lastVersion) {
            return false;
        }
        lastVersion = s.version();
        shown++;
        for (int i = 0; i < views.size(); i++) {
            try {
                views.get(i).show(s);
            } catch (RuntimeException e) {
                if (broken[i]) {
                    continue;
                }
                broken[i] = true;
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, new IllegalStateException(
                        "The view " + views.get(i).getClass().getSimpleName() + " failed and was stopped", e));
            }
        }
        return true;
    }

    /** Snapshots shown so far. */
    public long shown() {
        return shown;
    }
}
