package org.nafitha.model;

/** Resolves how many residents of a zone belong to a population group. */
public final class PopulationGroups {

    private PopulationGroups() {
    }

    /** The residents of {@code group} in {@code zone}: the count if given, else the share of the zone population. */
    public static double residents(DemandZone zone, PopulationGroup group) {
        for (GroupPopulation gp : zone.getGroups()) {
            if (gp.getGroup() == group) {
                if (gp.isSetCount()) {
                    return gp.getCount();
                }
                if (gp.isSetShare()) {
                    return gp.getShare() * zone.getPopulation();
                }
            }
        }
        return 0;
    }

    /** Residents who may use a service: everyone when it names no eligible group, else the largest eligible group. */
    public static double eligibleResidents(DemandZone zone, Service service) {
        if (service.getEligibleGroups().isEmpty()) {
            return zone.getPopulation();
        }
        // groups overlap (an elderly woman is in two), so the union is at least the largest and at most the population
        double largest = 0;
        double sum = 0;
        for (PopulationGroup g : service.getEligibleGroups()) {
            double r = residents(zone, g);
            largest = Math.max(largest, r);
            sum += r;
        }
        return Math.min(zone.getPopulation(), Math.max(largest, Math.min(sum, zone.getPopulation())));
    }
}
