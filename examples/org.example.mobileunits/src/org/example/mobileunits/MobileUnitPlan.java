package org.example.mobileunits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the mobile units analyzer proposes: weekly routes from depots (open centers) to the places no center reaches
 * within the coverage thresholds, and the places no route can reach within a day's driving budget. Stored under
 * {@link MobileUnitsAnalyzer#ID} among the analysis results.
 */
public record MobileUnitPlan(List<Route> routes, List<Place> unreachable, RouteBuilder.Settings settings) {

    /** A depot or a stop: a code, a name, a group (the governorate), WGS84 coordinates and its residents. */
    public record Place(String code, String name, String group, double lat, double lon, long population) {
    }

    /** One working day: the stops in visiting order, the km driven (there and back), driving and working hours. */
    public record Day(int index, String weekday, List<Place> stops, double km, double drivingHours, double hours) {
        public Day {
            stops = List.copyOf(stops);
        }
    }

    /** The week of one unit from its depot. */
    public record Route(String id, String group, Place depot, List<Day> days) {
        public Route {
            days = List.copyOf(days);
        }

        public double km() {
            return days.stream().mapToDouble(Day::km).sum();
        }

        public double drivingHours() {
            return days.stream().mapToDouble(Day::drivingHours).sum();
        }

        public double hours() {
            return days.stream().mapToDouble(Day::hours).sum();
        }

        public long population() {
            return days.stream().flatMap(d -> d.stops().stream()).mapToLong(Place::population).sum();
        }
    }

    /** Where and when a stop is visited. */
    public record Visit(Route route, Day day) {
    }

    public MobileUnitPlan {
        routes = List.copyOf(routes);
        unreachable = List.copyOf(unreachable);
    }

    /** The weekly visit of a place, if a route stops there. */
    public Optional<Visit> visit(String placeCode) {
        return Optional.ofNullable(visits().get(placeCode));
    }

    private Map<String, Visit> visits() {
        Map<String, Visit> visits = new HashMap<>();
        for (Route r : routes) {
            for (Day d : r.days()) {
                for (Place p : d.stops()) {
                    visits.put(p.code(), new Visit(r, d));
                }
            }
        }
        return visits;
    }

    /** Units needed: one per route. */
    public int units() {
        return routes.size();
    }

    public double km() {
        return routes.stream().mapToDouble(Route::km).sum();
    }

    public long populationReached() {
        return routes.stream().mapToLong(Route::population).sum();
    }
}
