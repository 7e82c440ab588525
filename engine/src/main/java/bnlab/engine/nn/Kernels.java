package bnlab.engine.nn;

/** What the layers' loops run on, for reports (benchmarks, the app's about box). */
public final class Kernels {
    private Kernels() {
    }

    /** Blocks until the warm-up has decided whether the layers run the vector kernels: benchmarks measure those. */
    public static void awaitWarm() {
        Simd.awaitWarm();
    }

    /** Start the vector kernels' warm-up if it has not started (the first training step calls this). */
    public static void warmUp() {
        Simd.warmUp();
    }

    /** "on (8 lanes)" with the Vector API kernels, else "off (...)" and why. */
    public static String describe() {
        if (Simd.K == null) {
            return ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()
                    ? "off (launch without --add-modules jdk.incubator.vector)" : "off (-Dbnlab.simd=false)";
        }
        if (Simd.state() == Simd.PLAIN) {
            return "off (the JIT did not compile the vector kernels: slower than the plain loops)";
        }
        return "on (" + VectorKernels.L + " lanes)";
    }
}
