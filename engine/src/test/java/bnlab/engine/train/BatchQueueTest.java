package bnlab.engine.train;

import bnlab.engine.data.Batcher;
import bnlab.engine.nn.Mat;
import bnlab.engine.nn.Nd4jSetup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Batches gathered ahead are the rows the batcher gives, and their memory stays bounded. */
class BatchQueueTest {
    @BeforeAll
    static void setUp() {
        Nd4jSetup.singleThreaded();
    }

    // row i of x is i, i, ..., i; label i % 3
    private static INDArray rows(int n, int cols) {
        float[] f = new float[n * cols];
        for (int i = 0; i < f.length; i++) {
            f[i] = i / cols;
        }
        return Nd4j.create(f, new long[]{n, cols}, DataType.FLOAT);
    }

    private static int[] labels(int n) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
        }
        return y;
    }

    @Test
    void eachSlotHoldsTheRowsOfItsIndicesAcrossEpochsAndBatchSizeChanges() {
        int n = 50;
        BatchQueue q = new BatchQueue(rows(n, 4), labels(n), 3, 8);
        Batcher b = new Batcher(n, 7, 11);
        int[] chunks = {8, 3, 1, 8, 5, 8, 2};
        for (int c = 0; c < 40; c++) {
            if (c == 20) {
                b.setBatchSize(4);
            }
            int k = chunks[c % chunks.length];
            int[][] idx = new int[k][];
            for (int j = 0; j < k; j++) {
                idx[j] = b.next();
            }
            BatchQueue.Slot[] slots = q.take(idx);
            q.planAhead(b, k);
            q.gatherAhead(); // as the twins' threads would, after their steps
            q.gathered();
            for (int j = 0; j < k; j++) {
                Mat x = slots[j].x.heap();
                Mat t = slots[j].t.heap();
                assertEquals(idx[j].length, x.rows, "chunk " + c);
                for (int r = 0; r < idx[j].length; r++) {
                    assertEquals(idx[j][r], x.get(r * 4 + 3), 0.0, "chunk " + c + ", batch " + j + ", row " + r);
                    assertEquals(1.0, t.get(r * 3 + idx[j][r] % 3), 0.0, "its one-hot label");
                }
            }
        }
        q.close();
    }

    @Test
    void bigBatchesAreGatheredOnlyAsFarAheadAsAChunkTakes() {
        // a batch of 30 rows of 40,000 floats is 4.8 MB: more than the memory allowed ahead
        int n = 100;
        BatchQueue q = new BatchQueue(rows(n, 40_000), labels(n), 3, 8);
        Batcher b = new Batcher(n, 30, 1);
        for (int c = 0; c < 10; c++) {
            q.take(new int[][]{b.next()});
            q.planAhead(b, 1);
            q.gatherAhead();
            q.gathered();
        }
        assertTrue(q.allocated() <= 2, "one in use and one ahead: " + q.allocated());
        q.close();
        // small batches: a whole chunk ahead
        BatchQueue small = new BatchQueue(rows(n, 4), labels(n), 3, 8);
        Batcher s = new Batcher(n, 5, 1);
        small.take(new int[][]{s.next()});
        small.planAhead(s, 1);
        assertEquals(9, small.allocated(), "the one taken and the next chunk's eight");
        small.close();
    }
}
