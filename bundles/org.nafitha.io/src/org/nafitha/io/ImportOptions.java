package org.nafitha.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.nafitha.model.RegionLevel;

/**
 * How to read a file: its format (by default from its extension), the CRS of its coordinates when the file does not
 * declare one, which column holds which field when the header does not say, and the level of imported regions.
 */
public final class ImportOptions {

    private String format;
    private String crs;
    private RegionLevel regionLevel;
    private final Map<String, String> columns = new LinkedHashMap<>();

    public ImportOptions format(String id) {
        this.format = id;
        return this;
    }

    /** e.g. "EPSG:32636"; required for coordinates in a file that declares no CRS (except lat/lon columns). */
    public ImportOptions crs(String code) {
        this.crs = code;
        return this;
    }

    public ImportOptions regionLevel(RegionLevel level) {
        this.regionLevel = level;
        return this;
    }

    /**
     * Reads a field from a named column, e.g. {@code column("population", "Population 2024")}. Fields: code, name_en,
     * name_ar, lat, lon, x, y, wkt, and the kind's own (population, region, area_type, parent, level, area_km2,
     * wikidata, kind, status, agency, counters, staff, opening_hours, services, accessibility, category,
     * annual_transactions, per_capita_rate, handling_minutes, handling_cv, digital_share, presence_required).
     */
    public ImportOptions column(String field, String column) {
        columns.put(field, column);
        return this;
    }

    public String format() {
        return format;
    }

    public String crs() {
        return crs;
    }

    public RegionLevel regionLevel() {
        return regionLevel;
    }

    public Map<String, String> columns() {
        return Collections.unmodifiableMap(columns);
    }
}
