package org.nafitha.roadmap.tests;

import org.nafitha.model.Agency;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.RegionLevel;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapCostKind;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.RoadmapTarget;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;

/**
 * A small scenario with a roadmap, whose states and costs the tests check by hand:
 * <ul>
 * <li>two governorates N and S, a zone each (Z1: 100,000 residents in N, Z2: 50,000 in S), population of 2025;</li>
 * <li>service A (0.5 visits a resident a year, 10 minutes); center N (comprehensive, 4 counters of which 2 universal,
 * 8 staff) and S (municipal office, 2 counters, 3 staff);</li>
 * <li>costs: opening a comprehensive center 1,000,000, any other 200,000; a counter 20,000; a conversion 5,000; an
 * accessibility feature 10,000; a trained employee 2,000; running a comprehensive center 300,000 a year, any other
 * 50,000; a counter 10,000; a staff member 12,000;</li>
 * <li>budgets: 2026 capital 100,000 and operating 600,000; 2027 capital 100,000;</li>
 * <li>growth 2 % a year in N, none elsewhere.</li>
 * </ul>
 */
final class Fixture {

    static final NafithaFactory F = NafithaFactory.eINSTANCE;

    final Scenario scenario = F.createScenario();
    final Roadmap roadmap = F.createRoadmap();
    final Service a;
    final ServiceCenter n;
    final ServiceCenter s;
    final Region north;

    Fixture() {
        scenario.setCode("small");
        scenario.setNameEn("Small");
        scenario.setNameAr("صغير");
        scenario.setBaseYear(2025);
        scenario.setParameters(F.createPlanningParameters());
        Agency agency = F.createAgency();
        agency.setCode("AG");
        agency.setNameEn("Agency");
        agency.setNameAr("جهة");
        scenario.getAgencies().add(agency);
        a = F.createService();
        a.setCode("A");
        a.setNameEn("A");
        a.setNameAr("أ");
        a.setAgency(agency);
        a.setPerCapitaRate(0.5);
        a.setMeanHandlingMinutes(10);
        a.setHandlingTimeCv(1);
        scenario.getServices().add(a);
        north = region("N", 32.0);
        Region south = region("S", 31.0);
        zone("Z1", 100_000, 32.0, north);
        zone("Z2", 50_000, 31.0, south);
        n = center("N", CenterKind.COMPREHENSIVE_CENTER, 32.01, 4, 2, 8, north);
        s = center("S", CenterKind.MUNICIPAL_OFFICE, 31.01, 2, 0, 3, south);
        roadmap.setFirstYear(2026);
        roadmap.setLastYear(2028);
        scenario.setRoadmap(roadmap);
        cost(RoadmapCostKind.CENTER_OPENING, CenterKind.COMPREHENSIVE_CENTER, 1_000_000);
        cost(RoadmapCostKind.CENTER_OPENING, null, 200_000);
        cost(RoadmapCostKind.COUNTER, null, 20_000);
        cost(RoadmapCostKind.UNIVERSAL_CONVERSION, null, 5_000);
        cost(RoadmapCostKind.ACCESSIBILITY_FEATURE, null, 10_000);
        cost(RoadmapCostKind.TRAINED_EMPLOYEE, null, 2_000);
        cost(RoadmapCostKind.CENTER_OPERATING, CenterKind.COMPREHENSIVE_CENTER, 300_000);
        cost(RoadmapCostKind.CENTER_OPERATING, null, 50_000);
        cost(RoadmapCostKind.COUNTER_OPERATING, null, 10_000);
        cost(RoadmapCostKind.STAFF_OPERATING, null, 12_000);
        budget(2026, 100_000.0, 600_000.0);
        budget(2027, 100_000.0, null);
        RoadmapGrowth g = F.createRoadmapGrowth();
        g.setRegion(north);
        g.setAnnualRate(0.02);
        roadmap.getGrowth().add(g);
    }

    private Region region(String code, double lat) {
        Region r = F.createRegion();
        r.setCode(code);
        r.setNameEn(code);
        r.setNameAr(code);
        r.setLevel(RegionLevel.GOVERNORATE);
        r.setLatitude(lat);
        r.setLongitude(36.0);
        scenario.getRegions().add(r);
        return r;
    }

    private void zone(String code, long population, double lat, Region region) {
        DemandZone z = F.createDemandZone();
        z.setCode(code);
        z.setNameEn(code);
        z.setNameAr(code);
        z.setPopulation(population);
        z.setLatitude(lat);
        z.setLongitude(36.0);
        z.setRegion(region);
        scenario.getDemandZones().add(z);
    }

    ServiceCenter center(String code, CenterKind kind, double lat, int counters, int universal, int staff, Region region) {
        ServiceCenter c = newCenter(code, kind, lat, counters, universal, staff, region);
        scenario.getCenters().add(c);
        return c;
    }

    ServiceCenter newCenter(String code, CenterKind kind, double lat, int counters, int universal, int staff, Region region) {
        ServiceCenter c = F.createServiceCenter();
        c.setCode(code);
        c.setNameEn(code);
        c.setNameAr(code);
        c.setKind(kind);
        c.setStatus(CenterStatus.EXISTING);
        c.setLatitude(lat);
        c.setLongitude(36.0);
        c.setRegion(region);
        c.setStaff(staff);
        c.setOpeningHours("Sun-Thu 08:00-15:00");
        c.getServicesOffered().add(a);
        for (int i = 0; i < counters; i++) {
            Counter k = F.createCounter();
            k.setCode(code + "-" + (i + 1));
            k.setUniversal(i < universal);
            if (i >= universal) {
                k.getServices().add(a);
            }
            c.getCounters().add(k);
        }
        return c;
    }

    void cost(RoadmapCostKind kind, CenterKind centerKind, double amount) {
        RoadmapCost c = F.createRoadmapCost();
        c.setKind(kind);
        if (centerKind != null) {
            c.setCenterKind(centerKind);
        }
        c.setAmount(amount);
        roadmap.getCosts().add(c);
    }

    void budget(int year, Double capital, Double operating) {
        RoadmapBudget b = F.createRoadmapBudget();
        b.setYear(year);
        if (capital != null) {
            b.setCapital(capital);
        }
        if (operating != null) {
            b.setOperating(operating);
        }
        roadmap.getBudgets().add(b);
    }

    RoadmapAction action(String code, int year, RoadmapActionKind kind, ServiceCenter center, Double amount, String parameter) {
        RoadmapAction x = F.createRoadmapAction();
        x.setCode(code);
        x.setYear(year);
        x.setKind(kind);
        x.setCenter(center);
        if (amount != null) {
            x.setAmount(amount);
        }
        x.setParameter(parameter);
        roadmap.getActions().add(x);
        return x;
    }

    RoadmapAction open(String code, int year, ServiceCenter newCenter) {
        RoadmapAction x = action(code, year, RoadmapActionKind.OPEN_CENTER, null, null, null);
        x.setNewCenter(newCenter);
        return x;
    }

    void target(String indicator, int year, double value, RoadmapTargetDirection direction) {
        RoadmapTarget t = F.createRoadmapTarget();
        t.setIndicator(indicator);
        t.setYear(year);
        t.setValue(value);
        t.setDirection(direction);
        roadmap.getTargets().add(t);
    }

    /**
     * The plan of the tests: 2026 two counters at N (40,000), step-free access and an elevator at N (20,000), 5
     * universal employees trained (10,000); 2027 S closed, a municipal office M opened at 31.5 with 1 counter and 2
     * staff (200,000 + 20,000); 2028 two counters at N converted to universal at a given 7,500, 2 staff hired at N.
     */
    ServiceCenter plan() {
        action("A1", 2026, RoadmapActionKind.ADD_COUNTERS, n, 2.0, null);
        action("A2", 2026, RoadmapActionKind.ADD_ACCESSIBILITY, n, null, "STEP_FREE_ACCESS ELEVATOR");
        action("A3", 2026, RoadmapActionKind.TRAIN_UNIVERSAL_STAFF, n, 5.0, null);
        action("A4", 2027, RoadmapActionKind.CLOSE_CENTER, s, null, null);
        ServiceCenter m = newCenter("M", CenterKind.MUNICIPAL_OFFICE, 31.5, 1, 0, 2, s.getRegion());
        open("A5", 2027, m);
        action("A6", 2028, RoadmapActionKind.CONVERT_COUNTERS_UNIVERSAL, n, 2.0, null).setCost(7_500);
        action("A7", 2028, RoadmapActionKind.HIRE_STAFF, n, 2.0, null);
        return m;
    }
}
