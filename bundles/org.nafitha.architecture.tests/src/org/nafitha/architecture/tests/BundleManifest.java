package org.nafitha.architecture.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The dependency headers of one MANIFEST.MF, read from source (continuation lines joined). */
record BundleManifest(String symbolicName, List<String> requiredBundles, List<String> importedPackages, String fragmentHost,
        List<String> reexportedBundles, List<String> exportedPackages) {

    static BundleManifest read(Path manifest) throws IOException {
        return parse(Files.readString(manifest, StandardCharsets.UTF_8));
    }

    static BundleManifest parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\r?\n")) {
            if (line.startsWith(" ") && last != null) {
                headers.put(last, headers.get(last) + line.substring(1));
            } else if (line.contains(":")) {
                last = line.substring(0, line.indexOf(':')).trim();
                headers.put(last, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        String bsn = names(headers.getOrDefault("Bundle-SymbolicName", "")).stream().findFirst().orElse("");
        String host = names(headers.getOrDefault("Fragment-Host", "")).stream().findFirst().orElse(null);
        String require = headers.getOrDefault("Require-Bundle", "");
        List<String> reexported = new ArrayList<>();
        for (String clause : clauses(require)) {
            if (clause.replace(" ", "").contains("visibility:=reexport")) {
                reexported.add(clause.split(";")[0].trim());
            }
        }
        return new BundleManifest(bsn, names(require), names(headers.getOrDefault("Import-Package", "")), host, reexported,
                names(headers.getOrDefault("Export-Package", "")));
    }

    /** The names of a header's clauses: "a;x=1,b;y=\"[1,2)\"" gives [a, b]. */
    static List<String> names(String header) {
        List<String> names = new ArrayList<>();
        for (String clause : clauses(header)) {
            String name = clause.split(";")[0].trim();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    /** A header's clauses, split at the commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString());
        return clauses;
    }
}
