package org.example.mobileunits.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.example.mobileunits.MobileUnitPlan;
import org.example.mobileunits.MobileUnitPlan.Day;
import org.example.mobileunits.MobileUnitPlan.Place;
import org.example.mobileunits.MobileUnitPlan.Route;
import org.example.mobileunits.RouteBuilder;
import org.example.mobileunits.RouteBuilder.Settings;
import org.junit.jupiter.api.Test;
import org.nafitha.geo.DistanceModel;

/**
 * The route builder on a plane where a place's (lat, lon) are (y, x) in km, so every distance is worked out by hand.
 * Default settings: 60 km/h (1 km a minute), 4 h of driving (240 km), 3 h at a stop, an 8-hour day, 5 days a week.
 */
class RouteBuilderTest {

    static final DistanceModel PLANE = (lat1, lon1, lat2, lon2) -> Math.hypot(lat1 - lat2, lon1 - lon2);

    static Place at(String code, String group, double y, double x, long population) {
        return new Place(code, code, group, y, x, population);
    }

    static Place depot(String code, double y, double x) {
        return at(code, "", y, x, 0);
    }

    @Test
    void twoNearStopsShareADayAndTheFarOneGetsTheNext() {
        // D at 0; A at x=30, B at x=40, C at x=-50.
        // Sunday: D->A 30 (1 stop: 60 km = 1 h driving + 3 h), A->B 10, back 40: 80 km = 1.333 h + 6 h = 7.333 h <= 8.
        //         then C: 40 + 90 + 50 = 180 km = 3 h + 9 h > 8: the day ends.
        // Monday: D->C->D 100 km = 1.667 h + 3 h.
        MobileUnitPlan plan = RouteBuilder.build(List.of(depot("D", 0, 0)),
                List.of(at("A", "G", 0, 30, 1000), at("B", "G", 0, 40, 2000), at("C", "G", 0, -50, 4000)), PLANE, Settings.defaults());
        assertEquals(1, plan.routes().size());
        Route r = plan.routes().get(0);
        assertEquals("D/G/1", r.id());
        assertEquals(2, r.days().size());
        Day sunday = r.days().get(0);
        assertEquals("Sunday", sunday.weekday());
        assertEquals(List.of("A", "B"), sunday.stops().stream().map(Place::code).toList());
        assertEquals(80, sunday.km(), 1e-9);
        assertEquals(80.0 / 60, sunday.drivingHours(), 1e-9);
        assertEquals(80.0 / 60 + 6, sunday.hours(), 1e-9);
        Day monday = r.days().get(1);
        assertEquals("Monday", monday.weekday());
        assertEquals(List.of("C"), monday.stops().stream().map(Place::code).toList());
        assertEquals(100, monday.km(), 1e-9);
        assertEquals(180, r.km(), 1e-9);
        assertEquals(3, r.drivingHours(), 1e-9);
        assertEquals(12, r.hours(), 1e-9);
        assertEquals(7000, r.population());
        assertEquals("Monday", plan.visit("C").orElseThrow().day().weekday());
        assertTrue(plan.unreachable().isEmpty());
    }

    @Test
    void aStopWhoseRoundTripExceedsTheDrivingBudgetIsUnreachable() {
        // 120 km away: 240 km there and back = exactly 4 h, allowed; 121 km: 242 km > 240, not.
        MobileUnitPlan plan = RouteBuilder.build(List.of(depot("D", 0, 0)), List.of(at("FAR", "G", 121, 0, 500), at("EDGE", "G", -120, 0, 700)),
                PLANE, Settings.defaults());
        assertEquals(List.of("FAR"), plan.unreachable().stream().map(Place::code).toList());
        assertEquals(1, plan.routes().size());
        assertEquals(240, plan.routes().get(0).km(), 1e-9);
        assertEquals(4, plan.routes().get(0).days().get(0).drivingHours(), 1e-9);
        assertTrue(plan.visit("FAR").isEmpty());
        // a longer budget reaches it
        MobileUnitPlan longer = RouteBuilder.build(List.of(depot("D", 0, 0)), List.of(at("FAR", "G", 121, 0, 500)), PLANE,
                new Settings(60, 4.5, 3, 8, 5));
        assertTrue(longer.unreachable().isEmpty());
        assertEquals(242, longer.km(), 1e-9);
    }

    @Test
    void eachStopGoesToItsNearestDepotAndRoutesStayInTheirGovernorate() {
        // D1 at y=0, D2 at y=100. P (G1) at 20 -> D1 (20 < 80); Q (G1) at 80 -> D2; R (G2) at 70 -> D2.
        // Q and R share a depot and are 10 km apart, but lie in different governorates: two routes.
        MobileUnitPlan plan = RouteBuilder.build(List.of(depot("D1", 0, 0), depot("D2", 100, 0)),
                List.of(at("P", "G1", 20, 0, 1), at("Q", "G1", 80, 0, 1), at("R", "G2", 70, 0, 1)), PLANE, Settings.defaults());
        assertEquals(List.of("D1/G1/1", "D2/G1/1", "D2/G2/1"), plan.routes().stream().map(Route::id).toList());
        assertEquals(40, plan.routes().get(0).km(), 1e-9);
        assertEquals(40, plan.routes().get(1).km(), 1e-9);
        assertEquals(60, plan.routes().get(2).km(), 1e-9);
        assertEquals("D2", plan.visit("R").orElseThrow().route().depot().code());
    }

    @Test
    void aClusterWithMoreDaysThanAWeekNeedsASecondUnit() {
        // 5 h at a stop: one stop a day. Seven stops at 10, 20, ... 70 km: nearest first, Sunday to Thursday for the
        // first unit (2 x (10+20+30+40+50) = 300 km), Sunday and Monday for the second (2 x (60+70) = 260 km).
        List<Place> stops = List.of(at("S7", "G", 70, 0, 1), at("S3", "G", 30, 0, 1), at("S1", "G", 10, 0, 1), at("S5", "G", 50, 0, 1),
                at("S2", "G", 20, 0, 1), at("S6", "G", 60, 0, 1), at("S4", "G", 40, 0, 1));
        MobileUnitPlan plan = RouteBuilder.build(List.of(depot("D", 0, 0)), stops, PLANE, new Settings(60, 4, 5, 8, 5));
        assertEquals(2, plan.units());
        Route first = plan.routes().get(0);
        assertEquals(List.of("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday"), first.days().stream().map(Day::weekday).toList());
        assertEquals(List.of("S1", "S2", "S3", "S4", "S5"), first.days().stream().map(d -> d.stops().get(0).code()).toList());
        assertEquals(300, first.km(), 1e-9);
        Route second = plan.routes().get(1);
        assertEquals("D/G/2", second.id());
        assertEquals(List.of("Sunday", "Monday"), second.days().stream().map(Day::weekday).toList());
        assertEquals(260, second.km(), 1e-9);
        assertEquals(560, plan.km(), 1e-9);
    }

    @Test
    void tiesGoToTheLowerCode() {
        // B and A both 30 km from the depot, 60 km apart: A first; then B from A: 30 + 60 + 30 = 120 km = 2 h + 6 h = 8 h.
        MobileUnitPlan plan = RouteBuilder.build(List.of(depot("D2", 0, 0), depot("D1", 0, 0)),
                List.of(at("B", "G", 0, 30, 1), at("A", "G", 0, -30, 1)), PLANE, Settings.defaults());
        Route r = plan.routes().get(0);
        assertEquals("D1", r.depot().code());
        assertEquals(1, r.days().size());
        assertEquals(List.of("A", "B"), r.days().get(0).stops().stream().map(Place::code).toList());
        assertEquals(8, r.days().get(0).hours(), 1e-9);
    }

    @Test
    void nothingToReachAndWrongSettings() {
        assertEquals(0, RouteBuilder.build(List.of(), List.of(), PLANE, Settings.defaults()).units());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RouteBuilder.build(List.of(), List.of(at("A", "G", 0, 1, 1)), PLANE, Settings.defaults()));
        assertTrue(e.getMessage().contains("no depot"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Settings(0, 4, 3, 8, 5));
        assertThrows(IllegalArgumentException.class, () -> new Settings(60, 4, -1, 8, 5));
        assertThrows(IllegalArgumentException.class, () -> new Settings(60, 4, 3, 8, 8));
    }
}
