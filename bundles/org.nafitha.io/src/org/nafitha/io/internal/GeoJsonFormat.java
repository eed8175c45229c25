package org.nafitha.io.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.ImportException;
import org.nafitha.io.Schema;
import org.nafitha.model.file.OutputFiles;

/**
 * GeoJSON (RFC 7946), read as a stream: a FeatureCollection, a single Feature or a bare geometry. Coordinates are
 * WGS84 longitude/latitude unless the file carries the (pre-RFC) {@code crs} member naming an EPSG code.
 */
public final class GeoJsonFormat implements Format {

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(16 << 20).maxNestingDepth(64).build())
            .build();

    @Override
    public String id() {
        return "geojson";
    }

    @Override
    public String name() {
        return "GeoJSON";
    }

    @Override
    public List<String> extensions() {
        return List.of("geojson", "json");
    }

    @Override
    public boolean canRead() {
        return true;
    }

    @Override
    public boolean canWrite() {
        return true;
    }

    @Override
    public FeatureReader open(Path file) throws ImportException {
        try {
            return new Reader(file);
        } catch (NoSuchFileException e) {
            throw ImportException.of(file, null, null, "an existing file", e.getFile());
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
    }

    @Override
    public FeatureWriter create(Path file, Schema schema) throws IOException {
        return new Writer(file, schema);
    }

    private static final class Reader implements FeatureReader {

        private final Path file;
        private final InputStream in;
        private final JsonParser parser;
        private final GeometryFactory geometries = new GeometryFactory();
        private final Set<String> fields = new LinkedHashSet<>();
        private String crs = "EPSG:4326"; // RFC 7946: longitude/latitude in WGS84
        private int count;
        private boolean inCollection;
        private boolean done;
        private Feature single;

        Reader(Path file) throws IOException, ImportException {
            this.file = file;
            this.in = Files.newInputStream(file);
            this.parser = JSON.createParser(in);
            boolean ok = false;
            try {
                start();
                ok = true;
            } finally {
                if (!ok) {
                    parser.close();
                    in.close();
                }
            }
        }

        private ImportException error(String location, String field, String expected, String found) {
            return ImportException.of(file, location, field, expected, found);
        }

        private String where() {
            JsonLocation at = parser.currentLocation();
            return (count > 0 ? "feature " + (count + (inCollection ? 1 : 0)) + ", " : "") + "line " + at.getLineNr() + ", column "
                    + at.getColumnNr();
        }

        private JsonToken token() throws ImportException {
            try {
                return parser.nextToken();
            } catch (JsonProcessingException e) {
                throw error(where(), null, "valid JSON", e.getOriginalMessage());
            } catch (IOException e) {
                throw error(where(), null, "a readable file", OutputFiles.reason(e));
            }
        }

        /** Reads up to the first feature of a collection (or the whole of a single feature or geometry). */
        private void start() throws ImportException, IOException {
            JsonToken token = token();
            if (token == null) {
                throw error(null, null, "a GeoJSON object", "an empty file");
            }
            if (token != JsonToken.START_OBJECT) {
                throw error(where(), null, "a GeoJSON object starting with '{'", parser.getText());
            }
            Map<String, Object> geometryMembers = new LinkedHashMap<>();
            String type = null;
            while ((token = token()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                token();
                switch (name) {
                    case "type" -> type = text("type");
                    case "crs" -> crs = orWgs84(readCrs());
                    case "features" -> {
                        if (parser.currentToken() != JsonToken.START_ARRAY) {
                            throw error(where(), "features", "an array of features", parser.getText());
                        }
                        inCollection = true;
                        return; // features are streamed by next(); members after them are read at the end
                    }
                    case "geometry", "properties", "coordinates", "geometries" -> geometryMembers.put(name, readValue());
                    default -> skip();
                }
            }
            done = true;
            if (type == null) {
                throw error(null, "type", "a GeoJSON object with a \"type\"", null);
            }
            if ("FeatureCollection".equals(type)) {
                throw error(null, "features", "a FeatureCollection with a \"features\" array", null);
            }
            if ("Feature".equals(type)) {
                single = toFeature("feature 1", geometryMembers);
            } else {
                Map<String, Object> geometry = new LinkedHashMap<>(geometryMembers);
                geometry.put("type", type);
                single = new Feature("feature 1", toGeometry("feature 1", geometry), new LinkedHashMap<>());
            }
        }

        private static String orWgs84(String code) {
            return code == null ? "EPSG:4326" : code;
        }

        private String readCrs() throws ImportException, IOException {
            Object value = readValue();
            if (value == null) {
                return null;
            }
            if (value instanceof Map<?, ?> map && map.get("properties") instanceof Map<?, ?> properties
                    && properties.get("name") instanceof String name) {
                String code = name.replaceAll("(?i)^urn:ogc:def:crs:", "").replace("::", ":");
                if (code.matches("(?i)OGC:1\\.3:CRS84|CRS84")) {
                    return "EPSG:4326";
                }
                if (code.matches("(?i)EPSG:\\d+")) {
                    return code.toUpperCase(Locale.ROOT);
                }
                throw error(null, "crs", "a crs naming an EPSG code (e.g. urn:ogc:def:crs:EPSG::32636)", name);
            }
            throw error(null, "crs", "a named crs ({\"type\":\"name\",\"properties\":{\"name\":\"EPSG:...\"}})", String.valueOf(value));
        }

        private String text(String field) throws ImportException, IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw error(where(), field, "a string", parser.getText());
            }
            return parser.getText();
        }

        private void skip() throws ImportException {
            try {
                parser.skipChildren();
            } catch (JsonProcessingException e) {
                throw error(where(), null, "valid JSON", e.getOriginalMessage());
            } catch (IOException e) {
                throw error(where(), null, "a readable file", OutputFiles.reason(e));
            }
        }

        /** The current value as Map, List, String, Long, Double, Boolean or null. */
        private Object readValue() throws ImportException, IOException {
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT: {
                    Map<String, Object> map = new LinkedHashMap<>();
                    while (token() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        token();
                        map.put(name, readValue());
                    }
                    return map;
                }
                case START_ARRAY: {
                    List<Object> list = new ArrayList<>();
                    while (token() != JsonToken.END_ARRAY) {
                        if (parser.currentToken() == null) {
                            throw error(where(), null, "the end of an array", "the end of the file");
                        }
                        list.add(readValue());
                    }
                    return list;
                }
                case VALUE_STRING:
                    return parser.getText();
                case VALUE_NUMBER_INT:
                    return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getDoubleValue() : parser.getLongValue();
                case VALUE_NUMBER_FLOAT:
                    return parser.getDoubleValue();
                case VALUE_TRUE:
                    return Boolean.TRUE;
                case VALUE_FALSE:
                    return Boolean.FALSE;
                case VALUE_NULL:
                    return null;
                default:
                    throw error(where(), null, "a JSON value", String.valueOf(token));
            }
        }

        @Override
        public List<String> fields() {
            return List.copyOf(fields);
        }

        @Override
        public String declaredCrs() {
            return crs;
        }

        @Override
        public Feature next() throws ImportException {
            if (single != null) {
                Feature feature = single;
                single = null;
                fields.addAll(feature.attributes().keySet());
                count = 1;
                return feature;
            }
            if (done) {
                return null;
            }
            try {
                JsonToken token = token();
                if (token == JsonToken.END_ARRAY) {
                    finish();
                    return null;
                }
                if (token != JsonToken.START_OBJECT) {
                    throw error(where(), null, "a feature object", token == null ? "the end of the file" : parser.getText());
                }
                String location = "feature " + (count + 1);
                @SuppressWarnings("unchecked")
                Map<String, Object> members = (Map<String, Object>) readValue();
                if (!"Feature".equals(members.get("type"))) {
                    throw error(location, "type", "\"Feature\"", String.valueOf(members.get("type")));
                }
                Feature feature = toFeature(location, members);
                count++;
                fields.addAll(feature.attributes().keySet());
                return feature;
            } catch (IOException e) {
                throw error(where(), null, "a readable file", OutputFiles.reason(e));
            }
        }

        /** Reads the members after the features array, up to the end of the document. */
        private void finish() throws ImportException, IOException {
            done = true;
            JsonToken token;
            while ((token = token()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                token();
                if ("crs".equals(name)) {
                    crs = orWgs84(readCrs());
                } else {
                    skip();
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw error(where(), null, "the end of the FeatureCollection", token == null ? "the end of the file" : parser.getText());
            }
            if (token() != null) {
                throw error(where(), null, "nothing after the FeatureCollection", parser.getText());
            }
        }

        private Feature toFeature(String location, Map<String, Object> members) throws ImportException {
            Object properties = members.get("properties");
            Map<String, Object> attributes = new LinkedHashMap<>();
            if (properties instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    Object value = e.getValue();
                    if (value instanceof Map || value instanceof List) {
                        value = String.valueOf(value);
                    }
                    attributes.put(String.valueOf(e.getKey()), value);
                }
            } else if (properties != null) {
                throw error(location, "properties", "an object or null", String.valueOf(properties));
            }
            Object geometry = members.get("geometry");
            if (geometry != null && !(geometry instanceof Map)) {
                throw error(location, "geometry", "a geometry object or null", String.valueOf(geometry));
            }
            @SuppressWarnings("unchecked")
            Geometry g = geometry == null ? null : toGeometry(location, (Map<String, Object>) geometry);
            return new Feature(location, g, attributes);
        }

        private Geometry toGeometry(String location, Map<String, Object> geometry) throws ImportException {
            Object type = geometry.get("type");
            if ("GeometryCollection".equals(type)) {
                if (!(geometry.get("geometries") instanceof List<?> parts)) {
                    throw error(location, "geometries", "an array of geometries", String.valueOf(geometry.get("geometries")));
                }
                List<Geometry> members = new ArrayList<>();
                for (Object part : parts) {
                    if (!(part instanceof Map)) {
                        throw error(location, "geometries", "geometry objects", String.valueOf(part));
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> member = (Map<String, Object>) part;
                    members.add(toGeometry(location, member));
                }
                return geometries.createGeometryCollection(members.toArray(Geometry[]::new));
            }
            Object coordinates = geometry.get("coordinates");
            if (!(coordinates instanceof List<?> list)) {
                throw error(location, "coordinates", "an array of coordinates", String.valueOf(coordinates));
            }
            if (!(type instanceof String name)) {
                throw error(location, "type", "a geometry type", String.valueOf(type));
            }
            switch (name) {
                case "Point":
                    return geometries.createPoint(position(location, list));
                case "MultiPoint": {
                    Coordinate[] points = positions(location, list, 0);
                    return geometries.createMultiPointFromCoords(points);
                }
                case "LineString":
                    return geometries.createLineString(positions(location, list, 2));
                case "MultiLineString": {
                    List<LineString> lines = new ArrayList<>();
                    for (Object part : list) {
                        lines.add(geometries.createLineString(positions(location, asList(location, part), 2)));
                    }
                    return geometries.createMultiLineString(lines.toArray(LineString[]::new));
                }
                case "Polygon":
                    return polygon(location, list);
                case "MultiPolygon": {
                    List<Polygon> polygons = new ArrayList<>();
                    for (Object part : list) {
                        polygons.add(polygon(location, asList(location, part)));
                    }
                    return geometries.createMultiPolygon(polygons.toArray(Polygon[]::new));
                }
                default:
                    throw error(location, "type", "Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection", name);
            }
        }

        private List<?> asList(String location, Object value) throws ImportException {
            if (value instanceof List<?> list) {
                return list;
            }
            throw error(location, "coordinates", "an array", String.valueOf(value));
        }

        private Polygon polygon(String location, List<?> rings) throws ImportException {
            if (rings.isEmpty()) {
                return geometries.createPolygon();
            }
            LinearRing shell = ring(location, asList(location, rings.get(0)));
            LinearRing[] holes = new LinearRing[rings.size() - 1];
            for (int i = 1; i < rings.size(); i++) {
                holes[i - 1] = ring(location, asList(location, rings.get(i)));
            }
            return geometries.createPolygon(shell, holes);
        }

        private LinearRing ring(String location, List<?> list) throws ImportException {
            Coordinate[] points = positions(location, list, 4);
            if (!points[0].equals2D(points[points.length - 1])) {
                throw error(location, "coordinates", "a closed polygon ring (its last position equal to its first)",
                        points[0] + " ... " + points[points.length - 1]);
            }
            return geometries.createLinearRing(points);
        }

        private Coordinate[] positions(String location, List<?> list, int minimum) throws ImportException {
            if (list.size() < minimum) {
                throw error(location, "coordinates", "at least " + minimum + " positions", list.size() + " positions");
            }
            Coordinate[] points = new Coordinate[list.size()];
            for (int i = 0; i < points.length; i++) {
                points[i] = position(location, asList(location, list.get(i)));
            }
            return points;
        }

        private Coordinate position(String location, List<?> position) throws ImportException {
            if (position.size() < 2 || position.size() > 3 || !(position.get(0) instanceof Number x) || !(position.get(1) instanceof Number y)
                    || position.size() == 3 && !(position.get(2) instanceof Number)) {
                String found = position.size() > 3 ? position.size() + " numbers" : String.valueOf(position);
                throw error(location, "coordinates", "a position of two numbers [longitude, latitude] (or three, with a height)", found);
            }
            return new Coordinate(x.doubleValue(), y.doubleValue());
        }

        @Override
        public void close() throws IOException {
            parser.close();
            in.close();
        }
    }

    private static final class Writer implements FeatureWriter {

        private final Path target;
        private final Path temporary;
        private final Schema schema;
        private final OutputStream stream;
        private final JsonGenerator json;

        Writer(Path target, Schema schema) throws IOException {
            this.target = target;
            this.schema = schema;
            this.temporary = StagedFiles.beside(target);
            this.stream = new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16);
            this.json = JSON.createGenerator(stream, JsonEncoding.UTF8);
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeStringField("name", schema.name());
            json.writeArrayFieldStart("features");
        }

        @Override
        public void write(Feature feature) throws IOException {
            json.writeRaw('\n');
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("properties");
            for (String field : schema.fields().keySet()) {
                Object value = feature.get(field);
                json.writeFieldName(field);
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Long || value instanceof Integer) {
                    json.writeNumber(((Number) value).longValue());
                } else if (value instanceof Number n) {
                    json.writeNumber(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    json.writeBoolean(b);
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndObject();
            json.writeFieldName("geometry");
            writeGeometry(feature.geometry());
            json.writeEndObject();
        }

        private void writeGeometry(Geometry g) throws IOException {
            if (g == null) {
                json.writeNull();
                return;
            }
            json.writeStartObject();
            json.writeStringField("type", g.getGeometryType());
            if (g instanceof GeometryCollection && !(g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon)) {
                json.writeArrayFieldStart("geometries");
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    writeGeometry(g.getGeometryN(i));
                }
                json.writeEndArray();
            } else {
                json.writeFieldName("coordinates");
                writeCoordinates(g);
            }
            json.writeEndObject();
        }

        private void writeCoordinates(Geometry g) throws IOException {
            if (g instanceof Point p) {
                position(p.getCoordinate());
            } else if (g instanceof LineString line) {
                json.writeStartArray();
                for (Coordinate c : line.getCoordinates()) {
                    position(c);
                }
                json.writeEndArray();
            } else if (g instanceof Polygon polygon) {
                json.writeStartArray();
                writeCoordinates(polygon.getExteriorRing());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writeCoordinates(polygon.getInteriorRingN(i));
                }
                json.writeEndArray();
            } else {
                json.writeStartArray();
                for (int i = 0; i < g.getNumGeometries(); i++) {
                    writeCoordinates(g.getGeometryN(i));
                }
                json.writeEndArray();
            }
        }

        private void position(Coordinate c) throws IOException {
            if (c == null) {
                json.writeStartArray();
                json.writeEndArray();
                return;
            }
            json.writeStartArray();
            json.writeNumber(Math.round(c.x * 1e7) / 1e7);
            json.writeNumber(Math.round(c.y * 1e7) / 1e7);
            json.writeEndArray();
        }

        @Override
        public void close() throws IOException {
            json.writeEndArray();
            json.writeEndObject();
            json.close();
            stream.close();
            StagedFiles.moveIntoPlace(temporary, target);
        }

        @Override
        public void abort() {
            try {
                json.close();
                stream.close();
            } catch (IOException ignored) {
                // the temporary goes anyway
            }
            StagedFiles.discard(temporary);
        }
    }
}
