package descent.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import descent.core.math.Rng;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataSplitTest {

    private static String key(Dataset d, int i) {
        return d.x0(i) + "," + d.x1(i) + "," + d.y(i);
    }

    @Test
    void partitionsThePointsByTheFraction() {
        Dataset all = DatasetKind.CIRCLE.generate(101, 0.1, new Rng(1));
        DataSplit split = DataSplit.of(all, 0.3, new Rng(2));
        assertEquals(30, split.train().size()); // round(30.3)
        assertEquals(71, split.validation().size());

        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            counts.merge(key(all, i), 1, Integer::sum);
        }
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            for (int i = 0; i < part.size(); i++) {
                int left = counts.merge(key(part, i), -1, Integer::sum);
                assertTrue(left >= 0, "a point appears in the split more often than in the data");
            }
        }
        assertTrue(counts.values().stream().allMatch(c -> c == 0), "every point lands in exactly one part");
    }

    @Test
    void keepsTheGeneratorsOrderInsideEachPart() {
        Dataset all = DatasetKind.CIRCLE.generate(200, 0, new Rng(1));
        DataSplit split = DataSplit.of(all, 0.5, new Rng(2));
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            boolean seenZero = false;
            for (int i = 0; i < part.size(); i++) {
                if (part.y(i) == 0) {
                    seenZero = true;
                } else {
                    assertFalse(seenZero, "labels 1 must all come before labels 0");
                }
            }
        }
    }

    @Test
    void isDeterministicPerSeed() {
        Dataset all = DatasetKind.MOONS.generate(60, 0.1, new Rng(1));
        DataSplit a = DataSplit.of(all, 0.5, new Rng(9));
        DataSplit b = DataSplit.of(all, 0.5, new Rng(9));
        DataSplit c = DataSplit.of(all, 0.5, new Rng(10));
        assertArrayEquals(a.train().points(), b.train().points());
        assertFalse(Arrays.equals(a.train().points(), c.train().points()));
    }

    @Test
    void extremeFractionsKeepAtLeastOneTrainingPoint() {
        Dataset all = DatasetKind.XOR.generate(10, 0, new Rng(1));
        assertEquals(1, DataSplit.of(all, 0, new Rng(1)).train().size());
        DataSplit full = DataSplit.of(all, 1, new Rng(1));
        assertEquals(10, full.train().size());
        assertEquals(0, full.validation().size());
    }
}
