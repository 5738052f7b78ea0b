package descent.web.state;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PercentCodecTest {
    @Test
    void decodesEscapesPlusAndMultibyteCharacters() {
        assertEquals("a b", PercentCodec.decode("a+b"));
        assertEquals("a b", PercentCodec.decode("a%20b"));
        assertEquals("8,8", PercentCodec.decode("8%2C8"));
        assertEquals("é€😀", PercentCodec.decode("%C3%A9%E2%82%AC%F0%9F%98%80"));
        assertEquals("é", PercentCodec.decode("%c3%a9"), "lower-case hex");
        assertEquals("raw é stays", PercentCodec.decode("raw é stays"));
        assertEquals("+", PercentCodec.decode("%2B"));
        assertEquals("", PercentCodec.decode(""));
    }

    @Test
    void brokenEscapesMakeTheWholeComponentUnreadable() {
        String[] broken = {
            "%", "%4", "abc%", "%G0", "%4g", "%E0%A4%A", "%E0%A4", "%E2%82a", "%80", "%BF",
            "%C0%80", "%E0%80%80", "%F0%80%80%80", // overlong forms of small code points
            "%ED%A0%80", // an encoded surrogate
            "%F4%90%80%80", // above U+10FFFF
            "%F8%88%80%80%80", "%FF", "%C3%C3",
        };
        for (String s : broken) {
            assertNull(PercentCodec.decode(s), s);
        }
    }

    @Test
    void encodesEverythingButUnreservedCharactersAndCommas() {
        assertEquals("abc-._~,XYZ09", PercentCodec.encode("abc-._~,XYZ09"));
        assertEquals("a%20b%2B%26%3D%23%25%3C%3E%22%27", PercentCodec.encode("a b+&=#%<>\"'"));
        assertEquals("%C3%A9%E2%82%AC%F0%9F%98%80", PercentCodec.encode("é€😀"));
        assertEquals("%EF%BF%BDx", PercentCodec.encode("\uD800x"), "an unpaired surrogate has no UTF-8 form");
    }

    @Test
    void randomTextSurvivesEncodeThenDecode() {
        Random random = new Random(7);
        for (int k = 0; k < 2000; k++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(12);
            for (int i = 0; i < n; i++) {
                int cp = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x100000) : random.nextInt(0xD000);
                b.appendCodePoint(cp);
            }
            String s = b.toString();
            assertEquals(s, PercentCodec.decode(PercentCodec.encode(s)));
        }
    }
}
