package org.nafitha.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data files the map's tests use when this machine has them. */
final class SharedDataFiles {

    private SharedDataFiles() {
    }

    /** ../shared/data/jordan-boundaries/dis_simpl_20m.gpkg above the working directory, or null. */
    static Path districts() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path c = p.resolveSibling("shared").resolve("data").resolve("jordan-boundaries").resolve("dis_simpl_20m.gpkg");
            if (Files.isRegularFile(c)) {
                return c;
            }
        }
        return null;
    }
}
