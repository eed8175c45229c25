package org.nafitha.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.nafitha.geo.Crs;
import org.nafitha.model.AreaType;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;

/** Maps the features of one file to model objects, all checked before the scenario changes. */
final class FeatureMapping {

    private static final NafithaFactory FACTORY = NafithaFactory.eINSTANCE;
    private static final NafithaPackage PACKAGE = NafithaPackage.eINSTANCE;

    final Scenario scenario;
    private final Kind kind;
    final Path file;
    final ImportOptions options;
    private final Map<String, String> byKey = new HashMap<>();
    private final List<String> fields;
    private final Set<String> fieldSet = new HashSet<>();
    private final String fileCrs;
    private Crs crs;
    private boolean reproject;
    private final GeometryFactory geometries = new GeometryFactory();
    Feature current;
    private int reducedToInteriorPoint;

    // what the records add up to
    private final Map<String, EObject> inFile = new LinkedHashMap<>();
    private final Map<EObject, EObject> replaced = new IdentityHashMap<>();
    private final List<EObject> objects = new ArrayList<>();
    final Map<String, Named> existing;
    private final KindMappers mapper;
    private final SettlementImport settlements;
    private final RegistryRecords registry = new RegistryRecords(this);

    FeatureMapping(Scenario scenario, Kind kind, Path file, List<String> fields, Feature first, String declared,
            ImportOptions options) throws ImportException {
        this.scenario = scenario;
        this.kind = kind;
        this.file = file;
        this.options = options;
        this.fields = new ArrayList<>();
        fields.forEach(this::addField);
        first.attributes().keySet().forEach(this::addField);
        this.existing = existingByCode();
        this.mapper = new KindMappers(this, new RecordResolver(scenario, inFile));
        this.settlements = new SettlementImport(file);
        for (Map.Entry<String, String> e : options.columns().entrySet()) {
            if (!this.fields.contains(e.getValue())) {
                throw ImportException.of(file, null, e.getKey(), "a column named '" + e.getValue() + "' (the file has: "
                        + String.join(", ", this.fields) + ")", null);
            }
        }
        this.fileCrs = chooseCrs(declared, options.crs());
    }

    private String chooseCrs(String declared, String given) throws ImportException {
        if (declared != null && given != null && !sameCrs(declared, given)) {
            throw ImportException.of(file, null, "crs", "no --crs, or the CRS the file declares (" + declared + ")", given);
        }
        String code = declared != null ? declared : given;
        if (code != null && !sameCrs(code, Crs.WGS84)) {
            try {
                crs = code.startsWith("+") ? Crs.fromProj4("file", code) : Crs.of(code);
            } catch (IllegalArgumentException e) {
                throw ImportException.of(file, null, "crs", "a coordinate reference system Proj4j knows (e.g. EPSG:32636)", code);
            }
            reproject = !sameCrs(code, Crs.WGS84);
        }
        return code;
    }

    private static boolean sameCrs(String a, String b) {
        return a.trim().equalsIgnoreCase(b.trim());
    }

    /** A field seen for the first time (GeoJSON features may each carry other properties). */
    private void addField(String field) {
        if (fieldSet.add(field)) {
            fields.add(field);
            byKey.putIfAbsent(key(field), field);
            resolved.values().removeIf(Optional::isEmpty); // a field not found before may be this one
        }
    }

    private static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != ':' && c != '#') {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    /** Columns found per field: a field is looked up once per import, not once per record. */
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    /** The column for a field: the one the options name, else the first alias present (the same for every record). */
    String column(String field, String... aliases) {
        Optional<String> known = resolved.get(field);
        if (known == null) {
            known = Optional.ofNullable(findColumn(field, aliases));
            resolved.put(field, known);
        }
        return known.orElse(null);
    }

    private String findColumn(String field, String... aliases) {
        String given = options.columns().get(field);
        if (given != null) {
            return given;
        }
        String found = byKey.get(key(field));
        for (int i = 0; found == null && i < aliases.length; i++) {
            found = byKey.get(key(aliases[i]));
        }
        return found;
    }

    /** The single column whose name contains the word, or null. */
    String columnContaining(String word) {
        String only = null;
        for (String f : fields) {
            if (f.toLowerCase(Locale.ROOT).contains(word)) {
                if (only != null) {
                    return null;
                }
                only = f;
            }
        }
        return only;
    }

    ImportException error(String field, String expected, Object found) {
        return ImportException.of(file, current == null ? null : current.location(), field, expected,
                found == null ? null : String.valueOf(found));
    }

    String text(String column) {
        if (column == null) {
            return null;
        }
        Object value = current.get(column);
        if (value == null) {
            return null;
        }
        String text = value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : value.toString();
        text = text.trim();
        return text.isEmpty() ? null : text;
    }

    String requiredText(String column, String field, String expected) throws ImportException {
        if (column == null) {
            throw ImportException.of(file, null, field, "a column '" + field + "' (" + expected + "); the file has: "
                    + String.join(", ", fields), null);
        }
        String text = text(column);
        if (text == null) {
            throw error(column, expected, "an empty value");
        }
        return text;
    }

    Double number(String column, String expected) throws ImportException {
        if (column == null) {
            return null;
        }
        Object value = current.get(column);
        if (value == null) {
            return null;
        }
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            String t = value.toString().trim();
            if (t.isEmpty()) {
                return null;
            }
            try {
                d = Double.parseDouble(t.replace("_", ""));
            } catch (NumberFormatException e) {
                throw error(column, expected, t);
            }
        }
        if (!Double.isFinite(d)) {
            throw error(column, expected, value);
        }
        return d;
    }

    Double numberIn(String column, double min, double max, String expected) throws ImportException {
        Double d = number(column, expected);
        if (d != null && (d < min || d > max)) {
            throw error(column, expected, current.get(column));
        }
        return d;
    }

    Long whole(String column, long min, String expected) throws ImportException {
        Double d = number(column, expected);
        if (d == null) {
            return null;
        }
        if (d != Math.rint(d) || d < min || d > 9.0e15) {
            throw error(column, expected, current.get(column));
        }
        return d.longValue();
    }

    Boolean bool(String column) throws ImportException {
        String t = text(column);
        if (t == null) {
            return null;
        }
        switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "نعم":
                return Boolean.TRUE;
            case "false", "no", "n", "0", "لا":
                return Boolean.FALSE;
            default:
                throw error(column, "true or false (yes/no, 1/0)", t);
        }
    }

    <E extends Enum<E>> E literal(String column, Class<E> type, E fallback) throws ImportException {
        String t = text(column);
        if (t == null) {
            return fallback;
        }
        String name = t.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        List<String> names = new ArrayList<>();
        for (E e : type.getEnumConstants()) {
            names.add(e.name());
        }
        throw error(column, "one of " + String.join(", ", names), t);
    }

    /** The location in WGS84 of the current feature, or null when it has none. */
    double[] location(Geometry g) throws ImportException {
        if (g != null) {
            if (g.isEmpty()) {
                return null;
            }
            // a place is a point; an area (a zone's polygon) is placed at its interior point; a line or several
            // points have no one place and are refused rather than placed at a vertex
            if (!(g instanceof Point || g instanceof Polygon || g instanceof MultiPolygon
                    || g instanceof MultiPoint && g.getNumGeometries() == 1)) {
                throw error("geometry", "a Point (or a Polygon or MultiPolygon, placed at its interior point)", g.getGeometryType());
            }
            if (!(g instanceof Point) && !(g instanceof MultiPoint)) {
                reducedToInteriorPoint++;
            }
            Point p = g instanceof Point point ? point : g.getInteriorPoint();
            return new double[] {p.getX(), p.getY()};
        }
        String lat = column("lat", "latitude", "y_lat");
        String lon = column("lon", "longitude", "lng", "long", "x_lon");
        if (lat != null || lon != null) {
            if (lat == null || lon == null) {
                throw ImportException.of(file, null, lat == null ? "lat" : "lon", "both a lat and a lon column", null);
            }
            Double la = number(lat, "a latitude in decimal degrees");
            Double lo = number(lon, "a longitude in decimal degrees");
            if (la == null || lo == null) {
                throw error(la == null ? lat : lon, "a coordinate (a planning object needs a place)", "an empty value");
            }
            if (la < -90 || la > 90) {
                throw error(lat, "a latitude between -90 and 90", current.get(lat));
            }
            if (lo < -180 || lo > 180) {
                throw error(lon, "a longitude between -180 and 180", current.get(lon));
            }
            return new double[] {lo, la};
        }
        return null;
    }

    /** The current feature's geometry in WGS84: its own, or from x/y or WKT columns; null when it has none. */
    Geometry geometry() throws ImportException {
        Geometry g = current.geometry();
        String fieldName = "geometry";
        if (g == null) {
            String x = column("x", "easting");
            String y = column("y", "northing");
            String wkt = column("wkt", "geometry", "geom", "the_geom");
            if (x != null && y != null) {
                Double xv = number(x, "an x coordinate");
                Double yv = number(y, "a y coordinate");
                if (xv == null || yv == null) {
                    throw error(xv == null ? x : y, "a coordinate (a planning object needs a place)", "an empty value");
                }
                g = geometries.createPoint(new Coordinate(xv, yv));
                fieldName = x + "/" + y;
            } else if (wkt != null && text(wkt) != null) {
                try {
                    g = new WKTReader(geometries).read(text(wkt));
                } catch (ParseException e) {
                    throw error(wkt, "a WKT geometry", e.getMessage());
                }
                fieldName = wkt;
            } else {
                return null;
            }
            if (fileCrs == null) {
                throw ImportException.of(file, current.location(), fieldName,
                        "the CRS of these coordinates: the file declares none, give it (e.g. --crs EPSG:32636)", null);
            }
        } else if (fileCrs == null) {
            throw ImportException.of(file, current.location(), fieldName,
                    "the CRS of the geometries: the file declares none, give it (e.g. --crs EPSG:4326)", null);
        }
        if (reproject) {
            g = g.copy();
            g.apply(new Reproject(crs, true));
            g.geometryChanged();
        }
        checkCoordinates(g, fieldName);
        if (g instanceof Polygonal || g instanceof LineString) {
            TopologyValidationError invalid = new IsValidOp(g).getValidationError();
            if (invalid != null) {
                throw error(fieldName, "a valid geometry (broken geometry: " + invalid.getMessage() + " at "
                        + invalid.getCoordinate() + ")", g.getGeometryType());
            }
        }
        return g;
    }

    private void checkCoordinates(Geometry g, String field) throws ImportException {
        for (Coordinate c : g.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw error(field, "finite coordinates", c.x + " " + c.y);
            }
            if (c.y < -90 || c.y > 90 || c.x < -180 || c.x > 180) {
                throw error(field, "longitude/latitude within -180..180 and -90..90 after reprojection from "
                        + (fileCrs == null ? "WGS84" : fileCrs) + " (is the CRS right?)", c.x + " " + c.y);
            }
        }
    }

    /** Maps and checks one record. */
    void add(Feature feature) throws ImportException {
        for (String name : feature.attributes().keySet()) {
            addField(name);
        }
        current = feature;
        if (kind == Kind.SETTLEMENTS) {
            settlement();
            current = null;
            return;
        }
        if (kind == Kind.DOCUMENTS) {
            registry.document();
            current = null;
            return;
        }
        if (kind == Kind.EVALUATIONS) {
            registry.evaluation();
            current = null;
            return;
        }
        String code = column("code", "id", "wikidata", "fid");
        String id = requiredText(code, "code", "a code that is unique in the file");
        if (id.chars().anyMatch(Character::isWhitespace)) {
            throw error(code, "a code without spaces", id);
        }
        if (inFile.containsKey(id)) {
            throw error(code, "a code that is unique in the file (duplicate id)", id);
        }
        Named object = switch (kind) {
            case REGIONS -> mapper.region();
            case DEMAND -> mapper.zone();
            case CENTERS -> mapper.center();
            case SERVICES -> mapper.service();
            case SETTLEMENTS, EVALUATIONS, DOCUMENTS -> throw new IllegalStateException("mapped by settlement(), evaluation() and document()");
        };
        object.setCode(id);
        if (object instanceof ServiceCenter center) {
            // counter codes are unique in a scenario (the validator checks it): name them after their center
            int i = 0;
            for (Counter counter : center.getCounters()) {
                counter.setCode(String.format(Locale.ROOT, "%s-C%02d", id, ++i));
            }
        }
        String nameEn = text(column("name_en", "nameen", "english_name", "name"));
        String nameAr = text(column("name_ar", "namear", "arabic_name", "name"));
        object.setNameEn(nameEn != null ? nameEn : id);
        object.setNameAr(nameAr != null ? nameAr : object.getNameEn());
        inFile.put(id, object);
        objects.add(object);
        Named old = existing.get(id);
        if (old != null) {
            replaced.put(object, old);
        }
        current = null;
    }

    /**
     * A place where residents of an existing zone live: the zone's code, the place's code (unique in the zone),
     * names, a point, a share of the zone's residents or a population, and optionally its own area type.
     */
    private void settlement() throws ImportException {
        String zoneColumn = column("zone", "zone_code", "demand_zone", "district_code", "district");
        String zoneCode = requiredText(zoneColumn, "zone", "the code of a demand zone of the scenario");
        Named zone = existing.get(zoneCode);
        if (!(zone instanceof DemandZone z)) {
            throw error(zoneColumn, "the code of a demand zone of the scenario (unknown zone)", zoneCode);
        }
        String codeColumn = column("code", "id", "settlement", "name_en", "name");
        String code = requiredText(codeColumn, "code", "a code for the place, unique within its zone");
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw error(codeColumn, "a code without spaces", code);
        }
        if (settlements.contains(z, code)) {
            throw error(codeColumn, "a code that is unique within zone " + zoneCode + " (duplicate id)", code);
        }
        Settlement st = FACTORY.createSettlement();
        st.setCode(code);
        String nameEn = text(column("name_en", "nameen", "english_name", "name"));
        String nameAr = text(column("name_ar", "namear", "arabic_name", "name"));
        st.setNameEn(nameEn != null ? nameEn : code);
        st.setNameAr(nameAr != null ? nameAr : st.getNameEn());
        double[] at = location(geometry());
        if (at == null) {
            throw error("geometry", "a point or lat/lon columns", "no coordinates");
        }
        st.setLongitude(at[0]);
        st.setLatitude(at[1]);
        String shareColumn = column("share", "weight", "fraction");
        String popColumn = column("population", "pop", "residents", "population_2024");
        Double share = numberIn(shareColumn, 0, 1, "a share of the zone's residents from 0 to 1");
        Double population = numberIn(popColumn, 0, 9e15, "a number of residents (0 or more)");
        if (share == null && population == null) {
            throw error(shareColumn != null ? shareColumn : popColumn != null ? popColumn : "share",
                    "a share of the zone's residents (0 to 1) or a population", "neither");
        }
        if (share != null && population != null) {
            population = null; // a share is what the zone is split by; the population column is then informative
        }
        AreaType type = literal(column("area_type", "areatype", "settlement_type"), AreaType.class, null);
        if (type != null) {
            st.setAreaType(type);
        }
        settlements.add(z, st, share, population, current.location(), current.geometry() != null ? "geometry" : "lat/lon");
    }

    /** Resolves what needed every record (parents of regions, the shares of settlements) and returns the plan. */
    ImportPlan finish() throws ImportException {
        if (kind == Kind.DOCUMENTS) {
            registry.documentCopies.forEach((old, copy) -> {
                objects.add(copy);
                replaced.put(copy, old);
            });
            return new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
        }
        if (kind == Kind.EVALUATIONS) {
            registry.evaluations.finish().forEach((old, copy) -> {
                objects.add(copy);
                replaced.put(copy, old);
            });
            return new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
        }
        if (kind == Kind.SETTLEMENTS) {
            settlements.finish().forEach((old, copy) -> {
                objects.add(copy);
                replaced.put(copy, old);
            });
            return new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
        }
        mapper.resolveLater();
        ImportPlan plan = new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
        if (reducedToInteriorPoint > 0) {
            plan.note(reducedToInteriorPoint + (reducedToInteriorPoint == 1 ? " area was" : " areas were")
                    + " placed at an interior point of its polygon");
        }
        return plan;
    }

    private EReference list() {
        return switch (kind) {
            case REGIONS -> PACKAGE.getScenario_Regions();
            case DEMAND -> PACKAGE.getScenario_DemandZones();
            case CENTERS -> PACKAGE.getScenario_Centers();
            case SERVICES -> PACKAGE.getScenario_Services();
            case SETTLEMENTS -> PACKAGE.getScenario_DemandZones();
            case DOCUMENTS -> PACKAGE.getScenario_Services();
            case EVALUATIONS -> PACKAGE.getScenario_Centers();
        };
    }

    @SuppressWarnings("unchecked")
    private Map<String, Named> existingByCode() {
        Map<String, Named> map = new HashMap<>();
        for (Object o : (List<Object>) scenario.eGet(list())) {
            Named n = (Named) o;
            map.put(n.getCode(), n);
        }
        return map;
    }

    /** The area of a WGS84 polygon in km², measured in the UTM zone of its centre. */
    static double areaKm2(Geometry g) {
        Point c = g.getCentroid();
        Crs utm = Crs.utmForJordan(c.getX());
        Geometry projected = g.copy();
        projected.apply(new Reproject(utm, false));
        projected.geometryChanged();
        return projected.getArea() / 1e6;
    }
}
