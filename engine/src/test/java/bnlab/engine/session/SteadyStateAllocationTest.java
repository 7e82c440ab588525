package bnlab.engine.session;

import bnlab.engine.api.Dataset;
import bnlab.engine.api.ExperimentSpec;
import bnlab.engine.api.TrainSettings;
import bnlab.engine.data.Bundled;
import bnlab.engine.nn.Nd4jSetup;
import bnlab.engine.train.TwinRunner;
import bnlab.engine.train.TwinThreads;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.deallocation.DeallocatorService;
import org.nd4j.linalg.factory.Nd4j;

import java.lang.reflect.Field;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once warm, training allocates no native memory: steps (traced and not), evaluations, probes,
 * snapshots and learning-rate changes create no ND4J buffer (ND4J registers every one with its
 * deallocator service, which counts them) and no JavaCPP pointer. Native memory allocated per step
 * would be freed only when the garbage collector happens to run, and resident memory would climb.
 */
class SteadyStateAllocationTest {
    private static Dataset digits;

    @BeforeAll
    static void load() throws Exception {
        Nd4jSetup.singleThreaded();
        digits = Bundled.digits();
    }

    /** ND4J native buffers created so far in this JVM (a counter that only grows). */
    static long nd4jBuffers() throws Exception {
        DeallocatorService d = Nd4j.getDeallocatorService();
        Field f = DeallocatorService.class.getDeclaredField("counter");
        f.setAccessible(true);
        return ((AtomicLong) f.get(d)).get();
    }

    @Test
    void theCounterCountsBuffers() throws Exception {
        long before = nd4jBuffers();
        Nd4j.create(DataType.FLOAT, 3, 3);
        assertTrue(nd4jBuffers() > before, "a new array is counted");
    }

    @Test
    void warmTrainingAllocatesNoNativeMemory() throws Exception {
        for (ExperimentSpec spec : new ExperimentSpec[]{ExperimentSpec.defaults(),
            ExperimentSpec.defaults().withNorm(bnlab.engine.api.NormKind.LAYER, bnlab.engine.api.Placement.AFTER_ACTIVATION),
            ExperimentSpec.cnnDefaults(),
            ExperimentSpec.cnnDefaults().withNorm(bnlab.engine.api.NormKind.GROUP, bnlab.engine.api.Placement.BEFORE_ACTIVATION)}) {
            TrainSettings s = TrainSettings.defaults().withOptimizerMomentum(0.9);
            try (TwinThreads threads = TwinThreads.parallel()) {
                TwinRunner r = new TwinRunner(spec, digits, s, DataType.FLOAT, threads);
                SnapshotBuilder b = new SnapshotBuilder();
                round(r, b, s, 60); // warm: every batch size, chunk size and probe seen once
                long buffers = nd4jBuffers();
                long pointers = Pointer.totalCount();
                long bytes = Pointer.totalBytes();
                round(r, b, s, 200);
                assertEquals(buffers, nd4jBuffers(), spec.arch() + " " + spec.norm() + ": ND4J buffers created by 200 warm steps");
                assertTrue(Pointer.totalCount() <= pointers, spec.norm() + ": JavaCPP pointers " + pointers + " -> "
                        + Pointer.totalCount());
                assertTrue(Pointer.totalBytes() <= bytes, spec.norm() + ": JavaCPP bytes " + bytes + " -> "
                        + Pointer.totalBytes());
                r.close();
            }
        }
    }

    // steps with a trace every third, an evaluation every 20 (the default), a snapshot every 5, a new
    // learning rate every 10
    private static void round(TwinRunner r, SnapshotBuilder b, TrainSettings s, int steps) {
        for (int i = 1; i <= steps; i++) {
            r.step(i % 3 == 0);
            b.afterStep(r);
            if (i % 5 == 0) {
                b.build(i, r, true, null, 0);
            }
            if (i % 10 == 0) {
                r.apply(s.withLearningRate(0.05 + 0.01 * (i % 70) / 10));
            }
        }
    }
}
