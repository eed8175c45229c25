package org.nafitha.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.nafitha.geo.CostTable;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.file.OutputFiles;

/**
 * Reads a cost table in long form, one pair a line: {@code origin,destination,cost} (CSV, or any format the
 * {@link Formats} read, e.g. XLSX). The unit is stated by the cost column's name ({@code minutes}, {@code cost_minutes},
 * {@code min}; {@code km}, {@code cost_km}) or, when the column is just {@code cost}, by the caller; stated twice, the
 * two must agree. Every fault is an {@link ImportException} naming the file, the line (CSV) or row and the column: a
 * missing column, an id the scenario or the demand/site files do not know, a cost that is not a number, negative or not
 * finite, a pair given twice (both lines named). A table is read whole or not at all.
 *
 * <p>The CSV path reads lines itself (4 million pairs in a few seconds); quoted values follow RFC 4180 on one line.
 */
public final class CostTables {

    private static final String HEADER = "origin,destination,cost (or minutes/km for the cost column)";
    private static final String UNIT_EXPECTED = "the unit stated: a cost column named minutes or km";

    private CostTables() {
    }

    /**
     * Reads a table.
     *
     * @param unit the unit when the header names none (null: the header must name it)
     * @param origins the ids an origin may have (zones, settlements, demand points); null for any
     * @param destinations the ids a destination may have (centers, sites); null for any
     */
    public static CostTable read(Path file, CostTable.Unit unit, Set<String> origins, Set<String> destinations)
            throws ImportException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return readCsv(file, unit, origins, destinations);
        }
        return readFeatures(file, unit, origins, destinations);
    }

    /**
     * Where a scenario file keeps its cost table: {@code NAME.costs.csv} beside {@code NAME.nafitha} (any other name:
     * the name with {@code .costs.csv} added).
     */
    public static Path beside(Path scenarioFile) {
        String name = scenarioFile.getFileName().toString();
        String stem = name.endsWith(".nafitha") ? name.substring(0, name.length() - ".nafitha".length()) : name;
        return scenarioFile.resolveSibling(stem + ".costs.csv");
    }

    /** The ids a scenario's cost table may name as origins: its zones and the codes of the places of their residents. */
    public static Set<String> origins(Scenario s) {
        Set<String> ids = new HashSet<>();
        for (DemandZone z : s.getDemandZones()) {
            ids.add(z.getCode());
        }
        for (DemandPoints.Point p : DemandPoints.of(s)) {
            ids.add(p.code());
        }
        return ids;
    }

    /** The ids a scenario's cost table may name as destinations: its centers and candidate sites. */
    public static Set<String> destinations(Scenario s) {
        Set<String> ids = new HashSet<>();
        for (ServiceCenter c : s.getCenters()) {
            ids.add(c.getCode());
        }
        for (CandidateSite c : s.getCandidateSites()) {
            ids.add(c.getCode());
        }
        return ids;
    }

    /** Whether a read failed only because the file names no unit (a cost column named just "cost") and none was given. */
    public static boolean unitMissing(ImportException e) {
        return e.getMessage() != null && e.getMessage().contains(UNIT_EXPECTED);
    }

    private static CostTable readCsv(Path file, CostTable.Unit unit, Set<String> origins, Set<String> destinations)
            throws ImportException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            int n = 1;
            while (line != null && (line.isBlank() || line.startsWith("#"))) {
                line = r.readLine();
                n++;
            }
            if (line == null) {
                throw ImportException.of(file, null, null, "the header " + HEADER, "an empty file");
            }
            List<String> header = split(line.replace("\uFEFF", ""), file, n);
            Columns c = Columns.of(header, file, "line " + n, unit);
            CostTable.Builder b = new CostTable.Builder(c.unit);
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> v = split(line, file, n);
                if (v.size() < c.width) {
                    throw ImportException.of(file, "line " + n, null, header.size() + " values separated by commas", line);
                }
                add(b, file, "line " + n, n, v.get(c.origin).trim(), v.get(c.destination).trim(), v.get(c.cost).trim(),
                        c.costName, origins, destinations);
            }
            return build(b, file, "line ");
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
    }

    private static CostTable readFeatures(Path file, CostTable.Unit unit, Set<String> origins, Set<String> destinations)
            throws ImportException {
        Format format = Formats.builtIn().forFile(file, null);
        List<String> locations = new ArrayList<>();
        try (FeatureReader reader = format.open(file)) {
            Columns c = Columns.of(reader.fields(), file, null, unit);
            CostTable.Builder b = new CostTable.Builder(c.unit);
            for (Feature f = reader.next(); f != null; f = reader.next()) {
                locations.add(f.location());
                List<String> fields = reader.fields();
                add(b, file, f.location(), locations.size(), text(f.get(fields.get(c.origin))), text(f.get(fields.get(c.destination))),
                        text(f.get(fields.get(c.cost))), c.costName, origins, destinations);
            }
            try {
                return b.build();
            } catch (CostTable.Problem p) {
                throw ImportException.of(file, locations.get(p.line() - 1), p.column(), "each pair once",
                        "the same pair as " + locations.get(p.firstLine() - 1));
            }
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue()); // a numeric id in a spreadsheet
        }
        return value.toString().trim();
    }

    private static void add(CostTable.Builder b, Path file, String location, int line, String origin, String destination,
            String cost, String costName, Set<String> origins, Set<String> destinations) throws ImportException {
        if (origin.isEmpty()) {
            throw ImportException.of(file, location, "origin", "an id", "nothing");
        }
        if (destination.isEmpty()) {
            throw ImportException.of(file, location, "destination", "an id", "nothing");
        }
        if (origins != null && !origins.contains(origin)) {
            throw ImportException.of(file, location, "origin", "an id of the demand (a zone, settlement or demand point)", origin);
        }
        if (destinations != null && !destinations.contains(destination)) {
            throw ImportException.of(file, location, "destination", "an id of a center or site", destination);
        }
        double value;
        try {
            value = Double.parseDouble(cost);
        } catch (NumberFormatException e) {
            throw ImportException.of(file, location, costName, "a number, 0 or more", cost);
        }
        try {
            b.add(origin, destination, value, line);
        } catch (CostTable.Problem p) {
            throw ImportException.of(file, location, costName, "a finite number, 0 or more", cost);
        }
    }

    private static CostTable build(CostTable.Builder b, Path file, String prefix) throws ImportException {
        try {
            return b.build();
        } catch (CostTable.Problem p) {
            throw ImportException.of(file, prefix + p.line(), p.column(), "each pair once",
                    "the same pair as " + prefix + p.firstLine());
        }
    }

    /**
     * Writes a table in the long form it is read from: {@code origin,destination,minutes} (or {@code km}), one pair a
     * line by origin, whole or not at all.
     */
    public static void write(CostTable table, Path file) throws IOException {
        OutputFiles.write(file, stream -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            w.write("origin,destination," + (table.unit() == CostTable.Unit.MINUTES ? "minutes" : "km") + "\n");
            IOException[] failed = {null};
            for (int o = 0; o < table.origins(); o++) {
                String origin = quote(table.origin(o));
                table.forEachFromOrigin(o, (d, c) -> {
                    if (failed[0] == null) {
                        try {
                            w.write(origin);
                            w.write(',');
                            w.write(quote(table.destination(d)));
                            w.write(',');
                            w.write(c == Math.rint(c) && c < 1e15 ? Long.toString((long) c) : Double.toString(c));
                            w.write('\n');
                        } catch (IOException e) {
                            failed[0] = e;
                        }
                    }
                });
            }
            if (failed[0] != null) {
                throw failed[0];
            }
            w.flush();
        });
    }

    private static String quote(String id) {
        return id.contains(",") || id.contains("\"") || id.contains("\n") ? "\"" + id.replace("\"", "\"\"") + "\"" : id;
    }

    /** Splits one CSV line on commas, with RFC 4180 quotes ("a,b" and "" inside quotes). */
    static List<String> split(String line, Path file, int n) throws ImportException {
        List<String> out = new ArrayList<>(4);
        if (line.indexOf('"') < 0) {
            int from = 0;
            for (int at = line.indexOf(','); at >= 0; at = line.indexOf(',', from)) {
                out.add(line.substring(from, at));
                from = at + 1;
            }
            out.add(line.substring(from));
            return out;
        }
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw ImportException.of(file, "line " + n, null, "a closing quote", line);
        }
        out.add(cell.toString());
        return out;
    }

    /** Where the three columns are, and the unit. */
    private record Columns(int origin, int destination, int cost, int width, String costName, CostTable.Unit unit) {

        static Columns of(List<String> header, Path file, String location, CostTable.Unit given) throws ImportException {
            int origin = -1;
            int destination = -1;
            int cost = -1;
            CostTable.Unit named = null;
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim().toLowerCase(Locale.ROOT);
                switch (h) {
                    case "origin", "from", "origin_id" -> origin = i;
                    case "destination", "to", "destination_id" -> destination = i;
                    case "cost" -> cost = i;
                    case "minutes", "min", "cost_minutes", "cost_min", "time_minutes" -> {
                        cost = i;
                        named = CostTable.Unit.MINUTES;
                    }
                    case "km", "cost_km", "distance_km" -> {
                        cost = i;
                        named = CostTable.Unit.KILOMETRES;
                    }
                    default -> {
                        // other columns are kept for the user, not read
                    }
                }
            }
            if (origin < 0 || destination < 0 || cost < 0) {
                throw ImportException.of(file, location, null, "the header " + HEADER, String.join(",", header));
            }
            if (named != null && given != null && named != given) {
                throw ImportException.of(file, location, header.get(cost), "costs in " + given.symbol() + " as the cost unit says",
                        header.get(cost) + " (" + named.symbol() + ")");
            }
            CostTable.Unit unit = named != null ? named : given;
            if (unit == null) {
                throw ImportException.of(file, location, header.get(cost), UNIT_EXPECTED + ", or a cost unit given (--cost-unit minutes|km)",
                        header.get(cost));
            }
            int width = Math.max(origin, Math.max(destination, cost)) + 1;
            return new Columns(origin, destination, cost, width, header.get(cost).trim(), unit);
        }
    }
}
