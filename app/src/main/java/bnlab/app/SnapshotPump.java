package bnlab.app;

import bnlab.app.i18n.I18n;
import bnlab.engine.api.Snapshot;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one frame loop. Each frame it pulls the latest snapshot; cheap views (control read-outs, banners)
 * get it whenever its version is new. Heavy views (charts) take turns: at most one of them is updated
 * per frame, the next one that is showing and has not seen the latest version. While training runs and
 * the renderer falls behind (the last frame came late, as under a software renderer), heavy updates
 * wait for a frame on time, but not longer than {@link #MAX_HEAVY_GAP_NANOS}: with a GPU every frame
 * updates one chart view (at most {@link #MIN_HEAVY_GAP_NANOS} apart), on a slow machine the charts
 * update less often and interaction stays fluid. A view that is not showing (another tab, another view
 * enlarged, or scrolled out of the window) is skipped and catches up when it shows again.
 * A heavy view's charts do not draw themselves when their data change: {@link ChartTurns} holds them
 * and the pump draws one a frame while training plays (on a frame on time), all at once while paused.
 * A view that throws does not stop the others; its first failure is reported (a short dialog).
 */
public final class SnapshotPump extends AnimationTimer {
    private final Supplier<Snapshot> source;
    private final List<Entry> cheap = new ArrayList<>();
    private final List<Entry> heavy = new ArrayList<>();
    private final FrameLog log;
    /** The heavy views' charts, drawn one a frame while training plays. */
    private final ChartTurns charts = new ChartTurns();
    private long lastChart = Long.MIN_VALUE / 2;
    /** A frame that came later than this after the previous one means the renderer is behind. */
    static final long LATE_FRAME_NANOS = 25_000_000L;
    /** At most 30 heavy updates a second in all (7.5 a second for each of four views). */
    static final long MIN_HEAVY_GAP_NANOS = 33_000_000L;
    /** However late the frames, a heavy view is updated at least this often (8 a second in all). */
    static final long MAX_HEAVY_GAP_NANOS = 125_000_000L;
    private long lastHeavy = Long.MIN_VALUE / 2;
    private long previousFrame = -1;
    private boolean onTime = true;
    private long lastVersion = Long.MIN_VALUE;
    private int turn;
    private long shown;

    private static final class Entry {
        final SnapshotView view;
        long version = Long.MIN_VALUE;
        boolean failed;

        Entry(SnapshotView view) {
            this.view = view;
        }
    }

    /** Every view updated on every new snapshot. */
    public SnapshotPump(Supplier<Snapshot> source, List<SnapshotView> views, FrameLog log) {
        this(source, views, List.of(), log);
    }

    /**
     * @param cheap views updated on every new snapshot
     * @param heavy views that take turns, one per frame
     * @param log   frame time log, or null
     */
    public SnapshotPump(Supplier<Snapshot> source, List<SnapshotView> cheap, List<SnapshotView> heavy, FrameLog log) {
        this.source = source;
        cheap.forEach(v -> this.cheap.add(new Entry(v)));
        heavy.forEach(v -> this.heavy.add(new Entry(v)));
        heavy.forEach(v -> charts.adopt(v.node()));
        this.log = log;
    }

    @Override
    public void handle(long now) {
        onTime = previousFrame < 0 || now - previousFrame < LATE_FRAME_NANOS;
        previousFrame = now;
        long t0 = System.nanoTime();
        pump();
        if (log != null) {
            Snapshot shown = source.get();
            log.frame(now, System.nanoTime() - t0, shown == null ? -1 : shown.step());
        }
    }

    /** One frame's work; true when a new snapshot was shown to the cheap views. FX thread only. */
    public boolean pump() {
        Snapshot s = source.get();
        if (s == null) {
            charts.draw(Integer.MAX_VALUE, SnapshotPump::showing);
            return false;
        }
        boolean isNew = s.version() != lastVersion;
        if (isNew) {
            lastVersion = s.version();
            shown++;
        }
        for (Entry e : cheap) {
            if (e.version != s.version()) {
                show(e, s);
            }
        }
        if (isNew && log != null) {
            log.shown(s, System.nanoTime());
        }
        long now = System.nanoTime();
        long gap = now - lastHeavy;
        if (!s.playing() || (onTime && gap >= MIN_HEAVY_GAP_NANOS) || gap >= MAX_HEAVY_GAP_NANOS) {
            for (int k = 0; k < heavy.size(); k++) {
                Entry e = heavy.get((turn + k) % heavy.size());
                if (e.version != s.version() && showing(e.view.node())) {
                    show(e, s);
                    charts.adopt(e.view.node()); // a chart the view added
                    turn = (heavy.indexOf(e) + 1) % heavy.size();
                    lastHeavy = now;
                    break;
                }
            }
        }
        drawCharts(s.playing(), now);
        return isNew;
    }

    /** Paused: every due chart; playing: one, on a frame on time (or after MAX_HEAVY_GAP_NANOS without). */
    private void drawCharts(boolean playing, long now) {
        if (!playing) {
            charts.draw(Integer.MAX_VALUE, SnapshotPump::showing);
        } else if ((onTime || now - lastChart >= MAX_HEAVY_GAP_NANOS) && charts.draw(1, SnapshotPump::showing) > 0) {
            lastChart = now;
        }
    }

    /** Add a cheap view (one built after the window, with its tab); it is shown the latest snapshot next frame. */
    public void addCheap(SnapshotView v) {
        cheap.add(new Entry(v));
    }

    /** Add a heavy view (a lesson's stage); it is shown the latest snapshot on its first turn. */
    public void addHeavy(SnapshotView v) {
        heavy.add(new Entry(v));
        charts.adopt(v.node());
    }

    /** Stop updating a view (the stage closed). */
    public void remove(SnapshotView v) {
        if (heavy.removeIf(e -> e.view == v)) {
            charts.release(v.node());
        }
        cheap.removeIf(e -> e.view == v);
        turn = heavy.isEmpty() ? 0 : turn % heavy.size();
    }

    /** Update every heavy view that is showing now (tests, and a final frame before a screenshot). */
    public void flush() {
        Snapshot s = source.get();
        pump();
        for (Entry e : heavy) {
            if (s != null && e.version != s.version() && showing(e.view.node())) {
                show(e, s);
                charts.adopt(e.view.node());
            }
        }
        charts.draw(Integer.MAX_VALUE, SnapshotPump::showing);
    }

    /** The heavy views' charts and which are due (for tests). */
    ChartTurns charts() {
        return charts;
    }

    private void show(Entry e, Snapshot s) {
        e.version = s.version();
        try {
            e.view.show(s);
        } catch (RuntimeException ex) {
            if (e.failed) {
                return;
            }
            e.failed = true;
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, new IllegalStateException(
                    I18n.get("error.viewFailed", e.view.getClass().getSimpleName()), ex));
        }
    }

    /**
     * In a scene, visible all the way up (not in a hidden tab, not removed from the grid) and at least
     * partly inside the window (not scrolled out of the grid's view: in a small window the grid is one
     * column and most views are below its edge).
     */
    static boolean showing(Node n) {
        javafx.scene.Scene scene = n.getScene();
        if (scene == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
        return b.getMaxX() > 0 && b.getMaxY() > 0 && b.getMinX() < scene.getWidth() && b.getMinY() < scene.getHeight();
    }

    /** The version of the last snapshot a view was shown, or Long.MIN_VALUE (never, or not fed by this pump). */
    public long versionShown(SnapshotView v) {
        for (List<Entry> list : List.of(cheap, heavy)) {
            for (Entry e : list) {
                if (e.view == v) {
                    return e.version;
                }
            }
        }
        return Long.MIN_VALUE;
    }

    /** Snapshots shown so far. */
    public long shown() {
        return shown;
    }
}
