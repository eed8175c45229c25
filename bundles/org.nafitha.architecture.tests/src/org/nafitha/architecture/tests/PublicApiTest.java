package org.nafitha.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin SDK's promises: every package a Nafitha bundle exports as API carries a semantic version; every extension
 * point has a schema with documentation, an example and its API, whose interfaces lie in API packages; and the example
 * plugins (examples/) use the public API only: no import, qualified name or plugin.xml class in a package that Nafitha
 * keeps internal (not exported, or exported only to x-friends).
 */
class PublicApiTest {

    private final Path bundles = Path.of(System.getProperty("nafitha.bundles", "../")).toAbsolutePath().normalize();
    private final Path examples = Path.of(System.getProperty("nafitha.examples", "../../examples")).toAbsolutePath().normalize();

    private static final List<String> EXTENSION_POINTS = List.of("org.nafitha.core.analyzers", "org.nafitha.card.indicators",
            "org.nafitha.map.layers", "org.nafitha.io.formats", "org.nafitha.locate.solvers", "org.nafitha.cli.commands");

    @Test
    void everyApiPackageIsExportedWithASemanticVersion() throws IOException {
        PublicApi api = PublicApi.read(bundles);
        assertTrue(api.exports().size() > 15, "exports found under " + bundles + ": " + api.exports().keySet());
        List<String> problems = new ArrayList<>();
        for (PublicApi.Export e : api.exports().values()) {
            if (e.isPublic() && (e.version() == null || !e.version().matches("\\d+\\.\\d+\\.\\d+"))) {
                problems.add(e.bundle() + " exports " + e.pkg() + " without a version (major.minor.micro)");
            }
            if (e.pkg().contains(".internal") && e.isPublic()) {
                problems.add(e.bundle() + " exports " + e.pkg() + " as API: internal packages are not exported, or only to x-friends");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyExtensionPointHasADocumentedSchemaWithAnExampleAndItsApiInAVersionedPackage() throws IOException {
        PublicApi api = PublicApi.read(bundles);
        List<String> problems = new ArrayList<>();
        int found = 0;
        Pattern point = Pattern.compile("<extension-point\\s+id=\"([^\"]+)\"[^>]*schema=\"([^\"]+)\"");
        Pattern basedOn = Pattern.compile("basedOn=\":?([\\w.]+)\"");
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.sorted().toList()) {
                Path xml = dir.resolve("plugin.xml");
                if (!Files.isRegularFile(xml)) {
                    continue;
                }
                Matcher m = point.matcher(Files.readString(xml, StandardCharsets.UTF_8));
                while (m.find()) {
                    // a qualified id (with a dot) is taken as it is, as the extension registry does
                    String id = m.group(1).contains(".") ? m.group(1) : dir.getFileName() + "." + m.group(1);
                    found++;
                    Path schema = dir.resolve(m.group(2));
                    if (!Files.isRegularFile(schema)) {
                        problems.add(id + ": no schema " + m.group(2));
                        continue;
                    }
                    String text = Files.readString(schema, StandardCharsets.UTF_8);
                    for (String section : List.of("examples", "apiinfo", "since")) {
                        if (!text.contains("meta.section type=\"" + section + "\"")) {
                            problems.add(id + ": the schema has no " + section + " section");
                        }
                    }
                    if (!text.contains("&lt;extension point=\"" + id + "\"")) {
                        problems.add(id + ": the schema's example contributes nothing to " + id);
                    }
                    int docs = text.split("<documentation>").length - 1;
                    if (docs < 4) {
                        problems.add(id + ": " + docs + " documentation elements, expected the point and its elements documented");
                    }
                    Matcher b = basedOn.matcher(text);
                    if (!b.find()) {
                        problems.add(id + ": no class attribute names the interface it implements (basedOn)");
                    }
                    b.reset();
                    while (b.find()) {
                        String pkg = PublicApi.packageOf(b.group(1));
                        PublicApi.Export e = api.exports().get(pkg);
                        if (e == null || !e.isPublic() || e.version() == null) {
                            problems.add(id + ": " + b.group(1) + " is not in a versioned API package");
                        }
                    }
                }
            }
        }
        assertTrue(found >= EXTENSION_POINTS.size(), "extension points found: " + found);
        assertEquals(List.of(), problems);
    }

    @Test
    void theExamplePluginsUseThePublicApiOnly() throws IOException {
        PublicApi api = PublicApi.read(bundles);
        List<String> problems = new ArrayList<>();
        int plugins = 0;
        try (Stream<Path> dirs = Files.list(examples)) {
            for (Path dir : dirs.sorted().toList()) {
                if (Files.isRegularFile(dir.resolve("META-INF/MANIFEST.MF"))) {
                    plugins++;
                    api.violations(dir).forEach(v -> problems.add(dir.getFileName() + "/" + v));
                }
            }
        }
        assertTrue(plugins >= 1, "no example plugin under " + examples);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckCatchesInternalUseInTheManifestTheSourcesAndPluginXml(@TempDir Path tmp) throws IOException {
        PublicApi api = new PublicApi(Map.of(
                "org.nafitha.card", PublicApi.export("org.nafitha.card", "org.nafitha.card;version=\"0.1.0\""),
                "org.nafitha.card.internal", PublicApi.export("org.nafitha.card",
                        "org.nafitha.card.internal;x-friends:=\"org.nafitha.card.report,org.nafitha.cli\""),
                "org.nafitha.map", PublicApi.export("org.nafitha.map", "org.nafitha.map;version=\"0.1.0\""),
                "org.nafitha.io.internal", PublicApi.export("org.nafitha.io", "org.nafitha.io.internal;x-internal:=true")));
        Path bad = tmp.resolve("org.example.bad");
        Files.createDirectories(bad.resolve("META-INF"));
        Files.createDirectories(bad.resolve("src/org/example/bad"));
        Files.writeString(bad.resolve("META-INF/MANIFEST.MF"), """
                Manifest-Version: 1.0
                Bundle-SymbolicName: org.example.bad;singleton:=true
                Import-Package: org.nafitha.card;version="[0.1,0.2)",
                 org.nafitha.card.internal,
                 org.nafitha.map,
                 org.locationtech.jts.geom;version="[1.20,2)"
                """);
        Files.writeString(bad.resolve("plugin.xml"), """
                <plugin>
                   <!-- class="org.nafitha.card.internal.Commented" is a comment -->
                   <extension point="org.nafitha.card.indicators">
                      <indicator id="bad" dimension="access" class="org.nafitha.card.internal.ShippedIndicators:access.covered"/>
                      <indicator id="good" dimension="access" class="org.example.bad.Good"/>
                   </extension>
                </plugin>
                """);
        Files.writeString(bad.resolve("src/org/example/bad/Bad.java"), """
                package org.example.bad;

                import org.nafitha.card.Measure;
                import org.nafitha.card.internal.*;
                import static org.nafitha.io.internal.CsvFormat.read;

                /** {@link org.nafitha.card.internal.ShippedIndicators} in a comment is no use. */
                class Bad {
                    String s = "org.nafitha.map.internal.Nothing";
                    Object o = org.nafitha.sample.internal.SampleData.load();
                    Measure m = Measure.of(1, "ok");
                }
                """);
        List<String> v = api.violations(bad);
        assertEquals(6, v.size(), String.join("\n", v));
        assertTrue(v.get(0).contains("Import-Package org.nafitha.card.internal") && v.get(0).contains("only to its friends"), v.get(0));
        assertTrue(v.get(1).contains("Import-Package org.nafitha.map has no version range"), v.get(1));
        assertTrue(v.get(2).startsWith("plugin.xml: org.nafitha.card.internal.ShippedIndicators:access.covered"), v.get(2));
        assertTrue(v.get(3).contains("import") || v.get(3).contains("org.nafitha.card.internal"), v.get(3));
        assertTrue(v.stream().anyMatch(x -> x.contains("org.nafitha.io.internal.CsvFormat.read") && x.contains("x-internal")), v.toString());
        assertTrue(v.stream().anyMatch(x -> x.contains("org.nafitha.sample.internal") && x.contains("no Nafitha bundle exports")), v.toString());
        assertFalse(v.stream().anyMatch(x -> x.contains("Commented") || x.contains("map.internal.Nothing")), v.toString());

        // the same plugin on the public API passes
        Files.writeString(bad.resolve("META-INF/MANIFEST.MF"), """
                Bundle-SymbolicName: org.example.bad
                Import-Package: org.nafitha.card;version="[0.1,0.2)",
                 org.nafitha.map;version="[0.1,0.2)"
                Require-Bundle: org.eclipse.core.runtime
                """);
        Files.writeString(bad.resolve("plugin.xml"), "<plugin><extension point=\"org.nafitha.card.indicators\">"
                + "<indicator id=\"good\" class=\"org.example.bad.Good\"/></extension></plugin>");
        Files.writeString(bad.resolve("src/org/example/bad/Bad.java"), """
                package org.example.bad;

                import org.nafitha.card.Measure;

                class Bad {
                    Measure m = org.nafitha.card.Measure.of(1, "ok");
                }
                """);
        assertEquals(List.of(), api.violations(bad));
    }
}
