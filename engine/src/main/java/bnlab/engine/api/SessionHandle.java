package bnlab.engine.api;

/**
 * The UI's view of a training session: commands in, snapshots out, never blocking the caller.
 * The session's own thread owns every ND4J array.
 */
public interface SessionHandle extends AutoCloseable {

    /** Queue a command; it is applied between two steps. Never blocks. */
    void send(Command command);

    /**
     * The most recent snapshot (latest wins). Never blocks; null only while a session started in the
     * background is still building its networks (see {@link #ready()}).
     */
    Snapshot latest();

    /**
     * Completes when the networks are built and the first snapshot is out; exceptionally, with the
     * problem, when they could not be built. Already complete for a session whose start blocked.
     */
    default java.util.concurrent.CompletionStage<Void> ready() {
        return java.util.concurrent.CompletableFuture.completedStage(null);
    }

    /**
     * Whether every command sent so far has been applied and nothing it asked for is left to run (steps, play, a
     * landscape), its result published in {@link #latest()}. Never blocks. By default: a snapshot out, not playing.
     */
    default boolean idle() {
        Snapshot s = latest();
        return s != null && !s.playing();
    }

    /** The latest state of the network-landscape computation, or null if none was requested. Never blocks. */
    default LandscapeState latestLandscape() {
        return null;
    }

    /** Stop the session thread and release its arrays. */
    @Override
    void close();
}
