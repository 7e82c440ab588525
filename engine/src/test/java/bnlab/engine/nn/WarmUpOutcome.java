package bnlab.engine.nn;

/** Run by {@link SimdWarmUpTest} in a JVM of its own: warms the vector kernels up and prints "state N". */
public final class WarmUpOutcome {
    private WarmUpOutcome() {
    }

    public static void main(String[] args) {
        Simd.awaitWarm();
        System.out.println("state " + Simd.state());
    }
}
