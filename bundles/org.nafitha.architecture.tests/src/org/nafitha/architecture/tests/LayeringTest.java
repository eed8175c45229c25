package org.nafitha.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md ("What may depend on what"), read from the manifests and sources:
 * <ol>
 * <li>the map engine ({@code org.nafitha.map}) depends on geo, JTS and the JDK only;</li>
 * <li>no engine (coverage, capacity, locate) and not the card reaches the map, its layer sources, the analysis layers,
 * io or the store, directly or through a bundle it requires;</li>
 * <li>a bundle re-exports a bundle only when its own API (its exported, not internal, packages) uses that bundle's
 * types;</li>
 * <li>a bundle requires every bundle whose Nafitha package (or {@code org.eclipse.core.runtime}) its sources use, instead
 * of getting it through another bundle's re-export;</li>
 * <li>docs/architecture.md names every product bundle and every extension point.</li>
 * </ol>
 * Each rule has a bad fixture below that proves it fails.
 */
class LayeringTest {

    static final Set<String> ENGINES_AND_CARD = Set.of("org.nafitha.coverage", "org.nafitha.capacity", "org.nafitha.locate",
            "org.nafitha.card", "org.nafitha.roadmap");
    static final Set<String> ABOVE_THE_ENGINES = Set.of("org.nafitha.map", "org.nafitha.map.sources", "org.nafitha.analysis.layers",
            "org.nafitha.io", "org.nafitha.store", "org.h2");
    static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+)\\s*;", Pattern.MULTILINE);
    static final Pattern QUALIFIED = Pattern.compile("\\b(org\\.(?:nafitha|eclipse\\.core\\.runtime)(?:\\.[a-z_][\\w]*)*)\\.[A-Z]");

    private final Path bundles = Path.of(System.getProperty("nafitha.bundles", "../")).toAbsolutePath().normalize();

    /** One bundle as the rules see it: its manifest and its Java sources by path. */
    record Bundle(BundleManifest manifest, Map<String, String> sources) {
    }

    // ---- the rules on the tree

    @Test
    void theMapEngineDependsOnGeoAndJtsOnly() throws IOException {
        Map<String, Bundle> tree = readAll();
        assertTrue(tree.containsKey("org.nafitha.map") && tree.get("org.nafitha.map").sources().size() > 3, tree.keySet().toString());
        assertEquals(List.of(), mapEngineViolations(tree.get("org.nafitha.map")));
    }

    @Test
    void noEngineNorTheCardReachesTheMapIoOrTheStore() throws IOException {
        Map<String, Bundle> tree = readAll();
        assertTrue(tree.keySet().containsAll(ENGINES_AND_CARD), tree.keySet().toString());
        List<String> violations = new ArrayList<>();
        for (String engine : new TreeSet<>(ENGINES_AND_CARD)) {
            violations.addAll(forbiddenReach(engine, manifests(tree)));
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void aBundleReexportsOnlyWhatItsApiExposes() throws IOException {
        Map<String, Bundle> tree = readAll();
        List<String> violations = new ArrayList<>();
        int reexports = 0;
        for (Bundle b : tree.values()) {
            reexports += b.manifest().reexportedBundles().size();
            violations.addAll(needlessReexports(b, manifests(tree)));
        }
        assertTrue(reexports > 5, "re-exports found: " + reexports);
        assertEquals(List.of(), violations);
    }

    @Test
    void aBundleRequiresWhatItUses() throws IOException {
        Map<String, Bundle> tree = readAll();
        List<String> violations = new ArrayList<>();
        for (Bundle b : tree.values()) {
            if (!b.manifest().symbolicName().endsWith(".tests")) {
                violations.addAll(undeclaredUses(b, manifests(tree)));
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void theArchitectureDocumentNamesEveryBundleAndExtensionPoint() throws IOException {
        Path doc = bundles.resolve("../docs/architecture.md").normalize();
        assertTrue(Files.isRegularFile(doc), "missing " + doc);
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        Pattern point = Pattern.compile("<extension-point\\s+id=\"([^\"]+)\"");
        int points = 0;
        for (Map.Entry<String, Bundle> e : readAll().entrySet()) {
            String name = e.getKey();
            if (!name.endsWith(".tests") && !name.equals("org.h2") && !text.contains(name)) {
                missing.add("bundle " + name);
            }
            Path xml = bundles.resolve(name).resolve("plugin.xml");
            if (Files.isRegularFile(xml)) {
                Matcher m = point.matcher(Files.readString(xml, StandardCharsets.UTF_8));
                while (m.find()) {
                    points++;
                    String id = m.group(1).contains(".") ? m.group(1) : name + "." + m.group(1);
                    if (!text.contains(id)) {
                        missing.add("extension point " + id);
                    }
                }
            }
        }
        assertTrue(points >= 6, "extension points found: " + points);
        assertEquals(List.of(), missing, "docs/architecture.md does not name these");
    }

    // ---- each rule fails on a fixture that breaks it

    @Test
    void theMapRuleCatchesAModelRequirementAnIoImportAndARegistryImport() {
        Bundle bad = fixture("""
                Bundle-SymbolicName: org.nafitha.map
                Require-Bundle: org.nafitha.geo,
                 org.nafitha.model;visibility:=reexport
                Import-Package: org.locationtech.jts.geom,
                 org.h2.api
                """, Map.of("src/org/nafitha/map/A.java", """
                package org.nafitha.map;
                import java.awt.Color;
                import org.nafitha.io.Formats;
                import org.eclipse.core.runtime.Platform;
                class A { }
                """));
        List<String> v = mapEngineViolations(bad);
        assertTrue(v.stream().anyMatch(s -> s.contains("requires org.nafitha.model")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("imports package org.h2.api")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("org.nafitha.io.Formats")), v.toString());
        assertTrue(v.stream().anyMatch(s -> s.contains("org.eclipse.core.runtime.Platform")), v.toString());
        assertEquals(List.of(), mapEngineViolations(fixture("""
                Bundle-SymbolicName: org.nafitha.map
                Require-Bundle: org.nafitha.geo;visibility:=reexport
                Import-Package: org.locationtech.jts.geom
                """, Map.of("src/org/nafitha/map/A.java", "package org.nafitha.map;\nimport java.awt.Color;\nimport org.nafitha.geo.Crs;\n"))));
    }

    @Test
    void theEngineRuleCatchesTheMapReachedThroughAnotherBundle() {
        Map<String, BundleManifest> m = new LinkedHashMap<>();
        m.put("org.nafitha.locate", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.locate\nRequire-Bundle: org.nafitha.core,\n org.nafitha.helper\n"));
        m.put("org.nafitha.helper", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.helper\nRequire-Bundle: org.nafitha.map.sources\n"));
        m.put("org.nafitha.core", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.core\nRequire-Bundle: org.nafitha.model\n"));
        m.put("org.nafitha.card", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.card\nRequire-Bundle: org.nafitha.store\n"));
        List<String> locate = forbiddenReach("org.nafitha.locate", m);
        assertEquals(List.of("org.nafitha.locate -> org.nafitha.helper requires org.nafitha.map.sources"), locate);
        assertEquals(List.of("org.nafitha.card requires org.nafitha.store"), forbiddenReach("org.nafitha.card", m));
        m.put("org.nafitha.helper", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.helper\nRequire-Bundle: org.nafitha.geo\n"));
        assertEquals(List.of(), forbiddenReach("org.nafitha.locate", m));
    }

    @Test
    void theReexportRuleCatchesAReexportTheApiDoesNotUse() {
        Map<String, BundleManifest> m = new LinkedHashMap<>();
        m.put("org.nafitha.core", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.core\nExport-Package: org.nafitha.core;version=\"0.1.0\"\n"));
        String manifest = """
                Bundle-SymbolicName: org.nafitha.locate
                Require-Bundle: org.nafitha.core;visibility:=reexport,
                 org.eclipse.core.runtime;visibility:=reexport
                Export-Package: org.nafitha.locate;version="0.1.0",
                 org.nafitha.locate.internal;x-friends:="org.nafitha.cli"
                """;
        // the internal package uses core and the runtime; the API package neither: both re-exports are needless
        Bundle bad = fixture(manifest, Map.of(
                "src/org/nafitha/locate/Solver.java", "package org.nafitha.locate;\n/** see org.nafitha.core.Analyzer */\npublic interface Solver { }\n",
                "src/org/nafitha/locate/internal/Vns.java", """
                        package org.nafitha.locate.internal;
                        import org.nafitha.core.Analyzer;
                        class Vns { org.eclipse.core.runtime.IProgressMonitor monitor; }
                        """));
        assertEquals(List.of("org.nafitha.locate re-exports org.nafitha.core, which its API does not use",
                "org.nafitha.locate re-exports org.eclipse.core.runtime, which its API does not use"), needlessReexports(bad, m));
        Bundle good = fixture(manifest, Map.of("src/org/nafitha/locate/Solver.java", """
                package org.nafitha.locate;
                import org.nafitha.core.Analyzer;
                public interface Solver { Analyzer a(org.eclipse.core.runtime.IProgressMonitor m); }
                """));
        assertEquals(List.of(), needlessReexports(good, m));
    }

    @Test
    void theRequirementRuleCatchesAPackageGotThroughAReexport() {
        Map<String, BundleManifest> m = new LinkedHashMap<>();
        m.put("org.nafitha.store", BundleManifest.parse("Bundle-SymbolicName: org.nafitha.store\nExport-Package: org.nafitha.store\n"));
        m.put("org.nafitha.map.sources", BundleManifest.parse("""
                Bundle-SymbolicName: org.nafitha.map.sources
                Require-Bundle: org.nafitha.store;visibility:=reexport
                Export-Package: org.nafitha.map.sources
                """));
        String source = """
                package org.nafitha.ui.map;
                import org.nafitha.map.sources.TableLayers;
                import org.nafitha.store.ScenarioStore;
                class V { org.eclipse.core.runtime.IStatus s; }
                """;
        Bundle bad = fixture("Bundle-SymbolicName: org.nafitha.ui.map\nRequire-Bundle: org.nafitha.map.sources,\n org.eclipse.ui\n",
                Map.of("src/org/nafitha/ui/map/V.java", source));
        assertEquals(List.of("org.nafitha.ui.map uses org.eclipse.core.runtime without requiring a bundle that exports it",
                "org.nafitha.ui.map uses org.nafitha.store without requiring a bundle that exports it"), undeclaredUses(bad, m));
        Bundle good = fixture("Bundle-SymbolicName: org.nafitha.ui.map\nRequire-Bundle: org.nafitha.map.sources,\n org.nafitha.store,\n"
                + " org.eclipse.core.runtime\n", Map.of("src/org/nafitha/ui/map/V.java", source));
        assertEquals(List.of(), undeclaredUses(good, m));
    }

    // ---- the rules

    /** What the map engine requires or imports beyond geo, JTS and the JDK. */
    static List<String> mapEngineViolations(Bundle map) {
        List<String> found = new ArrayList<>();
        String name = map.manifest().symbolicName();
        for (String required : map.manifest().requiredBundles()) {
            if (!required.equals("org.nafitha.geo")) {
                found.add(name + " requires " + required);
            }
        }
        for (String pkg : map.manifest().importedPackages()) {
            if (!pkg.startsWith("org.locationtech.jts.")) {
                found.add(name + " imports package " + pkg);
            }
        }
        for (Map.Entry<String, String> s : map.sources().entrySet()) {
            Matcher m = IMPORT.matcher(s.getValue());
            while (m.find()) {
                String type = m.group(1);
                if (!(type.startsWith("java.") || type.startsWith("javax.") || type.startsWith("org.locationtech.jts.")
                        || type.startsWith("org.nafitha.geo.") || type.startsWith("org.nafitha.map."))) {
                    found.add(s.getKey() + " imports " + type);
                }
            }
        }
        return found;
    }

    /** Every path from {@code bundle} through the bundles it requires that reaches a bundle above the engines. */
    static List<String> forbiddenReach(String bundle, Map<String, BundleManifest> manifests) {
        List<String> found = new ArrayList<>();
        walk(bundle, bundle, manifests, found, new HashSet<>());
        return found;
    }

    private static void walk(String path, String bundle, Map<String, BundleManifest> manifests, List<String> found, Set<String> seen) {
        BundleManifest m = manifests.get(bundle);
        if (!seen.add(bundle) || m == null) {
            return;
        }
        for (String required : m.requiredBundles()) {
            if (ABOVE_THE_ENGINES.contains(required)) {
                found.add(path + " requires " + required);
            } else if (required.startsWith("org.nafitha.")) {
                walk(path + " -> " + required, required, manifests, found, seen);
            }
        }
    }

    /** The bundles {@code b} re-exports although no source of its exported API packages uses their packages. */
    static List<String> needlessReexports(Bundle b, Map<String, BundleManifest> manifests) {
        List<String> found = new ArrayList<>();
        if (b.sources().isEmpty()) {
            return found; // a wrapper of a library (org.h2) has no API of its own to check
        }
        Set<String> api = new HashSet<>();
        for (String clause : b.manifest().exportedPackages()) {
            if (!clause.contains(".internal")) {
                api.add(clause);
            }
        }
        Set<String> used = new HashSet<>();
        for (String source : b.sources().values()) {
            if (api.contains(packageOf(source))) {
                used.addAll(referencedPackages(source));
            }
        }
        for (String reexported : b.manifest().reexportedBundles()) {
            Set<String> provided = packagesOf(reexported, manifests);
            boolean known = manifests.containsKey(reexported);
            // a bundle read here provides its exports; another (org.eclipse.emf.edit) the packages under its name
            if (used.stream().noneMatch(u -> provided.contains(u) || !known && provided.stream().anyMatch(p -> u.startsWith(p + ".")))) {
                found.add(b.manifest().symbolicName() + " re-exports " + reexported + ", which its API does not use");
            }
        }
        return found;
    }

    /** The Nafitha packages (and org.eclipse.core.runtime) that {@code b}'s sources use without a direct requirement. */
    static List<String> undeclaredUses(Bundle b, Map<String, BundleManifest> manifests) {
        Set<String> visible = new HashSet<>(b.manifest().exportedPackages());
        visible.addAll(b.manifest().importedPackages());
        List<String> direct = new ArrayList<>(b.manifest().requiredBundles());
        if (b.manifest().fragmentHost() != null) {
            direct.add(b.manifest().fragmentHost());
            BundleManifest host = manifests.get(b.manifest().fragmentHost());
            if (host != null) {
                direct.addAll(host.requiredBundles());
                visible.addAll(host.exportedPackages());
            }
        }
        for (String required : direct) {
            visible.addAll(packagesOf(required, manifests));
        }
        Set<String> own = new HashSet<>();
        Set<String> used = new TreeSet<>();
        for (String source : b.sources().values()) {
            own.add(packageOf(source));
            used.addAll(referencedPackages(source));
        }
        List<String> found = new ArrayList<>();
        for (String pkg : used) {
            boolean checked = pkg.startsWith("org.nafitha.") || pkg.equals("org.eclipse.core.runtime");
            if (checked && !own.contains(pkg) && !visible.contains(pkg)) {
                found.add(b.manifest().symbolicName() + " uses " + pkg + " without requiring a bundle that exports it");
            }
        }
        return found;
    }

    /** The packages a bundle provides: its exports when it is a Nafitha bundle here, else those named after it. */
    static Set<String> packagesOf(String bundle, Map<String, BundleManifest> manifests) {
        BundleManifest m = manifests.get(bundle);
        if (m != null) {
            return new HashSet<>(m.exportedPackages());
        }
        return Set.of(bundle); // org.eclipse.core.runtime provides org.eclipse.core.runtime, and so on
    }

    /** The packages a source imports from or names qualified in its code (comments and strings left out). */
    static Set<String> referencedPackages(String source) {
        String code = PublicApi.stripCommentsAndStrings(source);
        Set<String> packages = new HashSet<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) {
            packages.add(PublicApi.packageOf(m.group(1)));
        }
        Matcher q = QUALIFIED.matcher(code.replaceAll("(?m)^\\s*(package|import)\\s.*$", ""));
        while (q.find()) {
            packages.add(q.group(1));
        }
        return packages;
    }

    static String packageOf(String source) {
        Matcher m = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE).matcher(source);
        return m.find() ? m.group(1) : "";
    }

    private static Bundle fixture(String manifest, Map<String, String> sources) {
        return new Bundle(BundleManifest.parse(manifest), sources);
    }

    private static Map<String, BundleManifest> manifests(Map<String, Bundle> tree) {
        Map<String, BundleManifest> m = new LinkedHashMap<>();
        tree.forEach((k, v) -> m.put(k, v.manifest()));
        return m;
    }

    private Map<String, Bundle> readAll() throws IOException {
        Map<String, Bundle> tree = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf)) {
                    continue;
                }
                Map<String, String> sources = new LinkedHashMap<>();
                for (String folder : List.of("src", "src-gen")) { // EMF's generated code is API too
                    Path src = dir.resolve(folder);
                    if (Files.isDirectory(src)) {
                        try (Stream<Path> s = Files.walk(src)) {
                            for (Path java : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                                sources.put(dir.getFileName() + "/" + dir.relativize(java), Files.readString(java, StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
                BundleManifest m = BundleManifest.read(mf);
                tree.put(m.symbolicName(), new Bundle(m, sources));
            }
        }
        return tree;
    }
}
