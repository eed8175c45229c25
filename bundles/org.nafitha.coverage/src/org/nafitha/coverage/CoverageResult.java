package org.nafitha.coverage;

import java.util.List;

/** What the coverage analyzer found for a scenario. Accessibility is in supply units per 100,000 residents. */
public record CoverageResult(
        String method,
        double radiusKm,
        String supplyUnit,
        List<Zone> zones,
        List<Center> centers,
        List<Region> regions,
        List<Group> groups,
        Inequality equity,
        List<Zone> underserved) {

    /** A demand zone: its nearest open center, how far and how long, whether within its area's threshold, its access. */
    public record Zone(String code, String name, String region, long population, String areaType, String nearestCenter,
            double distanceKm, double travelMinutes, boolean covered, double access) {
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
