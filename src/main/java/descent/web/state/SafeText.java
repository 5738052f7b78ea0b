package descent.web.state;

/**
 * Text from a URL made safe to show: control and direction-changing characters removed, angle brackets
 * neutralized, length bounded.
 *
 * <p>The page inserts this text with {@code textContent} only, never as HTML; these rules are the second
 * line of defence, for host pages that receive notices through the script API and might be less careful.
 * {@code <} and {@code >} become the look-alike quotation marks ‹ and ›, so "&lt;script&gt;" reads as
 * "‹script›": the intent stays visible and no tag can ever form.
 */
public final class SafeText {
    private SafeText() {
    }

    /**
     * A lane label as the state keeps it: unsafe characters removed, {@code <>} replaced by {@code ‹›},
     * spaces trimmed, at most {@link Limits#MAX_LABEL_CHARS} UTF-16 units (a surrogate pair is never split).
     * Idempotent: {@code cleanLabel(cleanLabel(s)).equals(cleanLabel(s))}. Null gives "". The label control
     * should apply it too, so a label typed on the page survives the round trip through the URL unchanged.
     */
    public static String cleanLabel(String s) {
        if (s == null) {
            return "";
        }
        String clean = trimSpaces(neutralize(strip(s)));
        return trimSpaces(cut(clean, Limits.MAX_LABEL_CHARS));
    }

    /**
     * Offending input quoted for a notice: cleaned like a label, cut to {@link Limits#MAX_QUOTE_CHARS}
     * characters with "…" when longer, inside double quotes, e.g. {@code "‹img src=x onerror=alert(1)›"}.
     */
    static String quote(String s) {
        // Only the head can be shown, so only the head is scanned: a megabyte of input costs nothing here.
        String head = s.length() > 4 * Limits.MAX_QUOTE_CHARS ? s.substring(0, 4 * Limits.MAX_QUOTE_CHARS) : s;
        String clean = neutralize(strip(head));
        boolean longer = clean.length() > Limits.MAX_QUOTE_CHARS || head.length() < s.length();
        return "\"" + cut(clean, Limits.MAX_QUOTE_CHARS) + (longer ? "…" : "") + "\"";
    }

    /** Whether s is 1 to maxLength characters of [a-z0-9-]: lesson and control ids. */
    static boolean isToken(String s, int maxLength) {
        int n = s.length();
        if (n == 0 || n > maxLength) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A-Z lowered, everything else kept (ids are ASCII; String.toLowerCase would depend on a locale). */
    static String lowerAscii(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return b == null ? s : b.toString();
    }

    /** s without leading and trailing ASCII spaces. */
    static String trimSpaces(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && s.charAt(from) == ' ') {
            from++;
        }
        while (to > from && s.charAt(to - 1) == ' ') {
            to--;
        }
        return s.substring(from, to);
    }

    /** s without control characters, direction overrides, invisible separators and unpaired surrogates. */
    static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    b.append(c).append(s.charAt(i + 1));
                    i++;
                }
            } else if (!Character.isLowSurrogate(c) && !isUnsafe(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * C0 and C1 controls, DEL, line/paragraph separators, the byte-order mark and interlinear annotation
     * marks, and the bidirectional marks, embeddings, overrides and isolates that can make text display
     * in an order other than the one it is stored in.
     */
    private static boolean isUnsafe(char c) {
        return c < 0x20 || c >= 0x7F && c <= 0x9F
                || c == 0x200E || c == 0x200F || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069
                || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFF9 && c <= 0xFFFB;
    }

    private static String neutralize(String s) {
        return s.replace('<', '‹').replace('>', '›');
    }

    /** The first max UTF-16 units of s, one fewer if the last would be half of a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }
}
