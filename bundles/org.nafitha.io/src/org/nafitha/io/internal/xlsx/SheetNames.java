package org.nafitha.io.internal.xlsx;

/**
 * Turns a layer name into a name Excel accepts for a sheet: no {@code \ / ? * [ ] :}, no control characters, no
 * apostrophe at either end, not blank, not Excel's reserved "History", and at most 31 characters.
 */
final class SheetNames {

    /** Excel's limit on the length of a sheet name, in UTF-16 units. */
    static final int MAX_LENGTH = 31;

    private static final String FALLBACK = "Sheet1";

    private SheetNames() {
    }

    static String safe(String name) {
        if (name == null) {
            return FALLBACK;
        }
        StringBuilder text = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean forbidden = "\\/?*[]:".indexOf(c) >= 0 || Character.isISOControl(c);
            text.append(forbidden ? '_' : c);
        }
        String result = text.toString().strip();
        while (result.startsWith("'")) {
            result = result.substring(1);
        }
        while (result.endsWith("'")) {
            result = result.substring(0, result.length() - 1);
        }
        if (result.length() > MAX_LENGTH) {
            int end = MAX_LENGTH;
            if (Character.isHighSurrogate(result.charAt(end - 1))) {
                end--; // do not split a character outside the Basic Multilingual Plane
            }
            result = result.substring(0, end).strip();
            while (result.endsWith("'")) {
                result = result.substring(0, result.length() - 1);
            }
        }
        if (result.isBlank()) {
            return FALLBACK;
        }
        if (result.equalsIgnoreCase("History")) {
            return result + "_";
        }
        return result;
    }
}
