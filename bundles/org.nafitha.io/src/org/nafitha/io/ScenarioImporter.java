package org.nafitha.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.nafitha.geo.Crs;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.AreaType;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.OpeningHours;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.Settlement;

/**
 * Reads centers, demand zones, services or regions from a file of any {@link Format} into a scenario, all or nothing.
 *
 * <p>{@link #plan} reads the whole file and checks every record (values, coordinates after reprojection to WGS84,
 * geometries, codes unique in the file, references to regions, agencies and services) without touching the scenario;
 * the first fault is an {@link ImportException} naming the file, the record, the field and what was expected. Only a
 * plan that passed every check can be {@link ImportPlan#apply() applied}. Columns are chosen by header (case and
 * separators ignored: "Name EN", "name_en" and "nameEn" are the same) unless {@link ImportOptions#column} names one.
 */
public final class ScenarioImporter {

    private static final NafithaFactory FACTORY = NafithaFactory.eINSTANCE;
    private static final NafithaPackage PACKAGE = NafithaPackage.eINSTANCE;

    private final Formats formats;

    public ScenarioImporter(Formats formats) {
        this.formats = formats;
    }

    /** Reads and checks a file; the scenario is not changed. */
    public ImportPlan plan(Scenario scenario, Kind kind, Path file, ImportOptions options) throws ImportException {
        Format format = formats.forFile(file, options.format());
        if (!format.canRead()) {
            throw ImportException.of(file, null, null, "a format that can be read", format.name());
        }
        // records are mapped as they are read (a million points need no million features in memory); the scenario is
        // only changed by ImportPlan.apply(), once every record has passed
        try (FeatureReader reader = format.open(file)) {
            Feature first = reader.next();
            if (first == null) {
                throw ImportException.of(file, null, null, "at least one " + singular(kind), "no records");
            }
            String declared = reader.declaredCrs();
            Mapping mapping = new Mapping(scenario, kind, file, reader.fields(), first, declared, options);
            for (Feature feature = first; feature != null; feature = reader.next()) {
                mapping.add(feature);
            }
            if (!java.util.Objects.equals(declared, reader.declaredCrs())) {
                throw ImportException.of(file, null, "crs", "the crs member before the features (those before it were read as "
                        + declared + ")", reader.declaredCrs());
            }
            return mapping.finish();
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", e.toString());
        }
    }

    private static String singular(Kind kind) {
        return switch (kind) {
            case CENTERS -> "center";
            case DEMAND -> "demand zone";
            case SERVICES -> "service";
            case REGIONS -> "region";
            case SETTLEMENTS -> "settlement";
        };
    }

    /** Maps the features of one file to model objects. */
    private static final class Mapping {

        private final Scenario scenario;
        private final Kind kind;
        private final Path file;
        private final ImportOptions options;
        private final Map<String, String> byKey = new HashMap<>();
        private final List<String> fields;
        private final java.util.Set<String> fieldSet = new java.util.HashSet<>();
        private final String fileCrs;
        private Crs crs;
        private boolean reproject;
        private final GeometryFactory geometries = new GeometryFactory();
        private Feature current;

        // what the records add up to
        private final Map<String, EObject> inFile = new LinkedHashMap<>();
        private final Map<EObject, EObject> replaced = new IdentityHashMap<>();
        private final List<EObject> objects = new ArrayList<>();
        private final Map<String, Named> existing;
        private final Kinds mapper;
        private final SettlementImport settlements;

        Mapping(Scenario scenario, Kind kind, Path file, List<String> fields, Feature first, String declared,
                ImportOptions options) throws ImportException {
            this.scenario = scenario;
            this.kind = kind;
            this.file = file;
            this.options = options;
            this.fields = new ArrayList<>();
            fields.forEach(this::addField);
            first.attributes().keySet().forEach(this::addField);
            this.existing = existingByCode();
            this.mapper = new Kinds(new Resolver(scenario, inFile));
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
                resolved.values().removeIf(java.util.Optional::isEmpty); // a field not found before may be this one
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
        private final Map<String, java.util.Optional<String>> resolved = new HashMap<>();

        /** The column for a field: the one the options name, else the first alias present (the same for every record). */
        private String column(String field, String... aliases) {
            java.util.Optional<String> known = resolved.get(field);
            if (known == null) {
                known = java.util.Optional.ofNullable(findColumn(field, aliases));
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
        private String columnContaining(String word) {
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

        private ImportException error(String field, String expected, Object found) {
            return ImportException.of(file, current == null ? null : current.location(), field, expected,
                    found == null ? null : String.valueOf(found));
        }

        private String text(String column) {
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

        private String requiredText(String column, String field, String expected) throws ImportException {
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

        private Double number(String column, String expected) throws ImportException {
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

        private Double numberIn(String column, double min, double max, String expected) throws ImportException {
            Double d = number(column, expected);
            if (d != null && (d < min || d > max)) {
                throw error(column, expected, current.get(column));
            }
            return d;
        }

        private Long whole(String column, long min, String expected) throws ImportException {
            Double d = number(column, expected);
            if (d == null) {
                return null;
            }
            if (d != Math.rint(d) || d < min || d > 9.0e15) {
                throw error(column, expected, current.get(column));
            }
            return d.longValue();
        }

        private Boolean bool(String column) throws ImportException {
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

        private <E extends Enum<E>> E literal(String column, Class<E> type, E fallback) throws ImportException {
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
        private double[] location(Geometry g) throws ImportException {
            if (g != null) {
                if (g.isEmpty()) {
                    return null;
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
        private Geometry geometry() throws ImportException {
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
            if (g instanceof Polygonal || g instanceof org.locationtech.jts.geom.LineString) {
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
                case SETTLEMENTS -> throw new IllegalStateException("settlements are mapped by settlement()");
            };
            object.setCode(id);
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
            if (kind == Kind.SETTLEMENTS) {
                settlements.finish().forEach((old, copy) -> {
                    objects.add(copy);
                    replaced.put(copy, old);
                });
                return new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
            }
            mapper.resolveLater();
            return new ImportPlan(scenario, kind, String.valueOf(file.getFileName()), fileCrs, list(), objects, replaced);
        }

        private EReference list() {
            return switch (kind) {
                case REGIONS -> PACKAGE.getScenario_Regions();
                case DEMAND -> PACKAGE.getScenario_DemandZones();
                case CENTERS -> PACKAGE.getScenario_Centers();
                case SERVICES -> PACKAGE.getScenario_Services();
                case SETTLEMENTS -> PACKAGE.getScenario_DemandZones();
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

        /** Looks up regions, agencies and services by code (or by name for regions), new ones first. */
        private static final class Resolver {
            private final Scenario scenario;
            private final Map<String, EObject> inFile;

            Resolver(Scenario scenario, Map<String, EObject> inFile) {
                this.scenario = scenario;
                this.inFile = inFile;
            }

            Region region(String reference) {
                if (inFile.get(reference) instanceof Region r) {
                    return r;
                }
                for (Region r : scenario.getRegions()) {
                    if (reference.equals(r.getCode())) {
                        return r;
                    }
                }
                Region byName = null;
                for (EObject o : inFile.values()) {
                    if (o instanceof Region r && names(r, reference)) {
                        byName = r;
                    }
                }
                if (byName == null) {
                    for (Region r : scenario.getRegions()) {
                        if (names(r, reference)) {
                            return r;
                        }
                    }
                }
                return byName;
            }

            private static boolean names(Named n, String reference) {
                return reference.equalsIgnoreCase(n.getNameEn()) || reference.equals(n.getNameAr());
            }

            Agency agency(String reference) {
                for (Agency a : scenario.getAgencies()) {
                    if (reference.equals(a.getCode()) || reference.equalsIgnoreCase(a.getAcronym())) {
                        return a;
                    }
                }
                return null;
            }

            Service service(String reference) {
                if (inFile.get(reference) instanceof Service s) {
                    return s;
                }
                for (Service s : scenario.getServices()) {
                    if (reference.equals(s.getCode())) {
                        return s;
                    }
                }
                return null;
            }
        }

        /** The mapping of each kind. */
        private final class Kinds {
            private final Resolver resolver;
            private final List<Object[]> parents = new ArrayList<>();
            private String population;
            private boolean populationChosen;

            Kinds(Resolver resolver) {
                this.resolver = resolver;
            }

            Region region() throws ImportException {
                Region region = FACTORY.createRegion();
                String level = column("level", "region_level");
                RegionLevel l = literal(level, RegionLevel.class, options.regionLevel());
                if (l == null) {
                    throw ImportException.of(file, null, "level",
                            "a 'level' column or the level of all regions (--level governorate|district|subdistrict)", null);
                }
                region.setLevel(l);
                Geometry g = geometry();
                double[] at = location(g);
                if (at == null) {
                    throw error("geometry", "a boundary, a point, or lat/lon columns", "no coordinates");
                }
                region.setLongitude(at[0]);
                region.setLatitude(at[1]);
                if (g instanceof Polygonal) {
                    region.setGeometryWkt(g.toText());
                }
                Double area = numberIn(column("area_km2", "area", "areakm2"), 0, 1e7, "an area in km² (0 or more)");
                if (area == null && g instanceof Polygonal) {
                    area = areaKm2(g);
                }
                if (area != null) {
                    region.setAreaKm2(area);
                }
                region.setWikidata(text(column("wikidata")));
                String parent = text(column("parent", "parent_code", "governorate_code", "governorate"));
                if (parent != null) {
                    parents.add(new Object[] {region, parent, current});
                }
                return region;
            }

            DemandZone zone() throws ImportException {
                DemandZone zone = FACTORY.createDemandZone();
                if (!populationChosen) {
                    populationChosen = true;
                    population = column("population", "pop", "residents", "population_2024");
                    if (population == null) {
                        population = columnContaining("population");
                    }
                }
                requiredText(population, "population", "the number of residents");
                zone.setPopulation(whole(population, 0, "a whole number of residents (0 or more)"));
                Geometry g = geometry();
                double[] at = location(g);
                if (at == null) {
                    throw error("geometry", "a point, a boundary or lat/lon columns", "no coordinates");
                }
                zone.setLongitude(at[0]);
                zone.setLatitude(at[1]);
                zone.setAreaType(literal(column("area_type", "areatype", "settlement_type"), AreaType.class, AreaType.URBAN));
                String regionColumn = column("region", "region_code", "district_code", "governorate_code", "district");
                String region = text(regionColumn);
                if (region != null) {
                    Region r = resolver.region(region);
                    if (r == null) {
                        throw error(regionColumn, "the code or name of a region of the scenario (unknown reference)", region);
                    }
                    zone.setRegion(r);
                }
                return zone;
            }

            ServiceCenter center() throws ImportException {
                ServiceCenter center = FACTORY.createServiceCenter();
                double[] at = location(geometry());
                if (at == null) {
                    throw error("geometry", "a point or lat/lon columns", "no coordinates");
                }
                center.setLongitude(at[0]);
                center.setLatitude(at[1]);
                center.setKind(literal(column("kind", "center_kind", "type"), CenterKind.class, CenterKind.AGENCY_BRANCH));
                center.setStatus(literal(column("status"), CenterStatus.class, CenterStatus.EXISTING));
                String regionColumn = column("region", "region_code", "governorate_code");
                String region = text(regionColumn);
                if (region != null) {
                    Region r = resolver.region(region);
                    if (r == null) {
                        throw error(regionColumn, "the code or name of a region of the scenario (unknown reference)", region);
                    }
                    center.setRegion(r);
                }
                String agencyColumn = column("agency", "agency_code");
                String agency = text(agencyColumn);
                if (agency != null) {
                    Agency a = resolver.agency(agency);
                    if (a == null) {
                        throw error(agencyColumn, "the code or acronym of an agency of the scenario (unknown reference)", agency);
                    }
                    center.setAgency(a);
                }
                Long counters = whole(column("counters", "counter_count", "windows"), 0, "a whole number of counters (0 or more)");
                if (counters != null) {
                    if (counters > 10_000) {
                        throw error(column("counters", "counter_count", "windows"), "at most 10000 counters", counters);
                    }
                    for (int i = 1; i <= counters; i++) {
                        Counter counter = FACTORY.createCounter();
                        counter.setCode("C" + i);
                        counter.setUniversal(true);
                        center.getCounters().add(counter);
                    }
                }
                Long staff = whole(column("staff", "employees"), 0, "a whole number of staff (0 or more)");
                if (staff != null) {
                    center.setStaff((int) Math.min(Integer.MAX_VALUE, staff));
                }
                String hoursColumn = column("opening_hours", "hours");
                String hours = text(hoursColumn);
                if (hours != null) {
                    try {
                        OpeningHours.parse(hours);
                    } catch (IllegalArgumentException e) {
                        throw error(hoursColumn, "opening hours like 'Sun-Thu 08:00-15:00; Sat 09:00-13:00' (" + e.getMessage() + ")", hours);
                    }
                    center.setOpeningHours(hours);
                }
                String servicesColumn = column("services", "service_codes");
                String services = text(servicesColumn);
                if (services != null) {
                    for (String s : services.split("[;|]")) {
                        String ref = s.trim();
                        if (ref.isEmpty()) {
                            continue;
                        }
                        Service service = resolver.service(ref);
                        if (service == null) {
                            throw error(servicesColumn, "codes of services of the registry separated by ';' (unknown reference)", ref);
                        }
                        center.getServicesOffered().add(service);
                    }
                }
                String accessColumn = column("accessibility", "accessibility_features");
                String access = text(accessColumn);
                if (access != null) {
                    for (String a : access.split("[;|]")) {
                        if (a.isBlank()) {
                            continue;
                        }
                        String name = a.trim().toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]+", "_");
                        AccessibilityFeature feature = AccessibilityFeature.get(name);
                        if (feature == null) {
                            throw error(accessColumn, "accessibility features such as STEP_FREE_ACCESS;ELEVATOR", a.trim());
                        }
                        center.getAccessibility().add(feature);
                    }
                }
                return center;
            }

            Service service() throws ImportException {
                Service service = FACTORY.createService();
                String agencyColumn = column("agency", "agency_code");
                String agency = requiredText(agencyColumn, "agency", "the code or acronym of the agency providing the service");
                Agency a = resolver.agency(agency);
                if (a == null) {
                    throw error(agencyColumn, "the code or acronym of an agency of the scenario (unknown reference)", agency);
                }
                service.setAgency(a);
                service.setCategory(text(column("category")));
                Long annual = whole(column("annual_transactions", "transactions", "annual_volume"), 0, "a whole number of transactions a year");
                Double rate = numberIn(column("per_capita_rate", "rate"), 0, 1000, "transactions per resident a year (0 to 1000)");
                if (annual == null && rate == null) {
                    throw error("annual_transactions", "annual_transactions or per_capita_rate", "neither");
                }
                service.setAnnualTransactions(annual == null ? 0 : annual);
                service.setPerCapitaRate(rate == null ? 0 : rate);
                Double minutes = numberIn(column("mean_handling_minutes", "handling_minutes", "aht_min", "aht"), 0.01, 24 * 60,
                        "the mean handling time in minutes (more than 0)");
                if (minutes == null) {
                    throw error("mean_handling_minutes", "the mean handling time in minutes", "no value");
                }
                service.setMeanHandlingMinutes(minutes);
                Double cv = numberIn(column("handling_cv", "cv"), 0, 10, "a coefficient of variation (0 to 10)");
                if (cv != null) {
                    service.setHandlingTimeCv(cv);
                }
                Double digital = numberIn(column("digital_share", "online_share"), 0, 1, "a share between 0 and 1");
                if (digital != null) {
                    service.setDigitalShare(digital);
                }
                Boolean presence = bool(column("presence_required", "in_person"));
                if (presence != null) {
                    service.setPresenceRequired(presence);
                }
                return service;
            }

            /** Parents of regions may be later rows of the same file: resolved once every row is read. */
            void resolveLater() throws ImportException {
                for (Object[] p : parents) {
                    Region region = (Region) p[0];
                    String reference = (String) p[1];
                    current = (Feature) p[2];
                    Region parent = resolver.region(reference);
                    if (parent == null) {
                        throw error(column("parent", "parent_code", "governorate_code", "governorate"),
                                "the code or name of a region in the file or the scenario (unknown reference)", reference);
                    }
                    if (parent == region) {
                        throw error(column("parent", "parent_code", "governorate_code", "governorate"), "a parent other than the region itself", reference);
                    }
                    region.setParent(parent);
                }
                current = null;
            }
        }

        /** The area of a WGS84 polygon in km², measured in the UTM zone of its centre. */
        private static double areaKm2(Geometry g) {
            Point c = g.getCentroid();
            Crs utm = Crs.utmForJordan(c.getX());
            Geometry projected = g.copy();
            projected.apply(new Reproject(utm, false));
            projected.geometryChanged();
            return projected.getArea() / 1e6;
        }
    }

    /** Moves every coordinate of a geometry between WGS84 longitude/latitude and a CRS, in either direction. */
    private static final class Reproject implements CoordinateSequenceFilter {
        private final Crs crs;
        private final boolean toWgs84;

        Reproject(Crs crs, boolean toWgs84) {
            this.crs = crs;
            this.toWgs84 = toWgs84;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            double[] xy = toWgs84 ? crs.unproject(seq.getX(i), seq.getY(i)) : crs.project(seq.getX(i), seq.getY(i));
            seq.setOrdinate(i, 0, xy[0]);
            seq.setOrdinate(i, 1, xy[1]);
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
