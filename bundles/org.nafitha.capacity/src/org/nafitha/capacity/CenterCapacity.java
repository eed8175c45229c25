package org.nafitha.capacity;

import java.util.List;

/**
 * The capacity of one center: what it needs in each open hour and at its busiest, under three designs — universal
 * counters (every counter serves every service: one pooled queue), specialized counters (one queue per agency or
 * bundle) and the mixed design (universal counters, with the groups of very different handling times apart) — and how
 * its existing counters perform.
 *
 * @param design "universal" or "specialized": the design of the center's existing counters, which sets its requirement
 * @param requiredCounters the most counters any hour needs in that design
 * @param universalCounters, specializedCounters, mixedCounters the busiest hour's needs in each design
 * @param dailyCapacity transactions a day the existing counters serve at the maximum occupancy
 */
public record CenterCapacity(String code, String name, double annualVisits, double visitsSaved, double peakArrivalsPerHour,
        String design, int requiredCounters, int requiredStaff, int existingCounters, int universalCounters, int specializedCounters,
        int mixedCounters, double dailyCapacity, List<Interval> intervals) {

    /**
     * One open hour.
     *
     * @param hour 0 for the first open hour
     * @param utilization of the existing counters (may exceed 1: the queue then grows through the hour)
     * @param averageWaitMinutes, serviceLevel, abandonment of the existing counters (one pooled queue)
     */
    public record Interval(int hour, double arrivalsPerHour, double load, int requiredCounters, int requiredStaff, int existingCounters,
            double utilization, double averageWaitMinutes, double serviceLevel, double abandonment) {

        /** Counters missing (positive) or spare (negative) in this hour. */
        public int shortfall() {
            return requiredCounters - existingCounters;
        }
    }

    /** Counters missing (positive) or spare (negative) at the busiest hour. */
    public int shortfall() {
        return requiredCounters - existingCounters;
    }
}
