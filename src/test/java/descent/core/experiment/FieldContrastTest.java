package descent.core.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FieldContrastTest {
    @Test
    void classDisagreementCountsCellsOnDifferentSidesOfOneHalf() {
        double[] a = {0.1, 0.6, 0.5, 0.9};
        double[] b = {0.4, 0.4, 0.49, 0.99};
        assertEquals(0.5, FieldContrast.classDisagreement(a, b, 4));
        assertEquals(0.0, FieldContrast.classDisagreement(a, a, 4));
        assertEquals(0.0, FieldContrast.classDisagreement(a, b, 0));
    }

    @Test
    void meanDifferenceIsAShareOfTheColourScale() {
        assertEquals(0.25, FieldContrast.meanDifference(new double[] {0, 2}, new double[] {1, 1}, 2, -2, 2), 1e-15);
        assertEquals(0.0, FieldContrast.meanDifference(new double[] {0}, new double[] {1}, 1, 1, 1));
    }
}
