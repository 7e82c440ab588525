package bnlab.engine.nn;

/**
 * Whether the layers' loops on float matrices run as {@link VectorKernels} (the JDK Vector API, when the
 * launch adds the incubator module: {@code --add-modules jdk.incubator.vector}) or as the plain loops next
 * to them. Both give the same bits; the vector ones are 2-8x faster. {@code -Dbnlab.simd=false} keeps the
 * plain loops.
 */
final class Simd {
    private Simd() {
    }

    /** The vector kernels, or null when the module is absent or switched off. */
    static final VectorKernels K = load();

    /** Tests compare both routes in one run. */
    static volatile boolean enabled = true;

    /**
     * Set once a thread of its own has run the vector kernels until the JIT compiled them (about a second
     * on a quiet core): until then the layers run the plain loops, which give the same bits, so a launch
     * does not spend seconds in the interpreted Vector API.
     */
    private static volatile boolean warm;

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    private static final int WARM_UP_ROUNDS = 3000;

    /**
     * Start the warm-up thread, once. The first training step does it (not the class's loading), so the
     * second core is free for the window while the app starts.
     */
    static void warmUp() {
        if (K != null && !STARTED.get() && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(() -> {
                K.warmUp(WARM_UP_ROUNDS);
                warm = true;
            }, "bnlab-simd-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    /** Wait until the vector kernels are in use (tests and benchmarks measure them, not the plain loops). */
    static void awaitWarm() {
        warmUp();
        while (K != null && !warm) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static VectorKernels load() {
        if (!Boolean.parseBoolean(System.getProperty("bnlab.simd", "true"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (VectorKernels) Class.forName("bnlab.engine.nn.VectorKernels").getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** The kernels to use for m, or null for the plain loops. */
    static VectorKernels on(Mat m) {
        return K != null && enabled && warm ? (m.floats() != null ? K : null) : null;
    }

    /** Whether the vector kernels are in use (for benchmarks' reports). */
    public static boolean active() {
        return K != null && enabled;
    }
}
