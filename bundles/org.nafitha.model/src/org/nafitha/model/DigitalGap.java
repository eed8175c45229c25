package org.nafitha.model;

/**
 * The digital gap: how much more or less than the national average the residents of a zone do online. Every
 * {@link DigitalUptake} of the planning parameters that matches the zone multiplies in: one for the zone's region or an
 * ancestor (a governorate), one for its area type, and the population groups' by their share of the zone's residents
 * (a group of 20 % with multiplier 0.6 gives 1 + 0.2 x (0.6 - 1) = 0.92). A service's digital share in the zone is its
 * national digital share times this, at most 1.
 */
public final class DigitalGap {

    private DigitalGap() {
    }

    /** The zone's multiplier (1 without data). */
    public static double multiplier(DemandZone zone, PlanningParameters p) {
        if (p == null || p.getDigitalUptake().isEmpty()) {
            return 1;
        }
        double m = 1;
        for (DigitalUptake u : p.getDigitalUptake()) {
            if (u.getRegion() != null && inRegion(zone.getRegion(), u.getRegion())) {
                m *= u.getMultiplier();
            }
            if (u.isSetAreaType() && u.getAreaType() == zone.getAreaType()) {
                m *= u.getMultiplier();
            }
            if (u.getGroup() != null && zone.getPopulation() > 0) {
                double share = Math.min(1, PopulationGroups.residents(zone, u.getGroup()) / zone.getPopulation());
                m *= 1 + share * (u.getMultiplier() - 1);
            }
        }
        return m;
    }

    /** A service's digital share among the zone's residents. */
    public static double digitalShare(Service s, DemandZone zone, PlanningParameters p) {
        return Math.min(1, s.getDigitalShare() * multiplier(zone, p));
    }

    private static boolean inRegion(Region region, Region target) {
        int guard = 0;
        for (Region r = region; r != null && guard < 64; r = r.getParent(), guard++) {
            if (r == target) {
                return true;
            }
        }
        return false;
    }
}
