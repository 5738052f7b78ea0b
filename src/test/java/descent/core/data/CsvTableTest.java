package descent.core.data;

import descent.core.data.table.Table;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvTableTest {
    @Test
    void readsDFeaturesAndKLabelsWithAHeader() {
        CsvImport.Result r = CsvImport.parse("a,b,c,d,label\n1,2,3,4,0\n5,6,7,8,2\n9,10,11,12,1\n0,0,0,0,2\n");
        assertTrue(r.ok(), r.error());
        assertNull(r.dataset());
        Table t = r.table();
        assertEquals(4, t.size());
        assertEquals(4, t.dimension());
        assertEquals(3, t.classCount());
        assertEquals("c", t.featureName(2));
        assertEquals(7, t.x(1, 2));
        assertArrayEquals(new int[] {0, 2, 1, 2}, t.labels());
        assertArrayEquals(new int[] {1, 1, 2}, t.classCounts());
        assertEquals(4, r.size());
    }

    @Test
    void withoutAHeaderFeaturesAreNamedX1ToXd() {
        Table t = CsvImport.parse("1;2;3;4;5;1\n2 2 2 2 2 0\n1,1,1,1,1,1\n0\t0\t0\t0\t0\t0").table();
        assertEquals(5, t.dimension());
        assertEquals("x1", t.featureName(0));
        assertEquals("x5", t.featureName(4));
        assertEquals(2, t.classCount());
    }

    @Test
    void oneFeatureIsATableToo() {
        Table t = CsvImport.parse("0.1,0\n0.2,0\n0.9,1\n0.8,1").table();
        assertEquals(1, t.dimension());
        assertEquals(2, t.classCount());
    }

    @Test
    void threeColumnsWithLabelsTwoOrMoreAreKClassesOnThePlane() {
        CsvImport.Result headed = CsvImport.parse("x,y,label\n0,0,0\n1,1,1\n2,2,2\n3,3,2");
        assertEquals(3, headed.table().classCount());
        assertEquals(2, headed.table().dimension());
        assertEquals("", headed.note());
        CsvImport.Result guessed = CsvImport.parse("0,0,0\n1,1,1\n2,2,2\n3,3,3");
        assertEquals(4, guessed.table().classCount());
        assertTrue(guessed.note().startsWith("read as 4 classes"), guessed.note());
        assertTrue(guessed.note().contains("x,y,target"), guessed.note());
        // 0/1 stays the plane's two-class set, a fraction stays regression
        assertTrue(CsvImport.parse("0,0,0\n1,1,1\n2,2,1\n3,3,0").dataset().isClassification());
        assertFalse(CsvImport.parse("0,0,0\n1,1,1\n2,2,2\n3,3,2.5").dataset().isClassification());
    }

    @Test
    void badLinesAreNamedAndTheFileRefused() {
        assertEquals("line 3: expected 5 fields, as on line 1, found 4",
                CsvImport.parse("1,2,3,4,0\n1,2,3,4,1\n1,2,3,0\n").error());
        assertEquals("line 2: x3 is not a number: \"abc\"", CsvImport.parse("1,2,3,4,0\n1,2,abc,4,1\n").error());
        assertEquals("line 3: label \"12\": at most 10 classes, labelled 0…9",
                CsvImport.parse("a,b,c,label\n1,2,3,0\n1,2,3,12\n").error());
        assertEquals("line 2: the label must be a whole number 0…9 (the class), not \"1.5\"",
                CsvImport.parse("1,2,3,0\n1,2,3,1.5\n").error());
        assertEquals("line 2: the label must be a whole number 0…9 (the class), not \"-1\"",
                CsvImport.parse("1,2,3,0\n1,2,3,-1\n").error());
        assertEquals("line 1: the header's last column must be label or class, not \"target\" (a target needs two "
                + "inputs: x,y,target)", CsvImport.parse("a,b,c,target\n1,2,3,0\n").error());
        assertEquals("no row has label 1: the labels must be 0…2, each used at least once",
                CsvImport.parse("1,2,3,0\n1,2,3,2\n1,1,1,0\n2,2,2,2\n").error());
        assertEquals("every row has label 0: a classifier needs at least two classes",
                CsvImport.parse("1,2,3,0\n1,2,3,0\n1,1,1,0\n2,2,2,0\n").error());
        assertTrue(CsvImport.parse("1,2,3,0\n1,2,3,1\n").error().startsWith("only 2 rows"));
        assertTrue(CsvImport.parse("1\n2\n").error().contains("found one field"));
        StringBuilder wide = new StringBuilder();
        for (int j = 0; j < 70; j++) {
            wide.append(j).append(',');
        }
        assertEquals("line 1: 71 fields; at most 64 features and a label", CsvImport.parse(wide + "0\n").error());
    }

    @Test
    void sixtyFourFeaturesAreTheLimitAndRead() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 64; j++) {
                s.append((i * j) % 17).append(',');
            }
            s.append(i % 3).append('\n');
        }
        Table t = CsvImport.parse(s.toString()).table();
        assertEquals(64, t.dimension());
        assertEquals(3, t.classCount());
    }
}
