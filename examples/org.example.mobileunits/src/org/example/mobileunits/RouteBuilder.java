package org.example.mobileunits;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.nafitha.geo.DistanceModel;

/**
 * Weekly routes of mobile units for the places no center reaches.
 *
 * <ol>
 * <li>Each stop is served from its nearest depot (ties: the lower code); stops are clustered by group (the
 * governorate) and depot, so that a unit never crosses into another governorate.</li>
 * <li>Within a cluster, each day is a nearest-neighbour tour that leaves the depot, visits stops and comes back: the
 * next stop is the one nearest the unit's position (ties: the lower code), taken while the day's driving, with the way
 * back, fits the daily driving budget and the driving plus the time at the stops fits the working day. A day stops at
 * the first stop that does not fit.</li>
 * <li>A stop whose round trip alone does not fit cannot be reached from its depot: it is reported, never visited.</li>
 * <li>A route is the week of one unit: up to {@code daysPerWeek} days (Sunday first, the Jordanian working week);
 * a cluster with more days needs another unit, so another route.</li>
 * </ol>
 * Every stop gets one visit day a week.
 */
public final class RouteBuilder {

    /** The working days of the week, Sunday first. */
    static final List<String> WEEKDAYS = List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday");

    private RouteBuilder() {
    }

    /**
     * How units work.
     *
     * @param speedKmh average driving speed
     * @param drivingHours daily driving budget (there and back)
     * @param stopHours time a unit serves at each stop
     * @param workdayHours the working day: driving plus stops
     * @param daysPerWeek working days of a unit, 1 to 7
     */
    public record Settings(double speedKmh, double drivingHours, double stopHours, double workdayHours, int daysPerWeek) {

        public Settings {
            positive("speed", speedKmh);
            positive("daily driving budget", drivingHours);
            if (!(stopHours >= 0) || Double.isInfinite(stopHours)) {
                throw new IllegalArgumentException("time at a stop " + stopHours + " h: expected 0 or more");
            }
            positive("working day", workdayHours);
            if (daysPerWeek < 1 || daysPerWeek > 7) {
                throw new IllegalArgumentException("days per week " + daysPerWeek + ": expected 1 to 7");
            }
        }

        /** 60 km/h, 4 h of driving and 3 h at each stop within an 8-hour day, Sunday to Thursday. */
        public static Settings defaults() {
            return new Settings(60, 4, 3, 8, 5);
        }

        private static void positive(String what, double v) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + " " + v + ": expected a number more than 0");
            }
        }
    }

    /** Builds the plan; {@code depots} must not be empty when there are stops. */
    public static MobileUnitPlan build(List<MobileUnitPlan.Place> depots, List<MobileUnitPlan.Place> stops, DistanceModel distance,
            Settings settings) {
        if (stops.isEmpty()) {
            return new MobileUnitPlan(List.of(), List.of(), settings);
        }
        if (depots.isEmpty()) {
            throw new IllegalArgumentException("no depot for the mobile units: the scenario has no open center to start from");
        }
        // cluster: (group, nearest depot), in the order of group then depot code
        Map<String, Map<String, List<MobileUnitPlan.Place>>> clusters = new TreeMap<>();
        Map<String, MobileUnitPlan.Place> depotByCode = new LinkedHashMap<>();
        for (MobileUnitPlan.Place s : stops) {
            MobileUnitPlan.Place depot = nearest(s, depots, distance);
            depotByCode.put(depot.code(), depot);
            clusters.computeIfAbsent(s.group() == null ? "" : s.group(), k -> new TreeMap<>())
                    .computeIfAbsent(depot.code(), k -> new ArrayList<>()).add(s);
        }
        List<MobileUnitPlan.Route> routes = new ArrayList<>();
        List<MobileUnitPlan.Place> unreachable = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<MobileUnitPlan.Place>>> g : clusters.entrySet()) {
            for (Map.Entry<String, List<MobileUnitPlan.Place>> c : g.getValue().entrySet()) {
                MobileUnitPlan.Place depot = depotByCode.get(c.getKey());
                List<MobileUnitPlan.Place> remaining = new ArrayList<>(c.getValue());
                remaining.sort(Comparator.comparing(MobileUnitPlan.Place::code));
                List<List<MobileUnitPlan.Place>> days = new ArrayList<>();
                while (!remaining.isEmpty()) {
                    List<MobileUnitPlan.Place> day = dayTour(depot, remaining, distance, settings);
                    if (day.isEmpty()) {
                        // the nearest stop's round trip does not fit: no farther one does either
                        unreachable.addAll(remaining);
                        break;
                    }
                    days.add(day);
                }
                int unit = 0;
                for (int from = 0; from < days.size(); from += settings.daysPerWeek()) {
                    unit++;
                    List<MobileUnitPlan.Day> week = new ArrayList<>();
                    List<List<MobileUnitPlan.Place>> part = days.subList(from, Math.min(days.size(), from + settings.daysPerWeek()));
                    for (int d = 0; d < part.size(); d++) {
                        week.add(day(depot, part.get(d), d, distance, settings));
                    }
                    routes.add(new MobileUnitPlan.Route(depot.code() + "/" + (g.getKey().isEmpty() ? "" : g.getKey() + "/") + unit, g.getKey(),
                            depot, week));
                }
            }
        }
        unreachable.sort(Comparator.comparing(MobileUnitPlan.Place::code));
        return new MobileUnitPlan(routes, unreachable, settings);
    }

    /** The stops of one day, removed from {@code remaining}; empty when the nearest one does not fit alone. */
    static List<MobileUnitPlan.Place> dayTour(MobileUnitPlan.Place depot, List<MobileUnitPlan.Place> remaining, DistanceModel distance,
            Settings s) {
        List<MobileUnitPlan.Place> day = new ArrayList<>();
        MobileUnitPlan.Place at = depot;
        double drivenKm = 0;
        while (!remaining.isEmpty()) {
            MobileUnitPlan.Place next = nearest(at, remaining, distance);
            double km = drivenKm + km(distance, at, next) + km(distance, next, depot);
            double driving = km / s.speedKmh();
            if (driving > s.drivingHours() + 1e-9 || driving + (day.size() + 1) * s.stopHours() > s.workdayHours() + 1e-9) {
                break;
            }
            drivenKm += km(distance, at, next);
            day.add(next);
            remaining.remove(next);
            at = next;
        }
        return day;
    }

    private static MobileUnitPlan.Day day(MobileUnitPlan.Place depot, List<MobileUnitPlan.Place> stops, int index, DistanceModel distance,
            Settings s) {
        double km = 0;
        MobileUnitPlan.Place at = depot;
        for (MobileUnitPlan.Place p : stops) {
            km += km(distance, at, p);
            at = p;
        }
        km += km(distance, at, depot);
        double driving = km / s.speedKmh();
        return new MobileUnitPlan.Day(index + 1, WEEKDAYS.get(index), stops, km, driving, driving + stops.size() * s.stopHours());
    }

    /** The place of {@code among} nearest to {@code from}; ties go to the lower code. */
    static MobileUnitPlan.Place nearest(MobileUnitPlan.Place from, List<MobileUnitPlan.Place> among, DistanceModel distance) {
        MobileUnitPlan.Place best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (MobileUnitPlan.Place p : among) {
            double km = km(distance, from, p);
            if (km < bestKm - 1e-12 || Math.abs(km - bestKm) <= 1e-12 && p.code().compareTo(best.code()) < 0) {
                best = p;
                bestKm = km;
            }
        }
        return best;
    }

    private static double km(DistanceModel distance, MobileUnitPlan.Place a, MobileUnitPlan.Place b) {
        return distance.km(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
