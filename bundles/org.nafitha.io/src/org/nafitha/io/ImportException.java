package org.nafitha.io;

import java.nio.file.Path;

/**
 * Why a file cannot be imported: the file, where in it (a line, a feature, a record, a row), the field, what was
 * expected and what was found. Nothing has been changed when this is thrown.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String location;
    private final String field;
    private final String expected;
    private final String found;

    /**
     * @param file the file's name (or path) as the user gave it
     * @param location e.g. "line 12", "feature 3", "record 7", "row 5", or null for the file as a whole
     * @param field the column or property, or null
     * @param expected what a valid value looks like
     * @param found what the file holds there, or null
     */
    public ImportException(String file, String location, String field, String expected, String found) {
        this(file, location, field, expected, found, null);
    }

    public ImportException(String file, String location, String field, String expected, String found, Throwable cause) {
        super(format(file, location, field, expected, found), cause);
        this.file = file;
        this.location = location;
        this.field = field;
        this.expected = expected;
        this.found = found;
    }

    public static ImportException of(Path file, String location, String field, String expected, String found) {
        return new ImportException(String.valueOf(file.getFileName()), location, field, expected, found);
    }

    private static String format(String file, String location, String field, String expected, String found) {
        StringBuilder text = new StringBuilder(file == null ? "input" : file);
        if (location != null) {
            text.append(", ").append(location);
        }
        if (field != null) {
            text.append(", field '").append(field).append('\'');
        }
        text.append(": expected ").append(expected);
        if (found != null) {
            String shown = found.length() > 60 ? found.substring(0, 57) + "..." : found;
            text.append(", found '").append(shown).append('\'');
        }
        return text.toString();
    }

    public String file() {
        return file;
    }

    public String location() {
        return location;
    }

    public String field() {
        return field;
    }

    public String expected() {
        return expected;
    }

    public String found() {
        return found;
    }
}
