package descent.core.nn;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MagnitudeHistogramTest {
    @Test
    void binsByOrderOfMagnitudeOfTheAbsoluteValue() {
        // decades −3 … 0 in 3 bins of one decade: [−3, −2), [−2, −1), [−1, 0]
        double[] v = {0.005, -0.002, 0.05, -0.5, 0.9, 1.0, 0, Double.NaN, 1e-9, 40};
        int[] bins = new int[3];
        int left = MagnitudeHistogram.count(v, 0, v.length, -3, 0, bins);
        assertEquals(2, left, "the zero and 1e-9, below the axis, are counted, not binned");
        // 0.005 and 0.002 in the first; 0.05; 0.5, 0.9, 1.0 and the clamped 40 in the last
        assertArrayEquals(new int[] {2, 1, 4}, bins);
    }

    @Test
    void aSpikeShrinkingTenfoldPerLayerMovesOneDecadePerLayer() {
        int[] bins = new int[12];
        int previous = Integer.MAX_VALUE;
        for (int layer = 0; layer < 10; layer++) {
            double sigma = 3 * Math.pow(10, -layer - 1); // mid-decade: no value on a bin edge
            double[] v = {sigma, -sigma};
            MagnitudeHistogram.count(v, 0, 2, -12, 0, bins);
            int at = -1;
            for (int i = 0; i < bins.length; i++) {
                if (bins[i] > 0) {
                    at = i;
                }
            }
            assertEquals(2, bins[at]);
            assertEquals(previous == Integer.MAX_VALUE ? 11 : previous - 1, at, "layer " + layer);
            previous = at;
        }
    }

    @Test
    void decadesSpanTheSmallestAndThreeTimesTheLargestSpread() {
        double[] out = new double[2];
        MagnitudeHistogram.decades(new double[] {0.014, 7.3e-4, 6.4e-14, Double.NaN, 0}, 0, 5, 0, out);
        assertEquals(-16, out[0]); // floor(log10 6.4e-14) − 2 = −14 − 2
        assertEquals(-1, out[1]); // ceil(log10 0.042)
        MagnitudeHistogram.decades(new double[] {0.9, 0.8}, 0, 2, 0, out);
        assertEquals(-3, out[0]);
        assertEquals(0, out[1], "capped: |tanh| ≤ 1");
        MagnitudeHistogram.decades(new double[] {0, Double.NaN}, 0, 2, 0, out);
        assertArrayEquals(new double[] {-1, 0}, out);
    }

    @Test
    void spreadRatioIsLargestOverSmallest() {
        assertEquals(1000, MagnitudeHistogram.spreadRatio(new double[] {1e-3, 0.5, 1, 0}, 0, 4), 1e-9);
        assertEquals(1, MagnitudeHistogram.spreadRatio(new double[] {0, Double.NaN}, 0, 2));
    }

    @Test
    void anEmptyAxisIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> MagnitudeHistogram.count(new double[1], 0, 1, 0, 0, new int[3]));
    }
}
