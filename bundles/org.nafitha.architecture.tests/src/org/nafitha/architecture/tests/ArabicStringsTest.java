package org.nafitha.architecture.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Planners work in Arabic: every file of user-visible strings (plugin.properties, messages.properties) has an Arabic
 * twin (plugin_ar.properties, messages_ar.properties) with exactly the same keys, none of them left empty.
 */
class ArabicStringsTest {

    private final Path bundles = Path.of(System.getProperty("nafitha.bundles", "../")).toAbsolutePath().normalize();

    @Test
    void everyStringsFileHasAnArabicTwinWithTheSameKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(bundles)) {
            for (Path english : files.filter(ArabicStringsTest::isEnglishStrings).toList()) {
                checked++;
                String name = english.getFileName().toString();
                Path arabic = english.resolveSibling(name.replace(".properties", "_ar.properties"));
                String where = bundles.relativize(english).toString();
                if (!Files.exists(arabic)) {
                    problems.add(where + " has no Arabic twin");
                    continue;
                }
                Properties en = load(english);
                Properties ar = load(arabic);
                Set<String> missing = new TreeSet<>(en.stringPropertyNames());
                missing.removeAll(ar.stringPropertyNames());
                Set<String> extra = new TreeSet<>(ar.stringPropertyNames());
                extra.removeAll(en.stringPropertyNames());
                if (!missing.isEmpty()) {
                    problems.add(where + ": no Arabic for " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(where + ": Arabic keys without English " + extra);
                }
                for (String key : ar.stringPropertyNames()) {
                    if (ar.getProperty(key).isBlank() && !en.getProperty(key, "").isBlank()) {
                        problems.add(where + ": empty Arabic for " + key);
                    }
                }
            }
        }
        assertTrue(checked >= 3, "strings files found under " + bundles + ": " + checked);
        assertEquals(List.of(), problems);
    }

    private static boolean isEnglishStrings(Path p) {
        String s = p.toString();
        String name = p.getFileName().toString();
        return !s.contains("/target/") && !s.contains("/bin/") && !s.contains(".tests/")
                && (name.equals("plugin.properties") || name.equals("messages.properties"));
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.ISO_8859_1)) {
            props.load(r);
        }
        return props;
    }
}
