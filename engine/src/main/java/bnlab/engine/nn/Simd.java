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

    /** The warm-up is running: the layers run the plain loops meanwhile. */
    static final int WARMING = 0;
    /** The vector kernels are compiled and faster than the plain loops: the layers run them. */
    static final int VECTOR = 1;
    /**
     * The vector kernels were still slower than the plain loops when the warm-up gave up: the JIT does not
     * compile them into vector instructions here (a JVM with only its first compiler, -XX:TieredStopAtLevel=1,
     * or -Xint; a method the JIT never took, as after JDK-8306460), and the Vector API run otherwise allocates
     * every vector and is 10-100x slower. The layers keep the plain loops (the same bits).
     */
    static final int PLAIN = 2;

    /**
     * Where the warm-up stands: a thread of its own runs the vector kernels until the JIT has compiled
     * them (about a second on a quiet core) and {@link VectorKernels#beatsPlainLoop} says they pay; until
     * then the layers run the plain loops, which give the same bits, so a launch does not spend seconds in
     * the interpreted Vector API.
     */
    private static volatile int state = WARMING;

    private static final java.util.concurrent.atomic.AtomicBoolean STARTED = new java.util.concurrent.atomic.AtomicBoolean();

    /** Rounds of every kernel before the first comparison with the plain loop (the JIT's thresholds). */
    private static final int WARM_UP_ROUNDS = 3000;
    /** Rounds between later comparisons. */
    private static final int MORE_ROUNDS = 300;

    /** The give-up time without the property, or with one out of range. */
    private static final double GIVE_UP_DEFAULT = 8;

    /**
     * How long the warm-up keeps trying before the plain loops stay (seconds, 0.1 to 600; tests shorten it). 8: on
     * an AVX2 machine about half the window's launches once got a C2 build of the vector sigmoid ~11 times slower than
     * the usual one for the whole run (a store compiled as a call, see VectorKernels.sigmoidInChunks), and at 20 s the
     * warm-up's comparisons took a core from the training that long; a build like that should not stay unnoticed.
     */
    private static final double GIVE_UP_SECONDS = giveUpSeconds(System.getProperty("bnlab.simd.giveUpSeconds"));

    static double giveUpSeconds(String property) {
        try {
            double s = property == null ? GIVE_UP_DEFAULT : Double.parseDouble(property);
            return s >= 0.1 && s <= 600 ? s : GIVE_UP_DEFAULT;
        } catch (NumberFormatException e) {
            return GIVE_UP_DEFAULT;
        }
    }

    /**
     * Start the warm-up thread, once. The first training step does it (not the class's loading), so the
     * second core is free for the window while the app starts.
     */
    static void warmUp() {
        if (K != null && !STARTED.get() && STARTED.compareAndSet(false, true)) {
            Thread t = new Thread(Simd::warm, "bnlab-simd-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
    }

    // the warm-up thread: rounds until the vector kernels beat the plain loop, or the time is up (or a kernel
    // failed: then too the plain loops stay, and whoever awaits the warm-up goes on)
    private static void warm() {
        try {
            state = tryKernels();
        } finally {
            if (state == WARMING) {
                state = PLAIN;
            }
        }
    }

    private static int tryKernels() {
        long end = System.nanoTime() + (long) (GIVE_UP_SECONDS * 1e9);
        for (int more = WARM_UP_ROUNDS; ; more = MORE_ROUNDS) {
            for (int done = 0; done < more && System.nanoTime() < end; done += MORE_ROUNDS / 10) {
                K.warmUp(MORE_ROUNDS / 10);
            }
            if (K.beatsPlainLoop()) {
                return VECTOR;
            }
            if (System.nanoTime() >= end) {
                return PLAIN;
            }
        }
    }

    /** Wait until the warm-up has decided (tests and benchmarks measure the kernels the layers will run). */
    static void awaitWarm() {
        warmUp();
        while (K != null && state == WARMING) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The warm-up's outcome: {@link #WARMING}, {@link #VECTOR} or {@link #PLAIN}. */
    static int state() {
        return state;
    }

    /** Tests that compare the two routes pin the vector one, after the warm-up, whatever its timing said. */
    static void pinVectorForTests() {
        awaitWarm();
        state = VECTOR;
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
        return K != null && enabled && state == VECTOR ? (m.floats() != null ? K : null) : null;
    }

    /** Whether the vector kernels are in use or may be, once warm (for benchmarks' reports). */
    public static boolean active() {
        return K != null && enabled && state != PLAIN;
    }
}
