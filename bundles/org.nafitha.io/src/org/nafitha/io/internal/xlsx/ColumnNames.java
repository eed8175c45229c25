package org.nafitha.io.internal.xlsx;

/**
 * Spreadsheet column letters ("A", "Z", "AA", ... "XFD") and zero-based column indexes, both ways, and the column
 * part of a cell reference such as "AB12".
 */
final class ColumnNames {

    /** Excel's last column, XFD, as a zero-based index. */
    static final int MAX_COLUMN = 16_383;

    private ColumnNames() {
    }

    /** "A" for 0, "Z" for 25, "AA" for 26. */
    static String letters(int column) {
        if (column < 0) {
            throw new IllegalArgumentException("column " + column);
        }
        StringBuilder text = new StringBuilder(3);
        int rest = column + 1;
        while (rest > 0) {
            int digit = (rest - 1) % 26;
            text.append((char) ('A' + digit));
            rest = (rest - 1) / 26;
        }
        return text.reverse().toString();
    }

    /**
     * The zero-based column of a cell reference ("C7" gives 2), or -1 when the reference does not start with column
     * letters or names a column past XFD.
     */
    static int columnOf(String reference) {
        int column = 0;
        int letters = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            int digit;
            if (c >= 'A' && c <= 'Z') {
                digit = c - 'A' + 1;
            } else if (c >= 'a' && c <= 'z') {
                digit = c - 'a' + 1;
            } else if (c == '$' && letters == 0) {
                continue;
            } else {
                break;
            }
            column = column * 26 + digit;
            letters++;
            if (column - 1 > MAX_COLUMN) {
                return -1;
            }
        }
        return letters == 0 ? -1 : column - 1;
    }
}
