package bnlab.engine.api;

import java.util.List;

/**
 * Where the network-landscape computation stands, published by the engine thread (latest wins).
 *
 * @param requestId grows with every ComputeLandscape (valid or not)
 * @param running   whether rows are still being computed
 * @param progress  fraction of the rows done, in [0, 1]
 * @param problem   a refusal, a cancellation or a failure, or null
 * @param notes     what the user should know about a computed landscape (a diverged twin, fewer samples)
 * @param seconds   wall time of the computation so far
 * @param result    the finished landscape, or null
 */
public record LandscapeState(long requestId, boolean running, double progress, Problem problem, List<Problem> notes,
                             double seconds, LandscapeResult result) {
    public LandscapeState {
        notes = List.copyOf(notes);
    }
}
