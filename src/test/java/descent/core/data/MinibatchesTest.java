package descent.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import descent.core.math.Rng;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MinibatchesTest {

    /** The indices of one epoch, in the order handed out, checking each batch's length on the way. */
    private static int[] epoch(Minibatches mb, int n, int b) {
        int[] seen = new int[n];
        int k = 0;
        while (k < n) {
            int len = mb.next();
            assertEquals(Math.min(b, n - k), len, "batches are B long, the last one of an epoch is the remainder");
            System.arraycopy(mb.indices(), 0, seen, k, len);
            k += len;
        }
        return seen;
    }

    @Test
    void everyExampleExactlyOncePerEpoch() {
        int n = 23;
        int b = 5;
        Minibatches mb = new Minibatches(n, b, true, new Rng(1));
        int[] previous = null;
        for (int e = 0; e < 6; e++) {
            assertEquals(e, mb.epoch());
            int[] order = epoch(mb, n, b);
            int[] sorted = order.clone();
            Arrays.sort(sorted);
            for (int i = 0; i < n; i++) {
                assertEquals(i, sorted[i], "epoch " + e + " must be a permutation of 0..N−1");
            }
            if (previous != null) {
                assertFalse(Arrays.equals(previous, order), "each epoch is reshuffled");
            }
            previous = order;
            assertEquals(e + 1, mb.epoch());
            assertEquals(e + 1, mb.fractionalEpoch(), 1e-12);
        }
    }

    @Test
    void withoutShufflingTheOrderIsTheDatasets() {
        Minibatches mb = new Minibatches(10, 4, false, new Rng(1));
        for (int e = 0; e < 3; e++) {
            assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, epoch(mb, 10, 4));
        }
    }

    @Test
    void restartReplaysTheSameOrder() {
        Minibatches mb = new Minibatches(17, 3, true, new Rng(8));
        int[] first = epoch(mb, 17, 3);
        int[] second = epoch(mb, 17, 3);
        mb.restart();
        assertEquals(0, mb.epoch());
        assertArrayEquals(first, epoch(mb, 17, 3));
        assertArrayEquals(second, epoch(mb, 17, 3));
    }

    @Test
    void copiesTheGeneratorSoTheCallersStreamIsUntouched() {
        Rng rng = new Rng(4);
        Rng reference = new Rng(4);
        new Minibatches(50, 5, true, rng).next();
        assertEquals(reference.nextInt(), rng.nextInt());
    }

    @Test
    void batchSizeIsClampedAndFullBatchIsOneBatchPerEpoch() {
        Minibatches mb = new Minibatches(8, 100, true, new Rng(1));
        assertEquals(8, mb.batchSize());
        assertEquals(8, mb.next());
        assertEquals(1, mb.epoch());
        mb.setBatchSize(0);
        assertEquals(1, mb.batchSize());
        assertEquals(1, mb.next());
        assertEquals(1.125, mb.fractionalEpoch(), 1e-12);
    }
}
