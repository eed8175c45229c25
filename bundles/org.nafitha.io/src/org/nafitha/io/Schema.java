package org.nafitha.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an exporter writes: a layer name, the fields with their types, and the geometry type
 * ("Point", "Polygon", "MultiPolygon", or null for a table without geometry).
 */
public final class Schema {

    /** The type of a field's values. */
    public enum Type { STRING, INTEGER, REAL, BOOLEAN }

    private final String name;
    private final String geometryType;
    private final Map<String, Type> fields = new LinkedHashMap<>();

    public Schema(String name, String geometryType) {
        this.name = name;
        this.geometryType = geometryType;
    }

    public Schema field(String field, Type type) {
        fields.put(field, type);
        return this;
    }

    public String name() {
        return name;
    }

    public String geometryType() {
        return geometryType;
    }

    public Map<String, Type> fields() {
        return Collections.unmodifiableMap(fields);
    }
}
