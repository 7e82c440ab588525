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
        return K != null && enabled ? (m.floats() != null ? K : null) : null;
    }

    /** Whether the vector kernels are in use (for benchmarks' reports). */
    public static boolean active() {
        return K != null && enabled;
    }
}
