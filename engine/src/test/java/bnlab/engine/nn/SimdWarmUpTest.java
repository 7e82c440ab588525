package bnlab.engine.nn;

import bnlab.engine.ChildJvm;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up's choice between the vector kernels and the plain loops, each in a JVM of its own: where the
 * JIT turns the Vector API into vector instructions (C2) the layers run the vector kernels; where it does
 * not (a JVM with C1 only, in which every vector is an allocated object) they keep the plain loops.
 */
class SimdWarmUpTest {
    @Test
    void withTheFirstCompilerOnlyThePlainLoopsStay() throws Exception {
        assertEquals(Simd.PLAIN, outcome("-XX:TieredStopAtLevel=1", 4));
    }

    @Test
    void withBothCompilersTheVectorKernelsAreChosen() throws Exception {
        // the child's set-up is the one above but for the compiler: the test above can fail
        assertEquals(Simd.VECTOR, outcome("-XX:+TieredCompilation", 20));
    }

    @Test
    void anAbsurdGiveUpTimeIsTheDefault() {
        assertEquals(8, Simd.giveUpSeconds(null));
        assertEquals(4, Simd.giveUpSeconds("4"));
        assertEquals(8, Simd.giveUpSeconds("soon"));
        assertEquals(8, Simd.giveUpSeconds("-1"));
        assertEquals(8, Simd.giveUpSeconds("NaN"));
        assertEquals(8, Simd.giveUpSeconds("1e9"));
    }

    // the warm-up's outcome in a JVM with this JIT option, giving up after giveUp seconds (it returns as soon as
    // the vector kernels win: the time matters only where they never do)
    private static int outcome(String jitOption, int giveUp) throws Exception {
        ChildJvm.Result r = ChildJvm.run(List.of(jitOption, "--add-modules", "jdk.incubator.vector",
                "-Dbnlab.simd.giveUpSeconds=" + giveUp), WarmUpOutcome.class, List.of());
        assertEquals(0, r.exit(), r.out());
        String last = r.out().strip().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("state "), r.out());
        return Integer.parseInt(last.substring("state ".length()).trim());
    }
}
