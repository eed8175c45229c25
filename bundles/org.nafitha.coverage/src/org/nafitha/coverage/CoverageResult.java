package org.nafitha.coverage;

import java.util.List;

/**
 * What the coverage analyzer found for a scenario: per demand zone (summed over the places its residents live), per
 * place ({@link Point}: a settlement, or a zone without settlements), per center, region and group, and the inequality
 * of access among residents where they live. Accessibility is in supply units per 100,000 residents. The radius and
 * the bands are in {@link #costUnit()}: "km", or "min" when a cost table in minutes gave the costs (then a place's
 * {@code distanceKm} is NaN, unknown, and its {@code travelMinutes} is the table's cost; an unreachable place has an
 * infinite cost and no nearest center).
 */
public record CoverageResult(
        String method,
        double radiusKm,
        String supplyUnit,
        List<Zone> zones,
        List<Point> points,
        List<Center> centers,
        List<Region> regions,
        List<Group> groups,
        Inequality equity,
        List<Zone> underserved,
        String costUnit) {

    /** A result whose costs are kilometres (the distance models' unit), as before cost tables. */
    public CoverageResult(String method, double radiusKm, String supplyUnit, List<Zone> zones, List<Point> points,
            List<Center> centers, List<Region> regions, List<Group> groups, Inequality equity, List<Zone> underserved) {
        this(method, radiusKm, supplyUnit, zones, points, centers, regions, groups, equity, underserved, "km");
    }

    /** Whether costs, the radius and the bands are minutes of travel (from a cost table in minutes) rather than km. */
    public boolean minutes() {
        return "min".equals(costUnit);
    }

    /**
     * A result without places, as before settlements (each zone one place, at the scenario's zone point): kept for
     * plugins written against it.
     */
    public CoverageResult(String method, double radiusKm, String supplyUnit, List<Zone> zones, List<Center> centers,
            List<Region> regions, List<Group> groups, Inequality equity, List<Zone> underserved) {
        this(method, radiusKm, supplyUnit, zones, List.of(), centers, regions, groups, equity, underserved);
    }

    /**
     * A demand zone, summed over the places its residents live ({@link Point}): the nearest open center of its most
     * populous place, the population-weighted mean distance and travel time of its residents to their nearest center,
     * the residents within their area's thresholds, and the population-weighted mean access.
     */
    public record Zone(String code, String name, String region, long population, String areaType, String nearestCenter,
            double distanceKm, double travelMinutes, long coveredPopulation, double access) {

        /**
         * A zone whose residents are either all within reach or all beyond (one place): the form of results before
         * settlements, kept for plugins written against it.
         */
        public Zone(String code, String name, String region, long population, String areaType, String nearestCenter,
                double distanceKm, double travelMinutes, boolean covered, double access) {
            this(code, name, region, population, areaType, nearestCenter, distanceKm, travelMinutes, covered ? population : 0, access);
        }

        /** Whether every resident of the zone is within reach. */
        public boolean covered() {
            return coveredPopulation >= population;
        }

        /** Residents beyond reach. */
        public long uncoveredPopulation() {
            return population - coveredPopulation;
        }
    }

    /**
     * A place where residents of a zone live (a settlement, or the zone's own point): its residents, area type,
     * nearest open center, distance and travel time to it, whether within the thresholds, and its access.
     */
    public record Point(String code, String zone, String name, double latitude, double longitude, double population,
            String areaType, String nearestCenter, double distanceKm, double travelMinutes, boolean covered, double access) {
    }

    /** An open center: its supply, its supply ratio (per 100,000 residents) and the population whose nearest it is. */
    public record Center(String code, String name, double supply, double supplyRatio, long catchmentPopulation) {
    }

    /** A region: residents, residents within the threshold, their share and the population-weighted mean access. */
    public record Region(String code, String name, long population, long coveredPopulation, double coveredShare,
            double meanAccess) {
    }

    /** A population group: residents, residents within the threshold, share, and the Gini of access among them. */
    public record Group(String code, String name, double residents, double coveredResidents, double coveredShare,
            double meanAccess, double gini) {
    }

    /** Population-weighted inequality of accessibility. */
    public record Inequality(double gini, double theil, double palma, double[] lorenzPopulation, double[] lorenzAccess) {
    }
}
