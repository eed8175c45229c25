package org.nafitha.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out a center's capacity from its load: for each open hour the arrivals of every stream (annual visits spread
 * over the working days and the hours of the profile), then the counters each design needs.
 *
 * <p>A pooled queue of services with different handling times is an M/G/n queue: its handling time is the mixture of
 * the services' times, whose squared coefficient of variation enters through the Allen–Cunneen factor (1 + cs²)/2.
 * Pooling saves counters when handling times are alike (the economy of scale of one queue); when they differ a lot
 * (e.g. 3-minute certificates with 40-minute licences), the mixture's variance grows and short transactions wait
 * behind long ones, so part of the saving is lost, and past a point specialized or mixed counters do better. The
 * engine reports the three designs side by side so the planner sees which case a center is in.
 *
 * <p>The mixed design keeps universal counters for the services whose handling times are alike, and gives specialized
 * counters to the groups whose mean handling time is more than {@code segregationRatio} times the center's mean, or
 * less than its inverse: the long licences, or the two-minute collections, that would upset a shared queue.
 */
public final class CapacityCalculator {

    private CapacityCalculator() {
    }

    public static CenterCapacity compute(CenterLoad load, CapacitySettings settings) {
        double[] profile = settings.profile();
        List<CenterLoad.Stream> streams = load.streams();
        Map<String, List<CenterLoad.Stream>> groups = new LinkedHashMap<>();
        for (CenterLoad.Stream s : streams) {
            groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(s);
        }
        double dailyVisits = load.annualVisits() / settings.workingDays();
        Staffing.Target target = settings.target();
        List<CenterCapacity.Interval> intervals = new ArrayList<>(profile.length);
        int universal = 0;
        int specialized = 0;
        int mixed = 0;
        double peak = 0;
        for (int h = 0; h < profile.length; h++) {
            double hourShare = profile[h] / settings.workingDays();
            Queue all = Queue.of(streams, hourShare);
            peak = Math.max(peak, all.arrivalsPerHour);
            int pooled = all.counters(target);
            int separate = 0;
            int segregated = 0;
            List<CenterLoad.Stream> shared = new ArrayList<>();
            for (List<CenterLoad.Stream> group : groups.values()) {
                Queue q = Queue.of(group, hourShare);
                int own = q.counters(target);
                separate += own;
                double ratio = all.aht == 0 ? 1 : q.aht / all.aht;
                if (ratio > settings.segregationRatio() || ratio * settings.segregationRatio() < 1) {
                    segregated += own;
                } else {
                    shared.addAll(group);
                }
            }
            int mixedHere = segregated + Queue.of(shared, hourShare).counters(target);
            universal = Math.max(universal, pooled);
            specialized = Math.max(specialized, separate);
            mixed = Math.max(mixed, mixedHere);
            int required = load.mostlyUniversal() ? pooled : separate;
            Staffing.Design existing = all.arrivalsPerHour == 0 ? null
                    : Staffing.evaluate(target, load.existingCounters(), all.arrivalsPerHour, all.aht, all.cs2);
            intervals.add(new CenterCapacity.Interval(h, all.arrivalsPerHour, all.load(), required, Staffing.staff(required, target),
                    load.existingCounters(), existing == null ? 0 : all.load() / Math.max(1, load.existingCounters()),
                    existing == null ? 0 : existing.averageWaitMinutes(), existing == null ? 1 : existing.serviceLevel(),
                    existing == null ? 0 : existing.abandonment()));
        }
        int required = load.mostlyUniversal() ? universal : specialized;
        Queue day = Queue.of(streams, 1.0 / settings.workingDays());
        double hours = profile.length;
        double dailyCapacity = day.aht == 0 ? 0 : load.existingCounters() * hours * 60 / day.aht * target.maxOccupancy();
        return new CenterCapacity(load.code(), load.name(), load.annualVisits(), load.visitsSaved(), peak,
                load.mostlyUniversal() ? "universal" : "specialized", required, Staffing.staff(required, target), load.existingCounters(),
                universal, specialized, mixed, dailyVisits == 0 && day.aht == 0 ? 0 : dailyCapacity, intervals);
    }

    /** Streams served by one queue in one hour: arrivals, the mean handling time and its squared variation. */
    private static final class Queue {
        final double arrivalsPerHour;
        final double aht;
        final double cs2;

        private Queue(double arrivalsPerHour, double aht, double cs2) {
            this.arrivalsPerHour = arrivalsPerHour;
            this.aht = aht;
            this.cs2 = cs2;
        }

        /** @param share the share of a year's visits in this hour */
        static Queue of(List<CenterLoad.Stream> streams, double share) {
            double rate = 0;
            double first = 0;
            double second = 0;
            for (CenterLoad.Stream s : streams) {
                double r = s.annualVisits() * share;
                rate += r;
                first += r * s.ahtMinutes();
                second += r * s.ahtMinutes() * s.ahtMinutes() * (1 + s.cv() * s.cv());
            }
            if (rate == 0) {
                return new Queue(0, 0, 1);
            }
            double mean = first / rate;
            double cs2 = second / rate / (mean * mean) - 1;
            return new Queue(rate, mean, Math.max(0, cs2));
        }

        double load() {
            return arrivalsPerHour * aht / 60;
        }

        int counters(Staffing.Target target) {
            return arrivalsPerHour == 0 ? 0 : Math.toIntExact(Staffing.required(target, arrivalsPerHour, aht, cs2).counters());
        }
    }
}
