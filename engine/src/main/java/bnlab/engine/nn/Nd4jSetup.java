package bnlab.engine.nn;

import org.nd4j.linalg.factory.Nd4j;

/**
 * How ND4J runs in this process, set before it first loads.
 * <p>
 * One OpenMP / OpenBLAS thread per network. With ND4J's default of two threads, the small matrices
 * of a classroom MLP train 3-10x slower and erratically on these 2-core machines; the twins use both
 * cores by stepping on two threads instead (TwinThreads). Called by every entry point into the engine
 * (session, benchmarks, tests), so no launch path depends on the OMP_NUM_THREADS environment variable
 * (which the build sets too).
 * <p>
 * Off-heap limits: JavaCPP's {@code org.bytedeco.javacpp.maxBytes} (1 GiB unless the launch sets it)
 * and {@code maxPhysicalBytes} (the maximum heap + 2 GiB unless set). When an allocation through
 * JavaCPP would pass them, JavaCPP runs the garbage collector (which frees unreachable native
 * memory) and, if that is not enough, refuses. ND4J 1.0.0-M2.1 allocates its arrays in libnd4j,
 * outside JavaCPP's count (measured: a 100 MB array leaves Pointer.totalBytes unchanged), so for
 * arrays the bound is the engine's own: a warm training step, probe, evaluation or snapshot allocates
 * no native memory at all (SteadyStateAllocationTest), and a rebuild releases the previous data at once
 * (TwinRunner.close) instead of waiting for a collection.
 */
public final class Nd4jSetup {
    private static volatile boolean done;

    static {
        limits();
    }

    private Nd4jSetup() {
    }

    /**
     * Set JavaCPP's off-heap limits unless the launch did (-Dorg.bytedeco.javacpp.maxBytes=...);
     * effective only before JavaCPP's Pointer class loads, so the engine calls it first thing.
     */
    public static void limits() {
        if (System.getProperty("org.bytedeco.javacpp.maxBytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxBytes", String.valueOf(1L << 30));
        }
        if (System.getProperty("org.bytedeco.javacpp.maxPhysicalBytes") == null) {
            System.setProperty("org.bytedeco.javacpp.maxPhysicalBytes",
                    String.valueOf(Runtime.getRuntime().maxMemory() + (2L << 30)));
        }
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
