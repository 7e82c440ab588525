package bnlab.engine.session;

/**
 * The training speed limit and the measured speed. Engine thread only.
 * A fixed schedule t_k = t_0 + k / speed: a step that came late is caught up at once, so the rate
 * holds; more than 250 ms behind (a pause, a landscape job), the schedule restarts instead.
 */
final class Pacer {
    private static final long RESTART_NANOS = 250_000_000L;
    private static final long MAX_SLEEP_NANOS = 20_000_000L;
    private long nextStepAt;
    private long rateStart = System.nanoTime();
    private long rateSteps;
    private double stepsPerSec;

    /**
     * Whether a step may run now at the given limit (0: unlimited); waits a little when it may not. The
     * wait ends early when the thread is unparked (a command came: it is applied at once, not after the
     * wait) or interrupted (then this throws).
     */
    boolean due(double speed) throws InterruptedException {
        if (speed <= 0) {
            return true;
        }
        long interval = (long) (1e9 / speed);
        long now = System.nanoTime();
        if (now - nextStepAt > RESTART_NANOS) {
            nextStepAt = now;
        }
        if (now < nextStepAt) {
            long wait = Math.min(nextStepAt - now, MAX_SLEEP_NANOS);
            java.util.concurrent.locks.LockSupport.parkNanos(this, wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return false;
        }
        nextStepAt += interval;
        return true;
    }

    /** Count k steps; the speed is smoothed over half-second windows: s = (s + steps / window) / 2. */
    void stepped(int k) {
        rateSteps += k;
        long now = System.nanoTime();
        if (now - rateStart > 500_000_000L) {
            double window = rateSteps * 1e9 / (now - rateStart);
            stepsPerSec = stepsPerSec == 0 ? window : 0.5 * (stepsPerSec + window);
            rateStart = now;
            rateSteps = 0;
        }
    }

    double stepsPerSecond() {
        return stepsPerSec;
    }
}
