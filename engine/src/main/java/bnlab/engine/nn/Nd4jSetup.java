package bnlab.engine.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * One OpenMP / OpenBLAS thread per network. With ND4J's default of two threads, the small matrices
 * of a classroom MLP train 3-10x slower and erratically on these 2-core machines. Called by every
 * entry point into the engine (session, benchmarks, tests), so no launch path depends on the
 * OMP_NUM_THREADS environment variable (which the build sets too).
 */
public final class Nd4jSetup {
    private static volatile boolean done;

    private Nd4jSetup() {
    }

    public static synchronized void singleThreaded() {
        if (done) {
            return;
        }
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        done = true;
    }
}
