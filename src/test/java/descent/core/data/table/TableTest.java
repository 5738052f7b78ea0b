package descent.core.data.table;

import descent.core.math.Rng;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables, their parsers' messages, and standardization by the training split alone (values worked out by hand). */
class TableTest {
    private static final String SMALL = "# a comment\nclasses: a,b,c\nu,v,label\n1,10,0\n3,10,1\n5,10,2\n7,10,2\n";

    @Test
    void parsesTheTextForm() {
        Table t = TableText.parse(SMALL);
        assertEquals(4, t.size());
        assertEquals(2, t.dimension());
        assertEquals(3, t.classCount());
        assertArrayEquals(new int[] {1, 1, 2}, t.classCounts());
        assertEquals("v", t.featureName(1));
        assertEquals(5.0, t.x(2, 0));
    }

    @Test
    void namesTheLineOfEachFlaw() {
        assertMessage("line 4: 2 cells where the header has 3", "classes: a,b\nu,v,label\n1,2,0\n1,0\n");
        assertMessage("line 3: label \"2\" is not a class in 0…1", "classes: a,b\nu,v,label\n1,2,2\n");
        assertMessage("line 3: \"1e999\" is not a finite number", "classes: a,b\nu,v,label\n1e999,2,0\n");
        assertMessage("line 1: expected \"classes: name,name,…\"", "u,v,label\n");
        assertMessage("line 2: the header must name the features and end with label", "classes: a,b\nu,v,y\n");
    }

    private static void assertMessage(String expected, String text) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, () -> TableText.parse(text)).getMessage());
    }

    @Test
    void digitBytesRefuseWhatIsNotAnImage() {
        byte[] record = new byte[DigitBytes.RECORD];
        record[3] = 17;
        assertEquals("image 0, pixel 3: 17 is over 16",
                assertThrows(IllegalArgumentException.class, () -> DigitBytes.parse(record)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> DigitBytes.parse(new byte[64]));
        record[3] = 16;
        record[64] = 10;
        assertEquals("image 0: label 10 is not a digit",
                assertThrows(IllegalArgumentException.class, () -> DigitBytes.parse(record)).getMessage());
    }

    @Test
    void standardizesByHand() {
        // u = 1, 3, 5, 7: μ = 4, σ = √((9 + 1 + 1 + 9)/4) = √5; v is constant, so only centred (σ taken as 1).
        Table t = TableText.parse(SMALL);
        Standardization s = Standardization.of(t);
        assertEquals(4.0, s.mean(0), 1e-15);
        assertEquals(Math.sqrt(5), s.scale(0), 1e-15);
        assertEquals(1.0, s.scale(1));
        Table z = s.apply(t);
        assertEquals(-3 / Math.sqrt(5), z.x(0, 0), 1e-15);
        assertEquals(0.0, z.x(0, 1));
        assertArrayEquals(t.labels(), z.labels());
    }

    @Test
    void splitIsScaledByItsTrainingPartOnly() {
        Table t = TableText.parse(SMALL);
        TableSplit split = TableSplit.of(t, 0.5, new Rng(7));
        assertEquals(2, split.train().size());
        assertEquals(2, split.validation().size());
        double mean = (split.train().x(0, 0) + split.train().x(1, 0)) / 2;
        assertEquals(0.0, mean, 1e-15, "the training split is centred");
        // The validation rows use the training μ and σ, so they are generally not centred: recompute one by hand.
        Standardization s = split.scaling();
        double raw = s.mean(0) + split.validation().x(0, 0) * s.scale(0);
        assertTrue(raw == 1 || raw == 3 || raw == 5 || raw == 7, "a validation row maps back to a raw value: " + raw);
    }

    @Test
    void columnsAndSubsetsKeepNamesAndLabels() {
        Table t = TableText.parse(SMALL);
        Table v = t.columns(1);
        assertEquals(1, v.dimension());
        assertEquals("v", v.featureName(0));
        Table sub = t.subset(new int[] {3, 0}, 2);
        assertEquals(7.0, sub.x(0, 0));
        assertEquals(2, sub.label(0));
        assertThrows(IllegalArgumentException.class, () -> t.columns(2));
    }
}
