package descent.web.state;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SafeTextTest {
    @Test
    void labelsLoseControlsAndDirectionOverridesAndKeepTheRest() {
        assertEquals("Adam β1=0.5 😀", SafeText.cleanLabel("Adam β1=0.5 😀"));
        assertEquals("abc", SafeText.cleanLabel("a\u0000b\nc\u007f"));
        assertEquals("evil", SafeText.cleanLabel("\u202Eev\u2066il\u200F"));
        assertEquals("ab", SafeText.cleanLabel("a\u0085\u2028b\uFEFF"));
        assertEquals("x", SafeText.cleanLabel("\uD800x\uDC00"), "unpaired surrogates");
        assertEquals("a b", SafeText.cleanLabel("  a b  "));
        assertEquals("", SafeText.cleanLabel(null));
    }

    @Test
    void labelsShowMarkupAsHarmlessText() {
        String clean = SafeText.cleanLabel("<script>alert(1)</script>");
        assertEquals("‹script›alert(1)‹/script›", clean);
        assertFalse(clean.contains("<") || clean.contains(">"));
    }

    @Test
    void labelsAreCutWithoutSplittingASurrogatePair() {
        assertEquals("x".repeat(32), SafeText.cleanLabel("x".repeat(10_000)));
        String emoji = "😀".repeat(20); // 40 UTF-16 units
        String cut = SafeText.cleanLabel("x" + emoji);
        assertEquals(31, cut.length(), "the pair that would straddle unit 32 is dropped whole");
        assertFalse(Character.isHighSurrogate(cut.charAt(cut.length() - 1)));
        assertEquals("a", SafeText.cleanLabel("a" + " ".repeat(40) + "b"), "trimmed again after the cut");
    }

    @Test
    void cleaningIsIdempotent() {
        String[] samples = {"a\u0000<b>  ", "😀".repeat(30), " x ", "\u202E<img src=x>", "é" + "x".repeat(40)};
        for (String s : samples) {
            String once = SafeText.cleanLabel(s);
            assertEquals(once, SafeText.cleanLabel(once));
        }
    }

    @Test
    void quotesAreShortAndClean() {
        assertEquals("\"‹img src=x onerror=alert(1)›\"", SafeText.quote("<img src=x onerror=alert(1)>"));
        String q = SafeText.quote("a\u0001".repeat(1_000_000));
        assertEquals("\"" + "a".repeat(40) + "…\"", q);
        assertEquals("\"ab\"", SafeText.quote("a\nb"));
    }

    @Test
    void tokensAreLowerCaseLettersDigitsAndDashes() {
        assertTrue(SafeText.isToken("momentum-vs-sgd-2", 40));
        assertFalse(SafeText.isToken("", 40));
        assertFalse(SafeText.isToken("Upper", 40));
        assertFalse(SafeText.isToken("a_b", 40));
        assertFalse(SafeText.isToken("../etc", 40));
        assertFalse(SafeText.isToken("x".repeat(41), 40));
    }
}
