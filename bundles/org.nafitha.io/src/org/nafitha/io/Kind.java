package org.nafitha.io;

import java.util.Locale;

/** What a file holds, for import and export. */
public enum Kind {
    CENTERS("centers"), DEMAND("demand"), SERVICES("services"), REGIONS("regions"),
    /** Where the residents of existing demand zones live: points with a share or a population, per zone. */
    SETTLEMENTS("settlements"),
    /** Dated evaluation rounds and citizen-voice records of existing centers. */
    EVALUATIONS("evaluations"),
    /** The documents services of the registry require, and who issues or holds each (once-only). */
    DOCUMENTS("documents");

    private final String id;

    Kind(String id) {
        this.id = id;
    }

    /** As typed on the command line: centers, demand, services, regions, settlements, evaluations, documents. */
    public String id() {
        return id;
    }

    /** The kind for "centers", "demand", "services", "regions" (also "zones", "demand-zones"). */
    public static Kind parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Kind kind : values()) {
            if (kind.id.equals(t)) {
                return kind;
            }
        }
        if (t.equals("zones") || t.equals("demand-zones") || t.equals("demandzones")) {
            return DEMAND;
        }
        throw new IllegalArgumentException("unknown kind '" + text + "': expected centers, demand, services, regions, settlements, evaluations or documents");
    }
}
