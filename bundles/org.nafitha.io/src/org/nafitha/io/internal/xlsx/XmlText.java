package org.nafitha.io.internal.xlsx;

/**
 * SpreadsheetML's escapes for characters that XML 1.0 cannot carry: Excel writes a carriage return in a cell as
 * {@code _x000D_} and a literal "_x" that would look like an escape as {@code _x005F_x}.
 */
final class XmlText {

    private XmlText() {
    }

    /** Replaces each {@code _xHHHH_} by the character it stands for. */
    static String unescape(String text) {
        int start = text.indexOf("_x");
        if (start < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (isEscape(text, i)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Protects text that happens to look like an escape, so that Excel (and {@link #unescape}) read it back as
     * written: "_x0041_" becomes "_x005F_x0041_".
     */
    static String escape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            if (isEscape(text, i)) {
                out.append("_x005F");
            }
            out.append(text.charAt(i));
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i) {
        if (i + 7 > text.length() || text.charAt(i) != '_' || text.charAt(i + 1) != 'x' || text.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(text.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether XML 1.0 can carry the text as it is: no control characters but tab, line feed and carriage return. */
    static int firstUnwritable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            if (control || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }
}
