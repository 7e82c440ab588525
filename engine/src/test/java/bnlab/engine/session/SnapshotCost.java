package bnlab.engine.session;

import bnlab.engine.train.TwinRunner;

/** For benchmarks: what probing and building one snapshot costs, the session's own way. */
public final class SnapshotCost {
    private SnapshotCost() {
    }

    /**
     * ms per snapshot after a traced step (probes of both twins' traces, the history view, the
     * snapshot), median of n; the steps themselves are not counted. Evaluations are kept out (the
     * evaluation step is far).
     */
    public static double[] probeAndBuildMs(TwinRunner r, int n) {
        SnapshotBuilder b = new SnapshotBuilder();
        b.evaluateIfDue(r);
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            r.step(true);
            long t0 = System.nanoTime();
            b.afterStep(r);
            b.build(i, r, true, null, 0);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }
}
