package descent.core.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvImportTest {
    @Test
    void readsLabelledPointsWithAHeader() {
        CsvImport.Result r = CsvImport.parse("x,y,label\n1,2,0\n-1,-2,1\r\n0.5,0.25,1\n3,3,0\n");
        assertTrue(r.ok(), r.error());
        Dataset d = r.dataset();
        assertEquals(4, d.size());
        assertTrue(d.isClassification());
        assertEquals(-1, d.x0(1));
        assertEquals(-2, d.x1(1));
        assertEquals(1, d.y(2));
        assertEquals("", r.note());
    }

    @Test
    void aTargetHeaderOrNonLabelValuesMeanRegression() {
        assertFalse(CsvImport.parse("x,y,target\n1,2,0\n2,1,1\n0,0,0\n1,1,1").dataset().isClassification());
        Dataset d = CsvImport.parse("1 2 0.5\n2;1;3\n0\t0\t-7\n1,1,2").dataset();
        assertFalse(d.isClassification());
        assertEquals(-7, d.y(2));
    }

    @Test
    void minusOneIsClassZero() {
        Dataset d = CsvImport.parse("1,1,1\n2,2,-1\n3,3,1\n4,4,-1").dataset();
        assertTrue(d.isClassification());
        assertEquals(0, d.y(1));
    }

    @Test
    void farPointsAreScaledInAndTheResultSaysSo() {
        CsvImport.Result r = CsvImport.parse("100,0,1\n-50,10,0\n0,0,1\n20,20,0");
        assertTrue(r.ok(), r.error());
        assertEquals(5, r.dataset().x0(0), 1e-12); // 100 × 5/100
        assertEquals(-2.5, r.dataset().x0(1), 1e-12);
        assertTrue(r.note().contains("scaled by 0.05"), r.note());
    }

    @Test
    void errorsNameTheLineAndTheProblem() {
        assertEquals("line 3: expected 3 fields (x,y,label), found 2", CsvImport.parse("x,y,label\n1,2,0\n1,2\n").error());
        assertEquals("line 2: x is not a number: \"abc\"", CsvImport.parse("1,2,0\nabc,2,1\n3,3,1\n4,4,0").error());
        assertEquals("line 2: the label must be a whole number 0…9, not \"0.5\"", CsvImport.parse("x,y,label\n1,2,0.5\n").error());
        assertEquals("line 1: y is not a number: \"NaN\"", CsvImport.parse("1,NaN,0\n1,1,1\n2,2,0\n3,3,1").error());
        assertEquals("line 1: the header's third column must be label or target, not \"colour\"",
                CsvImport.parse("x,y,colour\n1,2,0").error());
        assertTrue(CsvImport.parse("").error().contains("empty"));
        assertTrue(CsvImport.parse("1,1,0\n2,2,1").error().contains("at least 4"));
        assertTrue(CsvImport.parse("1,1,1\n2,2,1\n3,3,1\n4,4,1").error().contains("both 0 and 1"));
        assertNull(CsvImport.parse("1,2,0\n<script>,2,1").dataset());
    }

    @Test
    void tooManyPointsAreRefused() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i <= CsvImport.MAX_POINTS; i++) {
            s.append(i % 5).append(',').append(i % 3).append(',').append(i % 2).append('\n');
        }
        assertEquals("line " + (CsvImport.MAX_POINTS + 1) + ": more than " + CsvImport.MAX_POINTS + " points",
                CsvImport.parse(s.toString()).error());
    }

    @Test
    void messagesQuoteInputShortAndWithoutControlCharacters() {
        String error = CsvImport.parse("1,2,0\nb\u0007ad" + "x".repeat(100) + ",1,1").error();
        assertTrue(error.startsWith("line 2: x is not a number: \"b?ad"), error);
        assertTrue(error.endsWith("…\""), error);
    }
}
