package org.nafitha.io;

import java.util.Collections;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;

/**
 * One record of a file: its place in the file, its geometry (in the file's coordinates, may be null) and its
 * attributes by field name, in the file's order. Values are String, Long, Double, Boolean or null.
 */
public final class Feature {

    private final String location;
    private final Geometry geometry;
    private final Map<String, Object> attributes;

    public Feature(String location, Geometry geometry, Map<String, Object> attributes) {
        this.location = location;
        this.geometry = geometry;
        this.attributes = Collections.unmodifiableMap(attributes);
    }

    /** Where the feature is in its file, for messages: "line 12", "feature 3", "record 7", "row 5". */
    public String location() {
        return location;
    }

    public Geometry geometry() {
        return geometry;
    }

    public Map<String, Object> attributes() {
        return attributes;
    }

    public Object get(String field) {
        return attributes.get(field);
    }
}
