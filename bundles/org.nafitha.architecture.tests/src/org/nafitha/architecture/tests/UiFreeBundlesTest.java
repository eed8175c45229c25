package org.nafitha.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The layering rule of ARCHITECTURE.md: the model, the engines, the card, the map engine, storage, exchange and the
 * command line run headless, so they never depend on SWT, JFace or the workbench: not in their manifests, not through
 * another Nafitha bundle they require, and not in a Java import.
 */
class UiFreeBundlesTest {

    /** The bundles that must stay UI-free (those not written yet are checked as soon as they exist). */
    static final Set<String> UI_FREE = Set.of(
            "org.nafitha.model", "org.nafitha.model.edit", "org.nafitha.sample", "org.nafitha.geo", "org.nafitha.store",
            "org.nafitha.io", "org.nafitha.core", "org.nafitha.coverage", "org.nafitha.capacity", "org.nafitha.locate",
            "org.nafitha.card", "org.nafitha.card.report", "org.nafitha.map", "org.nafitha.map.sources", "org.nafitha.analysis.layers",
            "org.nafitha.cli", "org.nafitha.roadmap", "org.nafitha.roadmap.report");

    static final Pattern UI_NAME = Pattern.compile("^org\\.eclipse\\.(swt|jface|ui|e4\\.ui)(\\..*)?$");
    static final Pattern UI_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?(org\\.eclipse\\.(swt|jface|ui|e4\\.ui)\\.[\\w.*]+)",
            Pattern.MULTILINE);

    private final Path bundles = Path.of(System.getProperty("nafitha.bundles", "../")).toAbsolutePath().normalize();

    @Test
    void uiFreeBundlesDependOnNoUiBundleDirectlyOrThroughOthers() throws IOException {
        Map<String, BundleManifest> manifests = readAll();
        // the rule must have something to check: these bundles exist since the foundation
        assertTrue(manifests.keySet().containsAll(Set.of("org.nafitha.model", "org.nafitha.sample", "org.nafitha.cli")),
                "bundles not found under " + bundles + ": " + manifests.keySet());
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String bundle : UI_FREE) {
            if (manifests.containsKey(bundle)) {
                checked++;
                violations.addAll(violations(bundle, manifests));
            }
        }
        assertTrue(checked >= 3);
        assertEquals(List.of(), violations);
    }

    @Test
    void uiFreeBundlesImportNoUiClassInTheirSources() throws IOException {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String bundle : UI_FREE) {
            Path dir = bundles.resolve(bundle);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path java : s.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).toList()) {
                    files++;
                    violations.addAll(uiImports(bundle + "/" + dir.relativize(java), Files.readString(java, StandardCharsets.UTF_8)));
                }
            }
        }
        assertTrue(files > 10, "too few sources found under " + bundles + ": " + files);
        assertEquals(List.of(), violations);
    }

    @Test
    void theRuleCatchesADirectSwtRequirementAndAnIndirectOneThroughAUiBundle() {
        Map<String, BundleManifest> m = new HashMap<>();
        m.put("org.nafitha.core", BundleManifest.parse("""
                Bundle-SymbolicName: org.nafitha.core;singleton:=true
                Require-Bundle: org.nafitha.model,
                 org.nafitha.ui;bundle-version="0.1.0"
                """));
        m.put("org.nafitha.ui", BundleManifest.parse("""
                Bundle-SymbolicName: org.nafitha.ui
                Require-Bundle: org.eclipse.ui
                """));
        m.put("org.nafitha.model", BundleManifest.parse("""
                Bundle-SymbolicName: org.nafitha.model
                Import-Package: org.eclipse.emf.ecore,
                 org.eclipse.swt.widgets;version="[3.0,4.0)"
                """));
        List<String> core = violations("org.nafitha.core", m);
        assertTrue(core.stream().anyMatch(v -> v.contains("org.nafitha.ui") && v.contains("org.eclipse.ui")), core.toString());
        assertTrue(core.stream().anyMatch(v -> v.contains("org.eclipse.swt.widgets")), core.toString());
        assertFalse(uiImports("X.java", "package a;\nimport org.eclipse.jface.viewers.TableViewer;\n").isEmpty());
        assertTrue(uiImports("X.java", "package a;\nimport org.eclipse.emf.ecore.EObject;\n// org.eclipse.swt\n").isEmpty());
    }

    /** Every path from {@code bundle} through Nafitha bundles that reaches a UI requirement or import. */
    static List<String> violations(String bundle, Map<String, BundleManifest> manifests) {
        List<String> found = new ArrayList<>();
        walk(bundle, bundle, manifests, found, new HashSet<>());
        return found;
    }

    private static void walk(String path, String bundle, Map<String, BundleManifest> manifests, List<String> found,
            Set<String> seen) {
        if (!seen.add(bundle)) {
            return;
        }
        BundleManifest m = manifests.get(bundle);
        if (m == null) {
            return;
        }
        for (String required : m.requiredBundles()) {
            if (UI_NAME.matcher(required).matches()) {
                found.add(path + " requires " + required);
            } else if (required.startsWith("org.nafitha.")) {
                walk(path + " -> " + required, required, manifests, found, seen);
            }
        }
        for (String pkg : m.importedPackages()) {
            if (UI_NAME.matcher(pkg).matches()) {
                found.add(path + " imports package " + pkg);
            }
        }
    }

    static List<String> uiImports(String file, String source) {
        List<String> found = new ArrayList<>();
        Matcher m = UI_IMPORT.matcher(source);
        while (m.find()) {
            found.add(file + " imports " + m.group(2));
        }
        return found;
    }

    private Map<String, BundleManifest> readAll() throws IOException {
        Map<String, BundleManifest> manifests = new HashMap<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(mf)) {
                    BundleManifest m = BundleManifest.read(mf);
                    manifests.put(m.symbolicName(), m);
                }
            }
        }
        return manifests;
    }
}
