package bnlab.app.headless;

import bnlab.engine.api.Command;
import bnlab.engine.api.SessionHandle;
import bnlab.engine.api.Snapshot;

import java.util.function.LongConsumer;

/**
 * Runs a session to given steps for a command without a window, by Step commands: stepping probes and
 * evaluates at the settings' cadence (every probeEvery and evalEvery steps), as the window shows a run at
 * its playing speed, and stops exactly at the mark. Playing flat out, as this once did up to 300 steps
 * before each mark, probes only when a snapshot is due and evaluates only within a share of the time: a
 * 2,000-step render's running statistics had a point every ~40 steps, then every 3 over the last 300, and
 * its train-minus-eval accuracy no point between steps 280 and 1,480. The caller's thread waits; the
 * engine's own thread trains.
 */
final class Training {
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
        session.send(new Command.Step((int) (target - s.step())));
        s = await(target);
        progress.accept(s.step());
        return s;
    }

    // wait for a snapshot at or past the step that has stopped there
    private Snapshot await(long step) throws InterruptedException {
        long lastStep = -1;
        long since = System.nanoTime();
        while (true) {
            Snapshot s = session.latest();
            if (s.step() >= step && !s.playing()) {
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
}
