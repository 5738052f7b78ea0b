package descent.web.lanes;

import descent.web.dom.Dom;
import org.teavm.jso.dom.xml.Element;

/**
 * Typesets the core's plain-text formulas ("m̂ = m / (1 − β1^t)") as MathML elements, built with the DOM so
 * that no text ever becomes markup. Chromium renders MathML Core natively.
 *
 * <p>The notation read: letters are identifiers (a following combining accent, ᵀ, ⁻¹ or ᵢ stays with its
 * letter: m̂, θ̃, sᵀ, H⁻¹); digits after a letter are its subscript (β1 → β₁), as is {@code _word} (v_new);
 * {@code ^} raises the next atom or bracketed group (β1^(t+1), brackets dropped); √ takes the next atom or
 * group; a few words (solve, max, …) are words; everything else is an operator.
 */
final class RuleMath {
    static final String NS = "http://www.w3.org/1998/Math/MathML";
    private static final String[] WORDS = {"solve", "max", "min"};

    private final String text;
    private int at;

    private RuleMath(String text) {
        this.text = text;
    }

    static Element element(String tag) {
        return Dom.document().createElementNS(NS, tag);
    }

    static Element token(String tag, String content) {
        Element e = element(tag);
        e.setTextContent(content);
        return e;
    }

    /** A {@code <math>} of one line; block display for a formula, inline for a term. */
    static Element math(String line, boolean block) {
        Element math = element("math");
        if (block) {
            math.setAttribute("display", "block");
        }
        math.appendChild(row(line));
        return math;
    }

    /** The line as an {@code <mrow>}. */
    static Element row(String line) {
        RuleMath reader = new RuleMath(line);
        Element row = element("mrow");
        reader.readInto(row, (char) 0);
        return row;
    }

    /** Reads atoms into row until {@code close} (or the end), consuming the closing bracket. */
    private void readInto(Element row, char close) {
        Element previous = null;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == ' ') {
                at++;
                continue;
            }
            if (c == close) {
                at++;
                return;
            }
            if (c == '^' && previous != null) {
                at++;
                Element sup = element("msup");
                row.removeChild(previous);
                sup.appendChild(previous);
                sup.appendChild(atom());
                row.appendChild(sup);
                previous = sup;
                continue;
            }
            previous = atom();
            row.appendChild(previous);
        }
    }

    /** One atom: a bracketed group (brackets kept), a root, a word, an identifier or an operator. */
    private Element atom() {
        char c = text.charAt(at);
        if (c == '(') {
            at++;
            Element group = element("mrow");
            group.appendChild(token("mo", "("));
            readInto(group, ')');
            group.appendChild(token("mo", ")"));
            return group;
        }
        if (c == '√') {
            at++;
            Element root = element("msqrt");
            root.appendChild(bare());
            return root;
        }
        if (isDigit(c)) {
            int from = at;
            while (at < text.length() && (isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            return token("mn", text.substring(from, at));
        }
        if (Character.isLetter(c)) {
            String word = word();
            if (word != null) {
                return token("mi", word);
            }
            return identifier();
        }
        at++;
        return token("mo", String.valueOf(c));
    }

    /** The next atom with its brackets dropped, for exponents and roots: β1^(t+1), √(u + δ). */
    private Element bare() {
        if (at < text.length() && text.charAt(at) == '(') {
            at++;
            Element group = element("mrow");
            readInto(group, ')');
            return group;
        }
        return atom();
    }

    private String word() {
        for (String w : WORDS) {
            if (text.startsWith(w, at)) {
                int end = at + w.length();
                if (end == text.length() || !Character.isLetter(text.charAt(end))) {
                    at = end;
                    return w;
                }
            }
        }
        return null;
    }

    /** A letter with its marks, then a subscript of digits or of {@code _letters}. */
    private Element identifier() {
        int from = at++;
        while (at < text.length() && isMark(text.charAt(at))) {
            at++;
        }
        Element base = token("mi", text.substring(from, at));
        String subscript = null;
        if (at < text.length() && isDigit(text.charAt(at))) {
            int s = at;
            while (at < text.length() && isDigit(text.charAt(at))) {
                at++;
            }
            subscript = text.substring(s, at);
        } else if (at + 1 < text.length() && text.charAt(at) == '_' && Character.isLetter(text.charAt(at + 1))) {
            int s = ++at;
            while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
            }
            subscript = text.substring(s, at);
        }
        if (subscript == null) {
            return base;
        }
        Element sub = element("msub");
        sub.appendChild(base);
        sub.appendChild(token(isDigit(subscript.charAt(0)) ? "mn" : "mi", subscript));
        return sub;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Combining accents (̂ ̃ ̄), ᵀ, ⁻¹, ᵢ ⱼ and ₋: marks that belong to the letter before them. */
    private static boolean isMark(char c) {
        return (c >= '\u0300' && c <= '\u036f') || c == 'ᵀ' || c == '⁻' || c == '¹' || c == 'ᵢ' || c == 'ⱼ'
                || c == '₋';
    }
}
