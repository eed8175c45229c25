package org.nafitha.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Outline;
import org.nafitha.model.Region;
import org.nafitha.model.Settlement;

/**
 * The settlements of one import, zone by zone: each record names an existing zone and gives a place with a share of
 * the zone's residents or a number of residents (one or the other for all places of a zone). Once every record is
 * read, the shares of each zone must sum to one (within {@link #TOLERANCE}); populations become shares of their sum.
 * The result is, for each zone of the file, a copy of the zone holding exactly the file's settlements, which replaces
 * the zone (so the import is one replacement, undone as one).
 */
final class SettlementImport {

    /** How far a zone's shares may sum from 1 (rounding in a file). */
    static final double TOLERANCE = 1e-3;

    private record Row(Settlement settlement, Double share, Double population, String location) {
    }

    private final Path file;
    private final Map<DemandZone, List<Row>> byZone = new LinkedHashMap<>();

    SettlementImport(Path file) {
        this.file = file;
    }

    /** Whether the zone has a settlement of this code in the file already. */
    boolean contains(DemandZone zone, String code) {
        return byZone.getOrDefault(zone, List.of()).stream().anyMatch(r -> code.equals(r.settlement().getCode()));
    }

    /**
     * Adds a place of a zone, after checking it lies inside the zone's region (when the region, or an ancestor, has a
     * boundary). Exactly one of share and population is given.
     */
    void add(DemandZone zone, Settlement settlement, Double share, Double population, String location, String field)
            throws ImportException {
        for (Region r = zone.getRegion(); r != null; r = r.getParent()) {
            String wkt = r.getGeometryWkt();
            if (wkt != null && !wkt.isBlank()) {
                boolean inside;
                try {
                    inside = Outline.parse(wkt).contains(settlement.getLongitude(), settlement.getLatitude());
                } catch (IllegalArgumentException e) {
                    break; // a broken boundary is the region's problem, reported by validation
                }
                if (!inside) {
                    throw ImportException.of(file, location, field, "a point inside its zone " + zone.getCode()
                            + " (within the boundary of " + r.getCode() + ")", String.format(Locale.ROOT, "(%.5f, %.5f), outside",
                                    settlement.getLatitude(), settlement.getLongitude()));
                }
                break;
            }
            if (r.getParent() == zone.getRegion()) {
                break; // a cycle
            }
        }
        byZone.computeIfAbsent(zone, z -> new ArrayList<>()).add(new Row(settlement, share, population, location));
    }

    /** Each zone of the file to its copy with the file's settlements; the first fault as an exception. */
    Map<DemandZone, DemandZone> finish() throws ImportException {
        Map<DemandZone, DemandZone> copies = new LinkedHashMap<>();
        for (Map.Entry<DemandZone, List<Row>> e : byZone.entrySet()) {
            DemandZone zone = e.getKey();
            List<Row> rows = e.getValue();
            boolean byShare = rows.get(0).share() != null;
            double sum = 0;
            for (Row row : rows) {
                if ((row.share() != null) != byShare) {
                    throw ImportException.of(file, row.location(), byShare ? "share" : "population", "for every place of zone "
                            + zone.getCode() + " a share, or for every place a population (not both kinds)",
                            byShare ? "a population" : "a share");
                }
                sum += byShare ? row.share() : row.population();
            }
            Row last = rows.get(rows.size() - 1);
            if (byShare && !(Math.abs(sum - 1) <= TOLERANCE)) {
                throw ImportException.of(file, last.location(), "share", "the shares of zone " + zone.getCode()
                        + "'s places to sum to 1", String.format(Locale.ROOT, "%.4f over %d places", sum, rows.size()));
            }
            if (!byShare && !(sum > 0)) {
                throw ImportException.of(file, last.location(), "population", "residents in at least one place of zone "
                        + zone.getCode(), "0 in all " + rows.size() + " places");
            }
            DemandZone copy = EcoreUtil.copy(zone);
            copy.getSettlements().clear();
            for (Row row : rows) {
                Settlement s = row.settlement();
                s.setShare(byShare ? row.share() : row.population() / sum);
                copy.getSettlements().add(s);
            }
            copies.put(zone, copy);
        }
        return copies;
    }
}
