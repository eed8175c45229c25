package org.nafitha.sample.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Agency;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.Region;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapBudget;
import org.nafitha.model.RoadmapCost;
import org.nafitha.model.RoadmapCostKind;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.RoadmapGrowth;
import org.nafitha.model.RoadmapTarget;
import org.nafitha.model.RoadmapTargetDirection;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;

/**
 * The sample's roadmap 2026-2029 (data/README.md says which figures are illustrative): the horizon, the unit costs,
 * the yearly budgets, growth by governorate derived from the 2015 census and the 2024 district estimates, the digital
 * shift, the targets, the offices it opens and its actions. A reference to an unknown center, service, bundle or
 * region is an error naming the file, the line and the column.
 */
public final class RoadmapData {

    private static final NafithaFactory F = NafithaFactory.eINSTANCE;

    private final Scenario scenario;
    private final Function<String, CsvTable> tables;
    private final Roadmap roadmap = F.createRoadmap();
    private final Map<String, ServiceCenter> centers = new HashMap<>();
    private final Map<String, Service> services = new HashMap<>();
    private final Map<String, ServiceBundle> bundles = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();
    private final Map<String, Agency> agencies = new HashMap<>();
    private final Map<String, ServiceCenter> newCenters = new HashMap<>();

    private RoadmapData(Scenario scenario, Function<String, CsvTable> tables) {
        this.scenario = scenario;
        this.tables = tables;
        scenario.getCenters().forEach(c -> centers.put(c.getCode(), c));
        scenario.getServices().forEach(s -> services.put(s.getCode(), s));
        scenario.getBundles().forEach(b -> bundles.put(b.getCode(), b));
        scenario.getRegions().forEach(r -> regions.put(r.getCode(), r));
        scenario.getAgencies().forEach(a -> agencies.put(a.getCode(), a));
    }

    public static void load(Scenario scenario, Function<String, CsvTable> tables) {
        RoadmapData d = new RoadmapData(scenario, tables);
        d.horizon();
        d.costs();
        d.budgets();
        d.growth();
        d.digitalShift();
        d.targets();
        d.newCenters();
        d.actions();
        scenario.setRoadmap(d.roadmap);
    }

    private void horizon() {
        CsvTable.Row row = tables.apply("roadmap.csv").rows().get(0);
        roadmap.setFirstYear((int) row.integer("first_year"));
        roadmap.setLastYear((int) row.integer("last_year"));
    }

    private void costs() {
        for (CsvTable.Row row : tables.apply("roadmap_costs.csv").rows()) {
            RoadmapCost c = F.createRoadmapCost();
            c.setKind(literal(RoadmapCostKind.class, row, "kind"));
            if (!row.text("center_kind").isEmpty()) {
                c.setCenterKind(literal(CenterKind.class, row, "center_kind"));
            }
            c.setAmount(nonNegative(row, "amount_jod"));
            c.setSource(row.text("source"));
            roadmap.getCosts().add(c);
        }
    }

    private void budgets() {
        for (CsvTable.Row row : tables.apply("roadmap_budgets.csv").rows()) {
            RoadmapBudget b = F.createRoadmapBudget();
            b.setYear((int) row.integer("year"));
            if (!row.text("capital_jod").isEmpty()) {
                b.setCapital(nonNegative(row, "capital_jod"));
            }
            if (!row.text("operating_jod").isEmpty()) {
                b.setOperating(nonNegative(row, "operating_jod"));
            }
            b.setSource(row.text("source"));
            roadmap.getBudgets().add(b);
        }
    }

    /** The compound annual rate from the 2015 census to the 2024 estimate: (p2024 / p2015)^(1/9) − 1. */
    private void growth() {
        for (CsvTable.Row row : tables.apply("roadmap_growth.csv").rows()) {
            RoadmapGrowth g = F.createRoadmapGrowth();
            g.setRegion(lookup(regions, row, "region_code", "a governorate of governorates.csv"));
            long p2015 = row.integer("population_2015");
            long p2024 = row.integer("population_2024");
            if (p2015 <= 0 || p2024 <= 0) {
                throw row.error("population_2015", "two populations more than 0");
            }
            g.setAnnualRate(Math.pow((double) p2024 / p2015, 1.0 / 9) - 1);
            g.setSource(row.text("source"));
            roadmap.getGrowth().add(g);
        }
    }

    private void digitalShift() {
        for (CsvTable.Row row : tables.apply("roadmap_digital_shift.csv").rows()) {
            RoadmapDigitalShift d = F.createRoadmapDigitalShift();
            d.setYear((int) row.integer("year"));
            if (!row.text("service").isEmpty()) {
                d.setService(lookup(services, row, "service", "a service of services.csv"));
            }
            d.setCategory(row.text("category").isEmpty() ? null : row.text("category"));
            d.setDigitalShare(row.decimal("digital_share"));
            d.setSource(row.text("source"));
            roadmap.getDigitalShifts().add(d);
        }
    }

    private void targets() {
        for (CsvTable.Row row : tables.apply("roadmap_targets.csv").rows()) {
            RoadmapTarget t = F.createRoadmapTarget();
            t.setIndicator(row.text("indicator"));
            t.setYear((int) row.integer("year"));
            t.setValue(row.decimal("value"));
            t.setDirection(literal(RoadmapTargetDirection.class, row, "direction"));
            t.setSource(row.text("source"));
            roadmap.getTargets().add(t);
        }
    }

    private void newCenters() {
        for (CsvTable.Row row : tables.apply("roadmap_new_centers.csv").rows()) {
            ServiceCenter c = F.createServiceCenter();
            c.setCode(row.text("code"));
            c.setNameEn(row.text("name_en"));
            c.setNameAr(row.text("name_ar"));
            c.setKind(literal(CenterKind.class, row, "kind"));
            c.setStatus(CenterStatus.PLANNED);
            c.setAgency(lookup(agencies, row, "agency_code", "an agency of agencies.csv"));
            c.setRegion(lookup(regions, row, "region_code", "a governorate of governorates.csv"));
            c.setLatitude(row.decimal("lat"));
            c.setLongitude(row.decimal("lon"));
            c.setStaff((int) row.integer("staff"));
            c.setOpeningHours(row.text("opening_hours"));
            for (String code : row.text("services").split(";")) {
                c.getServicesOffered().add(lookup(services, code.strip(), row, "services", "services of services.csv"));
            }
            for (String f : row.text("accessibility").split(";")) {
                AccessibilityFeature feature = AccessibilityFeature.get(f.strip());
                if (feature == null) {
                    throw row.error("accessibility", "features of AccessibilityFeature separated by ;");
                }
                c.getAccessibility().add(feature);
            }
            int counters = (int) row.integer("counters");
            int universal = (int) row.integer("universal");
            if (universal > counters) {
                throw row.error("universal", "at most the counters (" + counters + ")");
            }
            for (int i = 1; i <= counters; i++) {
                Counter k = F.createCounter();
                k.setCode(String.format("%s-C%02d", c.getCode(), i));
                k.setUniversal(i <= universal);
                k.setAccessible(i == 1 && c.getAccessibility().contains(AccessibilityFeature.ACCESSIBLE_COUNTER));
                if (i > universal) {
                    k.getServices().addAll(c.getServicesOffered());
                }
                c.getCounters().add(k);
            }
            if (centers.containsKey(c.getCode()) || newCenters.put(c.getCode(), c) != null) {
                throw row.error("code", "a code no other center has");
            }
        }
    }

    private void actions() {
        for (CsvTable.Row row : tables.apply("roadmap_actions.csv").rows()) {
            RoadmapAction a = F.createRoadmapAction();
            a.setCode(row.text("code"));
            a.setYear((int) row.integer("year"));
            if (!row.text("month").isEmpty()) {
                a.setMonth((int) row.integer("month"));
            }
            RoadmapActionKind kind = literal(RoadmapActionKind.class, row, "kind");
            a.setKind(kind);
            String target = row.text("target");
            switch (kind) {
                case OPEN_CENTER -> {
                    ServiceCenter created = newCenters.remove(target);
                    if (created != null) {
                        a.setNewCenter(created);
                    } else {
                        a.setCenter(lookup(centers, row, "target", "a center of roadmap_new_centers.csv not opened yet, or of centers.csv"));
                    }
                }
                case CHANGE_CHANNEL, CHANGE_DIGITAL_SHARE -> a.setService(lookup(services, row, "target", "a service of services.csv"));
                case LICENSE_CERTIFIED_PROVIDERS -> {
                    // national: no target
                }
                default -> a.setCenter(center(row, target));
            }
            if (kind == RoadmapActionKind.OFFER_SERVICE || kind == RoadmapActionKind.WITHDRAW_SERVICE) {
                a.setService(lookup(services, row, "item", "a service of services.csv"));
            } else if (kind == RoadmapActionKind.OFFER_BUNDLE || kind == RoadmapActionKind.WITHDRAW_BUNDLE) {
                a.setBundle(lookup(bundles, row, "item", "a bundle of bundles.csv"));
            }
            if (!row.text("amount").isEmpty()) {
                a.setAmount(row.decimal("amount"));
            }
            a.setParameter(row.text("parameter").isEmpty() ? null : row.text("parameter"));
            if (!row.text("cost_jod").isEmpty()) {
                a.setCost(nonNegative(row, "cost_jod"));
            }
            a.setNote(row.text("note") + " (" + row.text("source") + ")");
            roadmap.getActions().add(a);
        }
        if (!newCenters.isEmpty()) {
            throw new IllegalStateException("data/roadmap_new_centers.csv: " + newCenters.keySet() + " opened by no action of roadmap_actions.csv");
        }
    }

    /** A center of the scenario or one an earlier action opens. */
    private ServiceCenter center(CsvTable.Row row, String code) {
        ServiceCenter c = centers.get(code);
        if (c != null) {
            return c;
        }
        for (RoadmapAction a : roadmap.getActions()) {
            if (a.getNewCenter() != null && a.getNewCenter().getCode().equals(code)) {
                return a.getNewCenter();
            }
        }
        throw row.error("target", "a center of centers.csv, offices.csv or one opened by an earlier line");
    }

    private static double nonNegative(CsvTable.Row row, String column) {
        double v = row.decimal(column);
        if (!(v >= 0)) {
            throw row.error(column, "an amount of 0 or more");
        }
        return v;
    }

    private static <T> T lookup(Map<String, T> map, CsvTable.Row row, String column, String what) {
        return lookup(map, row.text(column), row, column, what);
    }

    private static <T> T lookup(Map<String, T> map, String code, CsvTable.Row row, String column, String what) {
        T t = map.get(code);
        if (t == null) {
            throw row.error(column, what + " ('" + code + "' is unknown)");
        }
        return t;
    }

    private static <E extends Enum<E>> E literal(Class<E> type, CsvTable.Row row, String column) {
        try {
            return Enum.valueOf(type, row.text(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
