package bnlab.app.headless;

import bnlab.engine.api.Command;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;

import java.util.function.LongConsumer;

/**
 * Runs a session to given steps for a command without a window: as fast as it goes (play at full
 * speed) to a little before each mark, then a Step command for the rest, so it stops exactly there.
 * The caller's thread waits; the engine's own thread trains.
 */
final class Training {
    /** Steps left that are run by an exact Step command rather than played (playing stops late by ~50). */
    static final int EXACT = 300;
    /** Without progress for this long while nothing runs, the run is over (both twins diverged). */
    static final long STUCK_NANOS = 10_000_000_000L;

    private final SessionHandle session;
    private final LongConsumer progress;

    /** @param progress told the step reached, now and then */
    Training(SessionHandle session, LongConsumer progress) {
        this.session = session;
        this.progress = progress;
        session.send(new Command.SetSpeed(0));
    }

    /**
     * Train until the snapshot's step is target (or training can go no further) and return that snapshot.
     */
    Snapshot runTo(long target) throws InterruptedException {
        Snapshot s = session.latest();
        if (s.step() >= target) {
            return s;
        }
        if (target - s.step() > EXACT) {
            session.send(new Command.Play());
            s = await(target - EXACT, true);
            session.send(new Command.Pause());
            s = awaitPaused();
        }
        if (s.step() < target) {
            session.send(new Command.Step((int) (target - s.step())));
            s = await(target, false);
        }
        progress.accept(s.step());
        return s;
    }

    // wait for a snapshot at or past the step (playing: any; stepping: one that has stopped there)
    private Snapshot await(long step, boolean playing) throws InterruptedException {
        long lastStep = -1;
        long since = System.nanoTime();
        while (true) {
            Snapshot s = session.latest();
            if (s.step() >= step && (playing || !s.playing())) {
                return s;
            }
            if (s.step() != lastStep) {
                lastStep = s.step();
                since = System.nanoTime();
                progress.accept(s.step());
            } else if (System.nanoTime() - since > STUCK_NANOS && !s.playing()) {
                return s;
            }
            Thread.sleep(20);
        }
    }

    private Snapshot awaitPaused() throws InterruptedException {
        while (true) {
            Snapshot s = session.latest();
            if (!s.playing()) {
                return s;
            }
            Thread.sleep(10);
        }
    }
}
