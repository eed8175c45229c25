package org.nafitha.model.edit;

import java.util.Locale;

import org.nafitha.model.Named;

/** Names in the language the planner works in: Arabic when the default locale is Arabic, English otherwise. */
public final class BilingualLabels {

    private BilingualLabels() {
    }

    public static boolean arabic() {
        return "ar".equals(Locale.getDefault().getLanguage());
    }

    /** The preferred name, falling back to the other language, then to the code. */
    public static String name(Named n) {
        String preferred = arabic() ? n.getNameAr() : n.getNameEn();
        String other = arabic() ? n.getNameEn() : n.getNameAr();
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return other != null && !other.isBlank() ? other : n.getCode() == null ? "" : n.getCode();
    }

    /** "CSC-AM Maqablin Comprehensive Service Center", or the code or name alone when the other is missing. */
    public static String label(Named n) {
        String name = name(n);
        String code = n.getCode() == null ? "" : n.getCode();
        if (code.isEmpty() || name.equals(code)) {
            return name;
        }
        return code + " " + name;
    }
}
