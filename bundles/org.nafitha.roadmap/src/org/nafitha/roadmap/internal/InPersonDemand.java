package org.nafitha.roadmap.internal;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import org.nafitha.model.DemandZone;
import org.nafitha.model.DigitalGap;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroups;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceDemand;

/**
 * The in-person visits a zone's residents make in a year, before they are sent to a center: for each service its
 * yearly transactions (the zone's override, else the rate per eligible resident, else the national transactions by
 * the zone's share of the residents) times the share not done online (the service's digital share times the zone's
 * digital gap, at most 1) times the share left by the parameters' digital shift (none for a service that needs
 * presence) — the demand side of the capacity analysis's loads ({@code CapacityAnalyzer}), without the centers.
 */
public final class InPersonDemand {

    private InPersonDemand() {
    }

    /** By zone code, the zone's in-person visits a year. */
    public static Map<String, Double> byZone(Scenario s) {
        PlanningParameters p = s.getParameters();
        long national = 0;
        for (DemandZone z : s.getDemandZones()) {
            national += z.getPopulation();
        }
        Map<String, Double> visits = new HashMap<>();
        for (DemandZone zone : s.getDemandZones()) {
            Map<Service, Double> overrides = new IdentityHashMap<>();
            for (ServiceDemand d : zone.getDemandOverrides()) {
                overrides.put(d.getService(), d.getAnnualTransactions());
            }
            double gap = p == null ? 1 : DigitalGap.multiplier(zone, p);
            double sum = 0;
            for (Service service : s.getServices()) {
                double annual = overrides.containsKey(service) ? overrides.get(service)
                        : service.getPerCapitaRate() > 0 ? service.getPerCapitaRate() * PopulationGroups.eligibleResidents(zone, service)
                        : national == 0 ? 0 : (double) service.getAnnualTransactions() * zone.getPopulation() / national;
                double shift = service.isPresenceRequired() || p == null ? 0 : p.getDigitalShift();
                sum += annual * (1 - Math.min(1, service.getDigitalShare() * gap)) * (1 - shift);
            }
            visits.put(zone.getCode(), sum);
        }
        return visits;
    }
}
