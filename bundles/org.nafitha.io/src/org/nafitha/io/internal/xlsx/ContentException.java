package org.nafitha.io.internal.xlsx;

/**
 * A fault in a sheet's content found below the level of a feature: what was expected and what was found. The reader
 * adds the file, the row and the field and turns it into an {@link org.nafitha.io.ImportException}.
 */
final class ContentException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String found;

    ContentException(String expected, String found) {
        super("expected " + expected + (found == null ? "" : ", found '" + found + "'"));
        this.expected = expected;
        this.found = found;
    }

    String expected() {
        return expected;
    }

    String found() {
        return found;
    }
}
