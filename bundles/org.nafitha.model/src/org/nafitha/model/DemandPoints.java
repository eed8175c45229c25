package org.nafitha.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a scenario's residents are, as the engines see them: one point per settlement of each demand zone (its share of
 * the zone's residents, its own area type), or the zone's own point when the zone has no settlements. Coverage and
 * 2SFCA compute per point and sum per zone; capacity allocation and location-allocation assign each point.
 */
public final class DemandPoints {

    private DemandPoints() {
    }

    /**
     * One place where residents of a zone live.
     *
     * @param zone      the demand zone
     * @param code      the point's id: the zone's code, or {@code zone/settlement} for a settlement
     * @param name      the settlement's English name, or the zone's
     * @param latitude  WGS84
     * @param longitude WGS84
     * @param share     the share of the zone's residents living here (1 for a zone without settlements)
     * @param areaType  the settlement's own area type when set, else the zone's (may be null)
     */
    public record Point(DemandZone zone, String code, String name, double latitude, double longitude, double share,
            AreaType areaType) {

        /** The residents living at this point. */
        public double population() {
            return zone.getPopulation() * share;
        }

        /** The residents of a population group living at this point (the zone's group residents times the share). */
        public double residents(PopulationGroup group) {
            return PopulationGroups.residents(zone, group) * share;
        }
    }

    /** The points of one zone: its settlements, or the zone itself. */
    public static List<Point> of(DemandZone zone) {
        if (zone.getSettlements().isEmpty()) {
            return List.of(new Point(zone, zone.getCode(), zone.getNameEn(), zone.getLatitude(), zone.getLongitude(), 1,
                    zone.getAreaType()));
        }
        List<Point> points = new ArrayList<>(zone.getSettlements().size());
        for (Settlement s : zone.getSettlements()) {
            points.add(new Point(zone, zone.getCode() + "/" + s.getCode(), s.getNameEn() == null ? s.getCode() : s.getNameEn(),
                    s.getLatitude(), s.getLongitude(), s.getShare(), areaType(zone, s)));
        }
        return points;
    }

    /** Every point of a scenario, zone by zone in the scenario's order. */
    public static List<Point> of(Scenario scenario) {
        List<Point> points = new ArrayList<>();
        for (DemandZone z : scenario.getDemandZones()) {
            points.addAll(of(z));
        }
        return points;
    }

    /** A settlement's area type: its own when set, else its zone's. */
    public static AreaType areaType(DemandZone zone, Settlement settlement) {
        return settlement.isSetAreaType() ? settlement.getAreaType() : zone.getAreaType();
    }
}
