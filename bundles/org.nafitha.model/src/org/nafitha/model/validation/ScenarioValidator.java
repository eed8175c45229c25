package org.nafitha.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.Counter;
import org.nafitha.model.DemandZone;
import org.nafitha.model.Evaluation;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.Located;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Named;
import org.nafitha.model.OpeningHours;
import org.nafitha.model.Outline;
import org.nafitha.model.PlanningParameters;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.PopulationGroups;
import org.nafitha.model.Region;
import org.nafitha.model.Roadmap;
import org.nafitha.model.Scenario;
import org.nafitha.model.Score;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceDemand;
import org.nafitha.model.Settlement;

/**
 * The planning rules of a scenario, as an EMF {@link org.eclipse.emf.ecore.EValidator}. Each diagnostic names the
 * object (kind, code and name), what is wrong and what was expected; its data holds the object and the feature.
 */
public class ScenarioValidator extends EObjectValidator {

    public static final String DIAGNOSTIC_SOURCE = "org.nafitha.model";

    /** Rule codes, one per rule, so that tools and tests can tell the diagnostics apart. */
    public enum Rule {
        MISSING_CODE, DUPLICATE_CODE, MISSING_NAME, NEGATIVE_POPULATION, MISSING_POPULATION, GROUP_COUNT_OR_SHARE,
        SHARE_OUT_OF_RANGE, PARTITION_EXCEEDS_POPULATION, LOCATION_OUT_OF_RANGE, OUTSIDE_STUDY_AREA, OUTSIDE_REGION,
        NO_REGION, COUNTER_SERVICE_NOT_OFFERED, OPENING_HOURS, SERVICE_DEMAND, SERVICE_HANDLING_TIME,
        BUNDLE_SERVICE_NOT_OFFERED, BUNDLE_EMPTY, NEGATIVE_STAFF, NO_COUNTERS, SCORE_OUT_OF_RANGE, REGION_CYCLE,
        PARAMETER_OUT_OF_RANGE, NEGATIVE_VALUE, BAD_GEOMETRY, SETTLEMENT_SHARES, DEMAND_FAR_FROM_TOWN, POPULOUS_RURAL, EVALUATION_RECORD,
        ROADMAP_HORIZON, ROADMAP_ACTION, ROADMAP_CONFLICT, ROADMAP_COST, ROADMAP_RANGE
    }

    public static final ScenarioValidator INSTANCE = new ScenarioValidator();

    private static final NafithaPackage P = NafithaPackage.eINSTANCE;

    /** How far the shares of a zone's settlements may sum from 1 (rounding in a file). */
    public static final double SHARE_TOLERANCE = 1e-3;

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        boolean ok = super.validate(eClass, object, diagnostics, context);
        Report r = new Report(diagnostics);
        if (object instanceof Named named) {
            named(named, r);
        }
        if (object instanceof Located located && !(object instanceof Region)) {
            located(located, r);
        }
        if (object instanceof Scenario s) {
            scenario(s, r);
        } else if (object instanceof DemandZone z) {
            zone(z, r);
        } else if (object instanceof GroupPopulation g) {
            group(g, r);
        } else if (object instanceof ServiceDemand d) {
            if (d.getAnnualTransactions() < 0) {
                r.error(Rule.NEGATIVE_VALUE, d, P.getServiceDemand_AnnualTransactions(),
                        "annual transactions are " + d.getAnnualTransactions() + "; expected 0 or more");
            }
        } else if (object instanceof Service s) {
            service(s, r);
        } else if (object instanceof ServiceBundle b) {
            bundle(b, r);
        } else if (object instanceof ServiceCenter c) {
            center(c, r);
            EvaluationRules.check(c, r);
        } else if (object instanceof Counter c) {
            counter(c, r);
        } else if (object instanceof Region region) {
            region(region, r);
        } else if (object instanceof Evaluation e) {
            evaluation(e, r);
        } else if (object instanceof Score s) {
            range(r, s, P.getScore_Value(), s.getValue(), 0, 100, "a score from 0 to 100");
        } else if (object instanceof PlanningParameters p) {
            parameters(p, r);
        } else if (object instanceof Roadmap m) {
            RoadmapRules.check(m, r);
        } else if (object instanceof CandidateSite site) {
            if (site.getMaxCounters() < 0) {
                r.error(Rule.NEGATIVE_VALUE, site, P.getCandidateSite_MaxCounters(), "maximum counters are "
                        + site.getMaxCounters() + "; expected 0 or more");
            }
            if (site.getFixedCost() < 0) {
                r.error(Rule.NEGATIVE_VALUE, site, P.getCandidateSite_FixedCost(), "fixed cost is " + site.getFixedCost()
                        + "; expected 0 or more");
            }
        }
        return ok && r.ok;
    }

    // ---- the rules

    private void named(Named n, Report r) {
        if (n.getCode() == null || n.getCode().isBlank()) {
            r.error(Rule.MISSING_CODE, n, P.getNamed_Code(), "has no code");
        } else if (!n.getCode().equals(n.getCode().strip()) || n.getCode().chars().anyMatch(Character::isWhitespace)) {
            r.error(Rule.MISSING_CODE, n, P.getNamed_Code(), "code '" + n.getCode() + "' contains spaces; expected a code without spaces");
        }
        if (blank(n.getNameAr()) || blank(n.getNameEn())) {
            r.warning(Rule.MISSING_NAME, n, blank(n.getNameAr()) ? P.getNamed_NameAr() : P.getNamed_NameEn(),
                    "has no " + (blank(n.getNameAr()) ? "Arabic" : "English") + " name; names are bilingual");
        }
    }

    private void located(Located l, Report r) {
        EObject o = (EObject) l;
        if (!(l.getLatitude() >= -90 && l.getLatitude() <= 90 && l.getLongitude() >= -180 && l.getLongitude() <= 180)) {
            r.error(Rule.LOCATION_OUT_OF_RANGE, o, P.getLocated_Latitude(), "location (" + l.getLatitude() + ", "
                    + l.getLongitude() + ") is not a WGS84 latitude and longitude");
            return;
        }
        Scenario s = scenarioOf(o);
        String studyArea = s == null ? null : s.getStudyArea();
        if (studyArea != null && !studyArea.isBlank()) {
            try {
                if (!Outline.parse(studyArea).contains(l.getLongitude(), l.getLatitude())) {
                    r.error(Rule.OUTSIDE_STUDY_AREA, o, P.getLocated_Latitude(), "lies outside every region: ("
                            + l.getLatitude() + ", " + l.getLongitude() + ") is outside the study area of scenario "
                            + s.getCode());
                    return;
                }
            } catch (IllegalArgumentException e) {
                // reported once, on the scenario
            }
        }
        Region region = o instanceof DemandZone z ? z.getRegion() : o instanceof ServiceCenter c ? c.getRegion()
                : o instanceof CandidateSite c ? c.getRegion()
                : o instanceof Settlement && o.eContainer() instanceof DemandZone z ? z.getRegion() : null;
        if (region == null) {
            if (o instanceof ServiceCenter || o instanceof DemandZone) {
                r.error(Rule.NO_REGION, o, o instanceof DemandZone ? P.getDemandZone_Region() : P.getServiceCenter_Region(),
                        "lies in no region: expected the region (e.g. governorate) it belongs to");
            }
            return;
        }
        for (Region g = region; g != null; g = g.getParent()) {
            if (g.getGeometryWkt() != null && !g.getGeometryWkt().isBlank()) {
                try {
                    if (!Outline.parse(g.getGeometryWkt()).contains(l.getLongitude(), l.getLatitude())) {
                        r.error(Rule.OUTSIDE_REGION, o, P.getLocated_Latitude(), "lies outside its region " + label(g)
                                + ": (" + l.getLatitude() + ", " + l.getLongitude() + ")");
                    }
                } catch (IllegalArgumentException e) {
                    // reported on the region
                }
                return;
            }
            if (g.getParent() == region) {
                return; // a cycle, reported on the region
            }
        }
    }

    private void scenario(Scenario s, Report r) {
        if (s.getStudyArea() != null && !s.getStudyArea().isBlank()) {
            try {
                Outline.parse(s.getStudyArea());
            } catch (IllegalArgumentException e) {
                r.error(Rule.BAD_GEOMETRY, s, P.getScenario_StudyArea(), "study area is not a WKT polygon: " + e.getMessage());
            }
        }
        duplicates(s.getRegions(), r);
        duplicates(s.getDemandZones(), r);
        duplicates(s.getPopulationGroups(), r);
        duplicates(s.getAgencies(), r);
        duplicates(s.getServices(), r);
        duplicates(s.getBundles(), r);
        duplicates(s.getCenters(), r);
        duplicates(s.getCandidateSites(), r);
        Map<String, Counter> counters = new HashMap<>();
        for (ServiceCenter c : s.getCenters()) {
            for (Counter k : c.getCounters()) {
                if (k.getCode() != null && !k.getCode().isBlank()) {
                    Counter other = counters.putIfAbsent(k.getCode(), k);
                    if (other != null) {
                        r.error(Rule.DUPLICATE_CODE, k, P.getCounter_Code(), "has the same code as " + label(other));
                    }
                }
            }
        }
    }

    static void duplicates(List<? extends Named> things, Report r) {
        Map<String, Named> seen = new HashMap<>();
        for (Named n : things) {
            if (n.getCode() == null || n.getCode().isBlank()) {
                continue;
            }
            Named first = seen.putIfAbsent(n.getCode(), n);
            if (first != null) {
                r.error(Rule.DUPLICATE_CODE, n, P.getNamed_Code(), "has the same code as " + label(first)
                        + "; expected codes unique among " + kindPlural(n));
            }
        }
    }

    private void zone(DemandZone z, Report r) {
        if (z.getPopulation() < 0) {
            r.error(Rule.NEGATIVE_POPULATION, z, P.getDemandZone_Population(), "population is " + z.getPopulation()
                    + "; expected 0 or more residents");
        } else if (z.getPopulation() == 0) {
            r.warning(Rule.MISSING_POPULATION, z, P.getDemandZone_Population(), "has no population");
        }
        DemandPlacementRules.check(z, r);
        Map<String, Double> byPartition = new LinkedHashMap<>();
        Set<PopulationGroup> seen = new HashSet<>();
        for (GroupPopulation g : z.getGroups()) {
            if (g.getGroup() == null) {
                continue;
            }
            if (!seen.add(g.getGroup())) {
                r.error(Rule.DUPLICATE_CODE, z, P.getDemandZone_Groups(), "gives group " + label(g.getGroup()) + " twice");
            }
            String partition = g.getGroup().getPartition();
            if (partition != null && !partition.isBlank()) {
                byPartition.merge(partition, PopulationGroups.residents(z, g.getGroup()), Double::sum);
            }
        }
        for (Map.Entry<String, Double> e : byPartition.entrySet()) {
            if (z.getPopulation() >= 0 && e.getValue() > z.getPopulation() * (1 + 1e-9) + 0.5) {
                r.error(Rule.PARTITION_EXCEEDS_POPULATION, z, P.getDemandZone_Groups(), String.format(Locale.ROOT,
                        "the groups of partition '%s' sum to %.0f residents, more than the population %d: their shares do not sum to 1 or less",
                        e.getKey(), e.getValue(), z.getPopulation()));
            }
        }
    }

    private void group(GroupPopulation g, Report r) {
        DemandZone zone = g.eContainer() instanceof DemandZone z ? z : null;
        String what = g.getGroup() == null ? "a group" : "group " + label(g.getGroup());
        if (g.isSetCount() == g.isSetShare()) {
            r.error(Rule.GROUP_COUNT_OR_SHARE, zone == null ? g : zone, P.getGroupPopulation_Count(), what
                    + (g.isSetCount() ? " has both a count and a share" : " has neither a count nor a share")
                    + "; expected one of the two");
        }
        if (g.isSetShare() && !(g.getShare() >= 0 && g.getShare() <= 1)) {
            r.error(Rule.SHARE_OUT_OF_RANGE, zone == null ? g : zone, P.getGroupPopulation_Share(), what + " has share "
                    + g.getShare() + "; expected a share from 0 to 1");
        }
        if (g.isSetCount() && (g.getCount() < 0 || zone != null && g.getCount() > zone.getPopulation())) {
            r.error(Rule.SHARE_OUT_OF_RANGE, zone == null ? g : zone, P.getGroupPopulation_Count(), what + " counts "
                    + g.getCount() + " residents; expected 0 to the zone population"
                    + (zone == null ? "" : " " + zone.getPopulation()));
        }
    }

    private void service(Service s, Report r) {
        boolean annual = s.getAnnualTransactions() > 0;
        boolean rate = s.getPerCapitaRate() > 0;
        if (s.getAnnualTransactions() < 0 || s.getPerCapitaRate() < 0) {
            r.error(Rule.SERVICE_DEMAND, s, s.getAnnualTransactions() < 0 ? P.getService_AnnualTransactions()
                    : P.getService_PerCapitaRate(), "has negative demand; expected 0 or more");
        } else if (annual == rate) {
            r.error(Rule.SERVICE_DEMAND, s, P.getService_AnnualTransactions(), annual
                    ? "gives both annual transactions and a per-capita rate; expected one of the two"
                    : "has neither annual transactions nor a per-capita rate; expected one of the two");
        }
        if (!(s.getMeanHandlingMinutes() > 0)) {
            r.error(Rule.SERVICE_HANDLING_TIME, s, P.getService_MeanHandlingMinutes(), "mean handling time is "
                    + s.getMeanHandlingMinutes() + " minutes; expected more than 0");
        }
        if (s.getHandlingTimeCv() < 0) {
            r.error(Rule.SERVICE_HANDLING_TIME, s, P.getService_HandlingTimeCv(), "handling time variability is "
                    + s.getHandlingTimeCv() + "; expected 0 or more");
        }
        range(r, s, P.getService_DigitalShare(), s.getDigitalShare(), 0, 1, "a share from 0 to 1");
    }

    private void bundle(ServiceBundle b, Report r) {
        if (b.getServices().isEmpty()) {
            r.warning(Rule.BUNDLE_EMPTY, b, P.getServiceBundle_Services(), "holds no service");
        }
        Scenario s = scenarioOf(b);
        if (s == null) {
            return;
        }
        Set<Service> offered = new HashSet<>();
        for (ServiceCenter c : s.getCenters()) {
            if (c.getStatus() != CenterStatus.CLOSED) {
                offered.addAll(c.getServicesOffered());
            }
        }
        for (Service service : b.getServices()) {
            if (!offered.contains(service)) {
                r.warning(Rule.BUNDLE_SERVICE_NOT_OFFERED, b, P.getServiceBundle_Services(), "includes service "
                        + label(service) + " that no open center offers");
            }
        }
    }

    private void center(ServiceCenter c, Report r) {
        if (c.getStaff() < 0) {
            r.error(Rule.NEGATIVE_STAFF, c, P.getServiceCenter_Staff(), "staff is " + c.getStaff() + "; expected 0 or more");
        }
        if (c.getOpeningHours() != null && !c.getOpeningHours().isBlank()) {
            try {
                OpeningHours.parse(c.getOpeningHours());
            } catch (IllegalArgumentException e) {
                r.error(Rule.OPENING_HOURS, c, P.getServiceCenter_OpeningHours(), "opening hours do not parse: "
                        + e.getMessage());
            }
        } else if (c.getStatus() == CenterStatus.EXISTING) {
            r.warning(Rule.OPENING_HOURS, c, P.getServiceCenter_OpeningHours(), "has no opening hours");
        }
        if (c.getStatus() == CenterStatus.EXISTING && c.getCounters().isEmpty()) {
            r.warning(Rule.NO_COUNTERS, c, P.getServiceCenter_Counters(), "is existing but has no counter");
        }
        if (c.isSetDailyCapacityOverride() && c.getDailyCapacityOverride() < 0) {
            r.error(Rule.NEGATIVE_VALUE, c, P.getServiceCenter_DailyCapacityOverride(), "daily capacity is "
                    + c.getDailyCapacityOverride() + "; expected 0 or more");
        }
    }

    private void counter(Counter k, Report r) {
        if (!(k.eContainer() instanceof ServiceCenter c)) {
            return;
        }
        for (Service s : k.getServices()) {
            if (!c.getServicesOffered().contains(s)) {
                r.error(Rule.COUNTER_SERVICE_NOT_OFFERED, k, P.getCounter_Services(), "serves " + label(s)
                        + " which its center " + label(c) + " does not offer");
            }
        }
    }

    private void region(Region region, Report r) {
        Set<Region> seen = new HashSet<>();
        for (Region g = region; g != null; g = g.getParent()) {
            if (!seen.add(g)) {
                r.error(Rule.REGION_CYCLE, region, P.getRegion_Parent(), "is its own ancestor through its parents");
                break;
            }
        }
        if (region.getGeometryWkt() != null && !region.getGeometryWkt().isBlank()) {
            try {
                Outline.parse(region.getGeometryWkt());
            } catch (IllegalArgumentException e) {
                r.error(Rule.BAD_GEOMETRY, region, P.getRegion_GeometryWkt(), "geometry is not a WKT polygon: " + e.getMessage());
            }
        }
        if (region.getAreaKm2() < 0) {
            r.error(Rule.NEGATIVE_VALUE, region, P.getRegion_AreaKm2(), "area is " + region.getAreaKm2() + " km²; expected 0 or more");
        }
    }

    private void evaluation(Evaluation e, Report r) {
        EObject owner = e.eContainer() == null ? e : e.eContainer();
        if (e.isSetMysteryShopper()) {
            range(r, owner, P.getEvaluation_MysteryShopper(), e.getMysteryShopper(), 0, 100, "a mystery shopper score from 0 to 100");
        }
        if (e.isSetSelfAssessment()) {
            range(r, owner, P.getEvaluation_SelfAssessment(), e.getSelfAssessment(), 0, 100, "a self-assessment score from 0 to 100");
        }
        if (e.isSetVolunteerVisitor()) {
            range(r, owner, P.getEvaluation_VolunteerVisitor(), e.getVolunteerVisitor(), 0, 100, "a volunteer visitor score from 0 to 100");
        }
        if (e.isSetSatisfaction()) {
            range(r, owner, P.getEvaluation_Satisfaction(), e.getSatisfaction(), 0, 100, "a satisfaction score from 0 to 100");
        }
        if (e.isSetNetPromoterScore()) {
            range(r, owner, P.getEvaluation_NetPromoterScore(), e.getNetPromoterScore(), -100, 100, "a net promoter score from -100 to 100");
        }
    }

    private void parameters(PlanningParameters p, Report r) {
        EObject o = p;
        range(r, o, P.getPlanningParameters_ServiceLevelShare(), p.getServiceLevelShare(), 0, 1, "a share from 0 to 1");
        positive(r, o, P.getPlanningParameters_ServiceLevelWaitMinutes(), p.getServiceLevelWaitMinutes(), "minutes");
        range(r, o, P.getPlanningParameters_WorkingDaysPerYear(), p.getWorkingDaysPerYear(), 1, 366, "1 to 366 days");
        range(r, o, P.getPlanningParameters_WorkingHoursPerDay(), p.getWorkingHoursPerDay(), 0.5, 24, "0.5 to 24 hours");
        range(r, o, P.getPlanningParameters_PeakFactor(), p.getPeakFactor(), 1, 10, "a factor from 1 to 10");
        range(r, o, P.getPlanningParameters_DigitalShift(), p.getDigitalShift(), 0, 1, "a share from 0 to 1");
        range(r, o, P.getPlanningParameters_DetourFactor(), p.getDetourFactor(), 1, 5, "a factor from 1 to 5");
        range(r, o, P.getPlanningParameters_StaffPerCounter(), p.getStaffPerCounter(), 0.1, 10, "0.1 to 10 staff");
        range(r, o, P.getPlanningParameters_TownMaxKm(), p.getTownMaxKm(), 0, 1000, "0 (no check) to 1000 km");
        range(r, o, P.getPlanningParameters_TownMinPopulation(), p.getTownMinPopulation(), 0, 1e9, "0 or more residents");
        range(r, o, P.getPlanningParameters_RuralMaxResidents(), p.getRuralMaxResidents(), 0, 1e9, "0 (no check) or more residents");
        p.getCoverageThresholds().forEach(t -> {
            positive(r, t, P.getCoverageThreshold_MaxDistanceKm(), t.getMaxDistanceKm(), "km");
            if (t.getMaxTravelMinutes() < 0 || t.getSpeedKmh() < 0) {
                r.error(Rule.PARAMETER_OUT_OF_RANGE, t, P.getCoverageThreshold_SpeedKmh(),
                        "travel minutes and speed must be 0 or more");
            }
        });
    }

    // ---- helpers

    private static void range(Report r, EObject o, EStructuralFeature f, double v, double min, double max, String expected) {
        if (!(v >= min && v <= max)) {
            r.error(o instanceof PlanningParameters ? Rule.PARAMETER_OUT_OF_RANGE
                    : o instanceof Score || o instanceof Evaluation || o instanceof ServiceCenter ? Rule.SCORE_OUT_OF_RANGE
                    : Rule.SHARE_OUT_OF_RANGE, o, f, label(f) + " is " + v + "; expected " + expected);
        }
    }

    private static void positive(Report r, EObject o, EStructuralFeature f, double v, String unit) {
        if (!(v > 0)) {
            r.error(Rule.PARAMETER_OUT_OF_RANGE, o, f, label(f) + " is " + v + " " + unit + "; expected more than 0");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static Scenario scenarioOf(EObject o) {
        for (EObject e = o; e != null; e = e.eContainer()) {
            if (e instanceof Scenario s) {
                return s;
            }
        }
        return null;
    }

    /** "Demand zone JO-AM-01 (Marka)". */
    public static String label(EObject o) {
        String kind = kind(o.eClass());
        if (o instanceof Named n) {
            String name = n.getNameEn() != null && !n.getNameEn().isBlank() ? n.getNameEn() : n.getNameAr();
            return kind + " " + (n.getCode() == null ? "(no code)" : n.getCode()) + (name == null || name.isBlank() ? "" : " (" + name + ")");
        }
        if (o instanceof Counter k) {
            return kind + " " + k.getCode();
        }
        return kind;
    }

    static String kind(EClass c) {
        String words = c.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String kindPlural(Named n) {
        String k = kind(n.eClass()).toLowerCase(Locale.ROOT);
        return k.endsWith("y") ? k.substring(0, k.length() - 1) + "ies" : k + "s";
    }

    /** "serviceLevelShare" gives "service level share". */
    private static String label(EStructuralFeature f) {
        return f.getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** Collects diagnostics for one object. */
    static final class Report {
        final DiagnosticChain chain;
        boolean ok = true;

        Report(DiagnosticChain chain) {
            this.chain = chain;
        }

        void error(Rule rule, EObject o, EStructuralFeature f, String message) {
            add(Diagnostic.ERROR, rule, o, f, message);
        }

        void warning(Rule rule, EObject o, EStructuralFeature f, String message) {
            add(Diagnostic.WARNING, rule, o, f, message);
        }

        private void add(int severity, Rule rule, EObject o, EStructuralFeature f, String message) {
            if (severity == Diagnostic.ERROR) {
                ok = false;
            }
            if (chain != null) {
                List<Object> data = new ArrayList<>();
                data.add(o);
                if (f != null) {
                    data.add(f);
                }
                data.add(rule);
                chain.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, rule.ordinal(), label(o) + ": " + message,
                        data.toArray()));
            }
        }
    }
}
