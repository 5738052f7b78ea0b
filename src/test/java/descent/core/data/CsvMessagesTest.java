package descent.core.data;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each refusal names the real problem: a number gone wrong on the first line is not a bad header. */
class CsvMessagesTest {
    private static final String REST = "\n1,2,0\n2,1,1\n0,0,0\n";

    private static String error(String csv) {
        CsvImport.Result r = CsvImport.parse(csv);
        assertFalse(r.ok(), "should be refused: " + csv);
        return r.error();
    }

    @Test
    void anOverflowingNumberOnTheFirstLineIsTooLarge() {
        assertEquals("line 1: x is too large for a number: \"1e309\" (the largest is about 1.8e308)", error("1e309,1,0" + REST));
    }

    @Test
    void aMalformedNumberOnTheFirstLineIsNotANumber() {
        assertEquals("line 1: x is not a number: \"1.2.3\"", error("1.2.3,1,0" + REST));
    }

    @Test
    void aTypographicMinusIsNamed() {
        String e = error("\u22121,1,0" + REST);
        assertTrue(e.startsWith("line 1: x uses the dash \"\u2212\" as a minus sign"), e);
    }

    @Test
    void fullWidthDigitsAreNamed() {
        String e = error("1,\uff12,0" + REST);
        assertTrue(e.startsWith("line 1: y uses full-width characters"), e);
        String first = error("\uff11,2,0" + REST);
        assertTrue(first.startsWith("line 1: x uses full-width characters"), first);
    }

    @Test
    void aQuotedHeaderAndQuotedNumbersRead() {
        CsvImport.Result r = CsvImport.parse("\"x\",\"y\",\"label\"\n\"1\",2,0\n2,1,1\n0,0,0\n3,3,1\n");
        assertTrue(r.ok(), r.error());
        assertTrue(r.dataset().isClassification());
        assertEquals(4, r.dataset().size());
    }

    @Test
    void labelsThatAreNotZeroOrOneWithoutAHeaderSayRegressionWasChosen() {
        CsvImport.Result r = CsvImport.parse("1,2,0\n2,1,0.5\n0,0,1\n3,3,1\n");
        assertTrue(r.ok(), r.error());
        assertFalse(r.dataset().isClassification());
        assertTrue(r.note().startsWith("read as regression") && r.note().contains("0.5"), r.note());
        assertEquals("", CsvImport.parse("x,y,target\n1,2,0\n2,1,0.5\n0,0,1\n3,3,1\n").note(), "a header says it already");
    }

    @Test
    void theScaleNoteHasNoJavaExponent() {
        CsvImport.Result r = CsvImport.parse("1e300,0,0\n0,1e300,1\n-1e300,0,0\n0,0,1\n");
        assertTrue(r.ok(), r.error());
        assertFalse(r.note().contains("E"), r.note());
        assertTrue(r.note().contains("5e-300"), r.note());
        assertTrue(r.note().contains("scaled"), r.note());
    }

    @Test
    void sizeAndLineLimitsAreCheckedFirstWithTheLimitsInTheMessage() {
        assertNull(CsvImport.tooLarge(CsvImport.MAX_CHARS));
        assertEquals("the file has 1 MB; the limit is 256 KB (up to 2000 points)", CsvImport.tooLarge(1048576));
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < CsvImport.MAX_LINES + 1; i++) {
            lines.append('\n');
        }
        String e = CsvImport.tooLarge(lines.toString());
        assertTrue(e.startsWith("the file has more than 5000 lines"), e);
        assertEquals(e, CsvImport.parse(lines + "1,1,1").error(), "parse refuses the same way before reading a line");
    }
}
