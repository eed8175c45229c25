import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Arrays;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Writes the sample's base map, bundles/org.nafitha.sample/data/boundaries.csv: the 12 governorate and 51 district
 * outlines of Jordan, simplified further than the 20 m GeoPackages of izaslavsky/jordan-administrative-boundaries
 * (ODbL 1.0, © OpenStreetMap contributors) they come from.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/locationtech/jts/jts-core/1.20.0/jts-core-1.20.0.jar \
 *     releng/sampledata/SimplifyBoundaries.java ../shared/data/jordan-boundaries
 * </pre>
 *
 * Run from the repository root; needs the sqlite3 command (the GeoPackages are SQLite files). Each feature is matched
 * to the sample's region code by its Wikidata id (governorates.csv, districts.csv), simplified with JTS's
 * TopologyPreservingSimplifier (Douglas-Peucker that keeps every ring simple and holes inside their shells) at
 * {@link #TOLERANCE} degrees, rounded to 5 decimals (about 1 m) and written as WKT. Each outline is simplified on its
 * own, so neighbours' shared edges may part by up to the tolerance (about 500 m, under a pixel at the country's full
 * extent). The output is deterministic.
 */
public class SimplifyBoundaries {

    static final double TOLERANCE = 0.005;
    static final String ATTRIBUTION = "Boundaries and populations © OpenStreetMap contributors, ODbL; "
            + "compiled by izaslavsky/jordan-administrative-boundaries";
    static final Path DATA = Path.of("bundles/org.nafitha.sample/data");

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SimplifyBoundaries <folder with gov_simpl_20m.gpkg and dis_simpl_20m.gpkg>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Map<String, String> govCodes = codesByWikidata(DATA.resolve("governorates.csv"));
        Map<String, String> disCodes = codesByWikidata(DATA.resolve("districts.csv"));
        List<String[]> rows = new ArrayList<>();
        int[] vertices = new int[2];
        rows.addAll(simplify(dir.resolve("gov_simpl_20m.gpkg"), "wikidata", govCodes, "GOVERNORATE", vertices));
        rows.addAll(simplify(dir.resolve("dis_simpl_20m.gpkg"), "wikidata", disCodes, "DISTRICT", vertices));
        Path out = DATA.resolve("boundaries.csv");
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# " + ATTRIBUTION + ". Licence: ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1-0/).\n");
            w.write("# Simplified from gov_simpl_20m.gpkg and dis_simpl_20m.gpkg with JTS TopologyPreservingSimplifier, tolerance "
                    + TOLERANCE + " degrees, coordinates rounded to 5 decimals. Derived with: java -cp jts-core-1.20.0.jar "
                    + "releng/sampledata/SimplifyBoundaries.java ../shared/data/jordan-boundaries\n");
            w.write("code,level,wkt\n");
            for (String[] r : rows) {
                w.write(r[0] + "," + r[1] + ",\"" + r[2] + "\"\n");
            }
        }
        System.out.printf("%s: %d outlines, %d vertices before, %d after, %d bytes%n", out, rows.size(), vertices[0], vertices[1],
                Files.size(out));
    }

    static List<String[]> simplify(Path gpkg, String keyColumn, Map<String, String> codes, String level, int[] vertices)
            throws IOException, InterruptedException, ParseException {
        String table = gpkg.getFileName().toString().replace(".gpkg", "");
        List<String> lines = sqlite(gpkg, "SELECT " + keyColumn + ", hex(geom) FROM \"" + table + "\" ORDER BY fid");
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
        GeometryPrecisionReducer reducer = new GeometryPrecisionReducer(new PrecisionModel(100_000));
        WKTWriter wkt = new WKTWriter();
        Map<String, String[]> byCode = new TreeMap<>();
        for (String line : lines) {
            int bar = line.indexOf('|');
            String key = line.substring(0, bar).trim();
            String code = codes.get(key);
            if (code == null) {
                throw new IllegalStateException(gpkg + ": no sample region has the Wikidata id " + key);
            }
            Geometry g = new WKBReader(factory).read(wkb(HexFormat.of().parseHex(line.substring(bar + 1).trim())));
            Geometry s = reducer.reduce(TopologyPreservingSimplifier.simplify(g, TOLERANCE));
            if (!s.isValid() || s.isEmpty() || s.getDimension() != 2) {
                throw new IllegalStateException(gpkg + ": " + code + " is not a valid polygon once simplified");
            }
            vertices[0] += g.getNumPoints();
            vertices[1] += s.getNumPoints();
            byCode.put(code, new String[] {code, level, wkt.write(s)});
        }
        if (byCode.size() != codes.size()) {
            throw new IllegalStateException(gpkg + ": " + byCode.size() + " outlines for " + codes.size() + " sample regions");
        }
        return new ArrayList<>(byCode.values());
    }

    /** The WKB inside a GeoPackage geometry blob: after the 8-byte header and the envelope its flags announce. */
    static byte[] wkb(byte[] blob) {
        if (blob.length < 8 || blob[0] != 'G' || blob[1] != 'P') {
            throw new IllegalStateException("not a GeoPackage geometry blob");
        }
        int envelope = switch ((blob[3] >> 1) & 0x07) {
            case 0 -> 0;
            case 1 -> 32;
            case 2, 3 -> 48;
            case 4 -> 64;
            default -> throw new IllegalStateException("invalid envelope indicator in a GeoPackage blob");
        };
        return Arrays.copyOfRange(blob, 8 + envelope, blob.length);
    }

    static Map<String, String> codesByWikidata(Path csv) throws IOException {
        Map<String, String> codes = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(1).split(","));
        int code = header.indexOf("code");
        int wikidata = header.indexOf("wikidata");
        for (String line : lines.subList(2, lines.size())) {
            String[] f = line.split(",");
            codes.put(f[wikidata], f[code]);
        }
        return codes;
    }

    static List<String> sqlite(Path db, String sql) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sqlite3", "-readonly", db.toString(), sql).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null;) {
                lines.add(l);
            }
        }
        if (p.waitFor() != 0) {
            throw new IOException("sqlite3 " + db + ": " + String.join("\n", lines));
        }
        return lines;
    }
}
