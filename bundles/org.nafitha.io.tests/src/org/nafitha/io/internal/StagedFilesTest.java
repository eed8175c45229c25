package org.nafitha.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.nafitha.io.Feature;
import org.nafitha.io.FeatureWriter;
import org.nafitha.io.Format;
import org.nafitha.io.Formats;
import org.nafitha.io.Schema;

/** Exported files appear whole, with the permissions any new file in their folder gets, and nothing is left beside them. */
class StagedFilesTest {

    @Test
    void everyFormatWritesFilesWithTheFoldersDefaultPermissionsAndNoLeftovers(@TempDir Path dir) throws Exception {
        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(dir.resolve("reference")));
        Schema schema = new Schema("points", "Point").field("code", Schema.Type.STRING);
        GeometryFactory g = new GeometryFactory();
        for (Format format : Formats.builtIn().all()) {
            Path target = dir.resolve("points." + format.extensions().get(0));
            try (FeatureWriter writer = format.create(target, schema)) {
                writer.write(new Feature("point 1", g.createPoint(new Coordinate(35.9, 31.95)), Map.of("code", "P1")));
            }
            assertEquals(usual, Files.getPosixFilePermissions(target), format.id() + " keeps the usual permissions");
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no staged file is left");
        }
    }
}
