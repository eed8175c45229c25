package org.nafitha.capacity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.nafitha.core.CenterCapacities;
import org.nafitha.model.ServiceCenter;

/**
 * The capacity of every open center and the national totals. Coverage reads it (as {@link CenterCapacities}) for the
 * supply of each center.
 *
 * @param unservedVisits in-person visits a year of services that no open center offers
 */
public record CapacityResult(List<CenterCapacity> centers, Totals totals, double unservedVisits, Staffing.Target target)
        implements CenterCapacities {

    /**
     * National totals.
     *
     * @param shortfall counters missing where centers have too few, summed
     * @param surplus counters spare where centers have more than they need, summed
     * @param universalCounters, specializedCounters the busiest-hour needs of every center under each design, summed:
     *        their difference is what the universal employee saves
     */
    public record Totals(double annualVisits, double visitsSaved, int requiredCounters, int requiredStaff, int existingCounters,
            int existingStaff, int shortfall, int surplus, int universalCounters, int specializedCounters, int mixedCounters) {
    }

    public Map<String, CenterCapacity> byCode() {
        Map<String, CenterCapacity> map = new HashMap<>();
        centers.forEach(c -> map.put(c.code(), c));
        return map;
    }

    @Override
    public OptionalDouble dailyCapacity(ServiceCenter center) {
        for (CenterCapacity c : centers) {
            if (c.code().equals(center.getCode())) {
                return OptionalDouble.of(c.dailyCapacity());
            }
        }
        return OptionalDouble.empty();
    }
}
