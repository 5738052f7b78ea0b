package descent.web.state;

/**
 * Percent-encoding of URL hash components, UTF-8, written here because TeaVM's {@code java.net} classes are
 * incomplete.
 *
 * <p>Decoding is strict about escapes and lenient about everything else: {@code +} is a space, characters
 * that need no escape (even raw non-ASCII ones) pass through, but a {@code %} that is not followed by two hex
 * digits, or escapes that do not form well-formed UTF-8 (truncated, overlong, surrogate or above U+10FFFF),
 * make the whole component unreadable ({@code null}) instead of silently turning into something else.
 *
 * <p>Encoding escapes every character except {@code A-Z a-z 0-9 - . _ ~ ,}: the output is safe inside an
 * HTML attribute, a JavaScript string and an iframe {@code src}, and the comma keeps lists like
 * {@code layers=8,8} readable.
 */
final class PercentCodec {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentCodec() {
    }

    /** The decoded text of one key or value, or null when its percent-encoding is broken. */
    static String decode(String s) {
        if (s.indexOf('%') < 0 && s.indexOf('+') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '+') {
                out.append(' ');
                i++;
            } else if (c != '%') {
                out.append(c);
                i++;
            } else {
                i = decodeSequence(s, i, out);
                if (i < 0) {
                    return null;
                }
            }
        }
        return out.toString();
    }

    /**
     * Decodes the UTF-8 sequence whose first escape starts at i, appends its character to out and returns the
     * index after it, or -1 when the escapes are not a well-formed sequence.
     */
    private static int decodeSequence(String s, int i, StringBuilder out) {
        int first = escapedByte(s, i);
        if (first < 0) {
            return -1;
        }
        int length;
        int codePoint;
        int smallest;
        if (first < 0x80) {
            out.append((char) first);
            return i + 3;
        } else if ((first & 0xE0) == 0xC0) {
            length = 2;
            codePoint = first & 0x1F;
            smallest = 0x80;
        } else if ((first & 0xF0) == 0xE0) {
            length = 3;
            codePoint = first & 0x0F;
            smallest = 0x800;
        } else if ((first & 0xF8) == 0xF0) {
            length = 4;
            codePoint = first & 0x07;
            smallest = 0x10000;
        } else {
            return -1; // a continuation byte or 0xF8..0xFF cannot start a sequence
        }
        int at = i + 3;
        for (int k = 1; k < length; k++) {
            int b = escapedByte(s, at);
            if (b < 0 || (b & 0xC0) != 0x80) {
                return -1;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            at += 3;
        }
        if (codePoint < smallest || codePoint > 0x10FFFF || codePoint >= 0xD800 && codePoint <= 0xDFFF) {
            return -1;
        }
        if (codePoint >= 0x10000) {
            int v = codePoint - 0x10000;
            out.append((char) (0xD800 + (v >> 10))).append((char) (0xDC00 + (v & 0x3FF)));
        } else {
            out.append((char) codePoint);
        }
        return at;
    }

    /** The byte of the escape "%XY" at i, or -1 when there is none there. */
    private static int escapedByte(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i) != '%') {
            return -1;
        }
        int hi = hexValue(s.charAt(i + 1));
        int lo = hexValue(s.charAt(i + 2));
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** s percent-encoded as UTF-8; an unpaired surrogate is written as U+FFFD (it has no UTF-8 form). */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int codePoint = c;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                codePoint = 0x10000 + ((c - 0xD800) << 10) + (s.charAt(i + 1) - 0xDC00);
                i++;
            } else if (Character.isSurrogate(c)) {
                codePoint = 0xFFFD;
            }
            if (isPlain(codePoint)) {
                out.append(c);
            } else if (codePoint < 0x80) {
                escape(out, codePoint);
            } else if (codePoint < 0x800) {
                escape(out, 0xC0 | codePoint >> 6);
                escape(out, 0x80 | codePoint & 0x3F);
            } else if (codePoint < 0x10000) {
                escape(out, 0xE0 | codePoint >> 12);
                escape(out, 0x80 | codePoint >> 6 & 0x3F);
                escape(out, 0x80 | codePoint & 0x3F);
            } else {
                escape(out, 0xF0 | codePoint >> 18);
                escape(out, 0x80 | codePoint >> 12 & 0x3F);
                escape(out, 0x80 | codePoint >> 6 & 0x3F);
                escape(out, 0x80 | codePoint & 0x3F);
            }
        }
        return out.toString();
    }

    private static boolean isPlain(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~' || c == ',';
    }

    private static void escape(StringBuilder out, int b) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
