package org.nafitha.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.nafitha.io.FeatureReader;
import org.nafitha.io.Formats;
import org.nafitha.io.ImportException;
import org.nafitha.model.Located;
import org.nafitha.model.Outline;
import org.nafitha.model.Region;
import org.nafitha.model.Scenario;
import org.nafitha.ui.internal.Messages;
import org.nafitha.ui.internal.ScenarioLabels;

/**
 * What the import preview checks before anything changes, beyond what the importer refuses: points outside the
 * scenario's study area or outside every region that has a boundary (with a hint when latitude and longitude look
 * swapped), and whether the file says the area type of its zones.
 */
final class ImportChecks {

    /** The area type columns the importer reads (ScenarioImporter's demand zone rule), compared without case. */
    private static final Set<String> AREA_TYPE_COLUMNS = Set.of("area_type", "areatype", "settlement_type");

    private ImportChecks() {
    }

    /** A warning per object read whose point lies outside the study area or every region; none for the others. */
    static Map<EObject, String> warnings(Scenario scenario, List<EObject> objects) {
        Outline study = outline(scenario.getStudyArea());
        List<Outline> regions = new ArrayList<>();
        for (Region r : scenario.getRegions()) {
            Outline o = outline(r.getGeometryWkt());
            if (o != null) {
                regions.add(o);
            }
        }
        Map<EObject, String> out = new IdentityHashMap<>();
        for (EObject object : objects) {
            if (!(object instanceof Located l)) {
                continue;
            }
            double lat = l.getLatitude();
            double lon = l.getLongitude();
            String where = "(" + degrees(lat) + ", " + degrees(lon) + ")";
            boolean inStudy = study == null || study.contains(lon, lat);
            boolean inRegion = regions.isEmpty() || regions.stream().anyMatch(r -> r.contains(lon, lat));
            if (inStudy && inRegion) {
                continue;
            }
            boolean swappedFits = (study == null || study.contains(lat, lon)) && (regions.isEmpty() || regions.stream().anyMatch(r -> r.contains(lat, lon)));
            String text = !inStudy ? NLS.bind(Messages.Import_outsideStudyArea, where) : NLS.bind(Messages.Import_outsideRegions, where);
            out.put(object, swappedFits ? text + " " + Messages.Import_swapped : text);
        }
        return out;
    }

    /** Whether the file has a column the importer reads the area type from. */
    static boolean hasAreaType(Formats formats, Path file) throws ImportException {
        try (FeatureReader reader = formats.forFile(file, null).open(file)) {
            for (String f : reader.fields()) {
                if (AREA_TYPE_COLUMNS.contains(f.trim().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw ImportException.of(file, null, null, "a readable file", e.getMessage());
        }
    }

    /** Degrees with four decimals (about 11 m), in the workbench's digits. */
    static String degrees(double v) {
        return ScenarioLabels.decimal(v, 4);
    }

    private static Outline outline(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            return null;
        }
        try {
            return Outline.parse(wkt);
        } catch (IllegalArgumentException e) {
            return null; // reported on the scenario or the region by the validator
        }
    }
}
