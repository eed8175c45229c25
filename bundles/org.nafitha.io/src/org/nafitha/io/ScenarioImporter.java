package org.nafitha.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import org.nafitha.model.NafithaFactory;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Scenario;
import org.nafitha.model.file.OutputFiles;

/**
 * Reads centers, demand zones, services or regions from a file of any {@link Format} into a scenario, all or nothing.
 *
 * <p>{@link #plan} reads the whole file and checks every record (values, coordinates after reprojection to WGS84,
 * geometries, codes unique in the file, references to regions, agencies and services) without touching the scenario;
 * the first fault is an {@link ImportException} naming the file, the record, the field and what was expected. Only a
 * plan that passed every check can be {@link ImportPlan#apply() applied}. Columns are chosen by header (case and
 * separators ignored: "Name EN", "name_en" and "nameEn" are the same) unless {@link ImportOptions#column} names one.
 */
public final class ScenarioImporter {

    private static final NafithaFactory FACTORY = NafithaFactory.eINSTANCE;
    private static final NafithaPackage PACKAGE = NafithaPackage.eINSTANCE;

    private final Formats formats;

    public ScenarioImporter(Formats formats) {
        this.formats = formats;
    }

    /** Reads and checks a file; the scenario is not changed. */
    public ImportPlan plan(Scenario scenario, Kind kind, Path file, ImportOptions options) throws ImportException {
        Format format = formats.forFile(file, options.format());
        if (!format.canRead()) {
            throw ImportException.of(file, null, null, "a format that can be read", format.name());
        }
        // records are mapped as they are read (a million points need no million features in memory); the scenario is
        // only changed by ImportPlan.apply(), once every record has passed
        try (FeatureReader reader = format.open(file)) {
            Feature first = reader.next();
            if (first == null) {
                throw ImportException.of(file, null, null, "at least one " + singular(kind), "no records");
            }
            String declared = reader.declaredCrs();
            FeatureMapping mapping = new FeatureMapping(scenario, kind, file, reader.fields(), first, declared, options);
            for (Feature feature = first; feature != null; feature = reader.next()) {
                mapping.add(feature);
            }
            if (!Objects.equals(declared, reader.declaredCrs())) {
                throw ImportException.of(file, null, "crs", "the crs member before the features (those before it were read as "
                        + declared + ")", reader.declaredCrs());
            }
            return mapping.finish();
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", OutputFiles.reason(e));
        }
    }

    private static String singular(Kind kind) {
        return switch (kind) {
            case CENTERS -> "center";
            case DEMAND -> "demand zone";
            case SERVICES -> "service";
            case REGIONS -> "region";
            case SETTLEMENTS -> "settlement";
            case EVALUATIONS -> "evaluation record";
            case DOCUMENTS -> "required document";
        };
    }
}
