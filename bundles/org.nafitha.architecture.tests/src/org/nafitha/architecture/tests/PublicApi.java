package org.nafitha.architecture.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Nafitha's public API as its manifests declare it, and a check that a plugin uses nothing else: a package is public
 * when a Nafitha bundle exports it without x-friends or x-internal. A plugin breaks the rule when its manifest imports a
 * Nafitha package that is not public, or when a Java import, a qualified name in its sources or a class named in its
 * plugin.xml lies in one.
 */
final class PublicApi {

    /** An exported package: the bundle, the version attribute (null when none), friends, internal. */
    record Export(String bundle, String pkg, String version, List<String> friends, boolean internal) {
        boolean isPublic() {
            return friends.isEmpty() && !internal;
        }
    }

    private static final Pattern QUALIFIED = Pattern.compile("\\borg\\.nafitha(?:\\.[A-Za-z_$][\\w$]*)+");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s[\\w.:-]+\\s*=\\s*\"([^\"]*)\"");

    private final Map<String, Export> exports;

    PublicApi(Map<String, Export> exports) {
        this.exports = exports;
    }

    /** Every package the bundles (not the test fragments) under {@code bundles} export. */
    static PublicApi read(Path bundles) throws IOException {
        Map<String, Export> exports = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(bundles)) {
            for (Path dir : dirs.sorted().toList()) {
                Path mf = dir.resolve("META-INF/MANIFEST.MF");
                if (!Files.isRegularFile(mf) || dir.getFileName().toString().endsWith(".tests")) {
                    continue;
                }
                Map<String, String> headers = headers(Files.readString(mf, StandardCharsets.UTF_8));
                String bundle = BundleManifest.names(headers.getOrDefault("Bundle-SymbolicName", "")).stream().findFirst().orElse("?");
                for (String clause : clauses(headers.getOrDefault("Export-Package", ""))) {
                    Export e = export(bundle, clause);
                    exports.put(e.pkg(), e);
                }
            }
        }
        return new PublicApi(exports);
    }

    Map<String, Export> exports() {
        return exports;
    }

    boolean isPublic(String pkg) {
        Export e = exports.get(pkg);
        return e != null && e.isPublic();
    }

    /** Every use of a Nafitha package that is not public in a plugin's folder (manifest, plugin.xml, sources). */
    List<String> violations(Path plugin) throws IOException {
        List<String> found = new ArrayList<>();
        Path mf = plugin.resolve("META-INF/MANIFEST.MF");
        if (Files.isRegularFile(mf)) {
            found.addAll(manifestViolations("META-INF/MANIFEST.MF", Files.readString(mf, StandardCharsets.UTF_8)));
        }
        Path xml = plugin.resolve("plugin.xml");
        if (Files.isRegularFile(xml)) {
            found.addAll(pluginXmlViolations("plugin.xml", Files.readString(xml, StandardCharsets.UTF_8)));
        }
        try (Stream<Path> files = Files.walk(plugin)) {
            for (Path java : files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/target/")).sorted().toList()) {
                found.addAll(sourceViolations(plugin.relativize(java).toString(), Files.readString(java, StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    List<String> manifestViolations(String file, String manifest) {
        List<String> found = new ArrayList<>();
        Map<String, String> headers = headers(manifest);
        for (String clause : clauses(headers.getOrDefault("Import-Package", ""))) {
            String pkg = clause.split(";")[0].trim();
            if (!pkg.startsWith("org.nafitha.")) {
                continue;
            }
            if (!isPublic(pkg)) {
                found.add(file + ": Import-Package " + pkg + " " + why(pkg));
            } else if (!clause.contains("version=")) {
                found.add(file + ": Import-Package " + pkg + " has no version range (the API is exported as " + exports.get(pkg).version() + ")");
            }
        }
        for (String clause : clauses(headers.getOrDefault("DynamicImport-Package", ""))) {
            String pkg = clause.split(";")[0].trim();
            if (pkg.startsWith("org.nafitha")) {
                found.add(file + ": DynamicImport-Package " + pkg + ": Nafitha's API is imported by name and version");
            }
        }
        return found;
    }

    List<String> pluginXmlViolations(String file, String xml) {
        List<String> found = new ArrayList<>();
        String text = xml.replaceAll("(?s)<!--.*?-->", "");
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(1).trim();
            int colon = value.indexOf(':');
            String type = colon >= 0 ? value.substring(0, colon) : value;
            // a class name: a qualified name with a segment that starts upper-case (ids and points have none)
            if (type.startsWith("org.nafitha.") && type.matches("[\\w.$]+") && type.matches(".*\\.[A-Z][\\w$]*.*")) {
                String pkg = packageOf(type);
                if (pkg != null && !isPublic(pkg)) {
                    found.add(file + ": " + value + " " + why(pkg));
                }
            }
        }
        return found;
    }

    List<String> sourceViolations(String file, String source) {
        List<String> found = new ArrayList<>();
        String code = stripCommentsAndStrings(source);
        Matcher m = QUALIFIED.matcher(code);
        while (m.find()) {
            // a type (org.nafitha.card.Measure.of) or a package alone (import org.nafitha.card.internal.*;)
            String pkg = packageOf(m.group());
            if (!isPublic(pkg) && !isOwnPackageDeclaration(code, m.start())) {
                found.add(file + ": " + m.group() + " " + why(pkg));
            }
        }
        return found;
    }

    private String why(String pkg) {
        Export e = exports.get(pkg);
        if (e == null) {
            return "is in " + pkg + ", which no Nafitha bundle exports";
        }
        return "is in " + pkg + ", which " + e.bundle() + " exports " + (e.internal() ? "as x-internal" : "only to its friends " + e.friends())
                + ": not API";
    }

    private static boolean isOwnPackageDeclaration(String code, int at) {
        int line = code.lastIndexOf('\n', at) + 1;
        return code.substring(line, at).trim().equals("package");
    }

    /** The package of a qualified name: the segments before the first one that starts with an upper-case letter. */
    static String packageOf(String qualified) {
        String[] parts = qualified.split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String p : parts) {
            if (!p.isEmpty() && Character.isUpperCase(p.charAt(0))) {
                return pkg.toString();
            }
            if (pkg.length() > 0) {
                pkg.append('.');
            }
            pkg.append(p);
        }
        return pkg.toString();
    }

    /** Java source without comments, string and character literals (text blocks included). */
    static String stripCommentsAndStrings(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (s.startsWith("//", i)) {
                while (i < s.length() && s.charAt(i) != '\n') {
                    i++;
                }
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? s.length() : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != c && s.charAt(j) != '\n') {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    static Export export(String bundle, String clause) {
        String[] parts = clause.split(";");
        String version = null;
        List<String> friends = List.of();
        boolean internal = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            String value = p.contains("=") ? p.substring(p.indexOf('=') + 1).trim().replace("\"", "") : "";
            if (p.startsWith("version=")) {
                version = value;
            } else if (p.startsWith("x-friends:=")) {
                friends = List.of(value.split("\\s*,\\s*"));
            } else if (p.startsWith("x-internal:=")) {
                internal = Boolean.parseBoolean(value);
            }
        }
        return new Export(bundle, parts[0].trim(), version, friends, internal);
    }

    /** The headers of a manifest, continuation lines joined. */
    static Map<String, String> headers(String text) {
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
        return headers;
    }

    /** The clauses of a header, split at commas outside quotes. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                if (!clause.toString().isBlank()) {
                    clauses.add(clause.toString().trim());
                }
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        if (!clause.toString().isBlank()) {
            clauses.add(clause.toString().trim());
        }
        return clauses;
    }
}
