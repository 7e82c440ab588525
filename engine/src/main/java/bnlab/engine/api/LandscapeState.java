package bnlab.engine.api;

/**
 * Where the network-landscape computation stands, published by the engine thread (latest wins).
 * requestId grows with every ComputeLandscape (valid or not); progress is in [0, 1]; message is a
 * refusal, a cancellation, a diverged twin or a timing, or null; result is non-null only when the
 * request finished.
 */
public record LandscapeState(long requestId, boolean running, double progress, String message,
                             LandscapeResult result) {
}
