package org.nafitha.card.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.emf.ecore.EAttribute;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.card.CardInput;
import org.nafitha.card.Indicator;
import org.nafitha.card.Measure;
import org.nafitha.coverage.CoverageResult;
import org.nafitha.model.AccessibilityFeature;
import org.nafitha.model.Counter;
import org.nafitha.model.Evaluation;
import org.nafitha.model.EvaluationKind;
import org.nafitha.model.NafithaPackage;
import org.nafitha.model.Score;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceBundle;
import org.nafitha.model.ServiceCenter;

/**
 * The indicators the card ships, one class for all: the extension's {@code class="...ShippedIndicators:ID"} names the
 * measure. Each says in its detail how the value was obtained; a value whose input is absent is missing, with why.
 */
public final class ShippedIndicators implements Indicator, IExecutableExtension {

    /** A wait that never settles (arrivals beyond what the counters serve) is shown as this many minutes. */
    static final double UNBOUNDED_WAIT_MINUTES = 240;

    private String id;

    public ShippedIndicators() {
    }

    public ShippedIndicators(String id) {
        this.id = id;
    }

    @Override
    public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
        if (!(data instanceof String s) || s.isBlank()) {
            throw new IllegalArgumentException("indicator " + config.getAttribute("id") + ": expected class=\""
                    + ShippedIndicators.class.getName() + ":MEASURE\"");
        }
        this.id = s.trim();
    }

    @Override
    public Measure measure(CardInput in, ServiceCenter c) {
        return switch (id) {
        case "access.covered" -> covered(in, c);
        case "access.travel" -> travel(in, c);
        case "access.2sfca" -> accessibility(in, c);
        case "capacity.utilization" -> capacity(in, c, "utilization");
        case "capacity.wait" -> capacity(in, c, "wait");
        case "capacity.serviceLevel" -> capacity(in, c, "serviceLevel");
        case "capacity.shortfall" -> capacity(in, c, "shortfall");
        case "breadth.services" -> Measure.of(c.getServicesOffered().size(), c.getServicesOffered().size() + " of "
                + in.scenario().getServices().size() + " services of the registry");
        case "breadth.agencies" -> agencies(c);
        case "breadth.bundles" -> bundles(in, c);
        case "breadth.demand" -> demand(in, c);
        case "window.universal" -> universal(c);
        case "window.bundling" -> bundling(in, c);
        case "disability.checklist" -> checklist(c);
        case "disability.counters" -> accessibleCounters(c);
        case "readiness.infrastructure", "readiness.equipment", "readiness.connectivity" -> readiness(c, id.substring("readiness.".length()));
        case "voice.satisfaction" -> VoiceMeasures.latestOr(c, EvaluationKind.SATISFACTION_SURVEY,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__SATISFACTION, "citizen satisfaction survey"));
        case "voice.mysteryShopper" -> VoiceMeasures.latestOr(c, EvaluationKind.MYSTERY_SHOPPER,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__MYSTERY_SHOPPER, "mystery shopper visit"));
        case "voice.volunteerVisitor" -> VoiceMeasures.latestOr(c, EvaluationKind.VOLUNTEER_VISITOR,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__VOLUNTEER_VISITOR, "volunteer visitor report"));
        case "voice.selfAssessment" -> VoiceMeasures.latestOr(c, EvaluationKind.SELF_ASSESSMENT,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__SELF_ASSESSMENT, "self-assessment"));
        case "voice.nps" -> VoiceMeasures.latestOr(c, EvaluationKind.NPS_SURVEY,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__NET_PROMOTER_SCORE, "net promoter survey"));
        case "voice.complaints" -> VoiceMeasures.latestOr(c, EvaluationKind.COMPLAINTS,
                () -> evaluation(c, NafithaPackage.Literals.EVALUATION__COMPLAINT_RESPONSE, "complaint response record"));
        default -> throw new IllegalStateException("no shipped indicator '" + id + "'");
        };
    }

    private static Measure noCoverage() {
        return Measure.missing("the coverage analysis has not run");
    }

    /** Share of the catchment's residents within their area's threshold. */
    private static Measure covered(CardInput in, ServiceCenter c) {
        if (in.coverage().isEmpty()) {
            return noCoverage();
        }
        List<CoverageResult.Zone> zones = in.catchment(c);
        long population = 0;
        long within = 0;
        for (CoverageResult.Zone z : zones) {
            population += z.population();
            within += z.coveredPopulation();
        }
        if (population == 0) {
            return Measure.missing("no demand zone has this center as its nearest");
        }
        return Measure.of(100.0 * within / population, String.format(Locale.ROOT, "%,d of %,d residents in %d places", within, population, zones.size()));
    }

    /** Population-weighted mean travel time of the catchment. */
    private static Measure travel(CardInput in, ServiceCenter c) {
        if (in.coverage().isEmpty()) {
            return noCoverage();
        }
        double sum = 0;
        long population = 0;
        for (CoverageResult.Zone z : in.catchment(c)) {
            sum += z.travelMinutes() * z.population();
            population += z.population();
        }
        if (population == 0) {
            return Measure.missing("no demand zone has this center as its nearest");
        }
        return Measure.of(sum / population, String.format(Locale.ROOT, "mean over %,d residents", population));
    }

    /** The catchment's population-weighted mean 2SFCA accessibility, as a percentage of the national mean. */
    private static Measure accessibility(CardInput in, ServiceCenter c) {
        if (in.coverage().isEmpty()) {
            return noCoverage();
        }
        double[] nationalAccess = in.nationalAccess();
        double national = nationalAccess[0];
        double nationalPopulation = nationalAccess[1];
        double local = 0;
        long population = 0;
        for (CoverageResult.Zone z : in.catchment(c)) {
            local += z.access() * z.population();
            population += z.population();
        }
        if (population == 0) {
            return Measure.missing("no demand zone has this center as its nearest");
        }
        if (national <= 0) {
            return Measure.missing("no accessibility anywhere: the national mean is 0");
        }
        double mean = local / population;
        double nationalMean = national / nationalPopulation;
        return Measure.of(100 * mean / nationalMean, String.format(Locale.ROOT, "%.2f against a national %.2f %s", mean, nationalMean,
                in.coverage().get().supplyUnit()));
    }

    private static Measure capacity(CardInput in, ServiceCenter c, String what) {
        if (in.capacity().isEmpty()) {
            return Measure.missing("the capacity analysis has not run");
        }
        CenterCapacity cap = in.capacity(c).orElse(null);
        if (cap == null) {
            return Measure.missing("the center is not open in this scenario");
        }
        if (what.equals("shortfall")) {
            int short_ = Math.max(0, cap.requiredCounters() - cap.existingCounters());
            if (cap.requiredCounters() == 0) {
                return Measure.of(0, "no counter is needed: no demand reaches it");
            }
            return Measure.of(100.0 * short_ / cap.requiredCounters(), short_ + " of " + cap.requiredCounters()
                    + " counters needed at the busiest hour are missing (" + cap.existingCounters() + " exist)");
        }
        double arrivals = 0;
        double load = 0;
        double capacityHours = 0;
        double withinTarget = 0;
        CenterCapacity.Interval busiest = null;
        for (CenterCapacity.Interval h : cap.intervals()) {
            arrivals += h.arrivalsPerHour();
            load += h.load();
            capacityHours += h.existingCounters();
            withinTarget += h.arrivalsPerHour() * h.serviceLevel();
            if (busiest == null || h.arrivalsPerHour() > busiest.arrivalsPerHour()) {
                busiest = h;
            }
        }
        if (arrivals == 0) {
            return Measure.missing("no demand reaches this center");
        }
        if (cap.existingCounters() == 0) {
            return Measure.missing("the center has no counters yet");
        }
        return switch (what) {
        case "utilization" -> Measure.of(100 * load / capacityHours, String.format(Locale.ROOT,
                "offered load %.1f counter-hours a day on %d counters over %d hours", load, cap.existingCounters(), cap.intervals().size()));
        case "wait" -> Double.isFinite(busiest.averageWaitMinutes())
                ? Measure.of(busiest.averageWaitMinutes(), String.format(Locale.ROOT, "at the busiest hour (%.0f arrivals an hour, %d counters)",
                        busiest.arrivalsPerHour(), busiest.existingCounters()))
                : Measure.of(UNBOUNDED_WAIT_MINUTES, String.format(Locale.ROOT,
                        "unbounded: at the busiest hour a load of %.1f exceeds its %d counters; shown as %.0f", busiest.load(),
                        busiest.existingCounters(), UNBOUNDED_WAIT_MINUTES));
        default -> Measure.of(100 * withinTarget / arrivals, String.format(Locale.ROOT, "visitors served within %.0f min, over the day",
                in.capacity().get().target().waitMinutes()));
        };
    }

    private static Measure agencies(ServiceCenter c) {
        Set<Object> agencies = new HashSet<>();
        for (Service s : c.getServicesOffered()) {
            if (s.getAgency() != null) {
                agencies.add(s.getAgency());
            }
        }
        return Measure.of(agencies.size(), agencies.size() + " agencies through its services");
    }

    private static Measure bundles(CardInput in, ServiceCenter c) {
        List<ServiceBundle> bundles = in.scenario().getBundles();
        if (bundles.isEmpty()) {
            return Measure.missing("the registry has no service bundles");
        }
        Set<Service> offered = new HashSet<>(c.getServicesOffered());
        long complete = bundles.stream().filter(b -> !b.getServices().isEmpty() && offered.containsAll(b.getServices())).count();
        return Measure.of(100.0 * complete / bundles.size(), complete + " of " + bundles.size() + " life-event bundles complete");
    }

    /** Share of the registry's in-person transactions (national volume less the digital share) that its services make. */
    private static Measure demand(CardInput in, ServiceCenter c) {
        double all = 0;
        for (Service s : in.scenario().getServices()) {
            all += s.getAnnualTransactions() * (1 - s.getDigitalShare());
        }
        if (all <= 0) {
            return Measure.missing("the registry has no transaction volumes");
        }
        double mine = 0;
        for (Service s : new HashSet<>(c.getServicesOffered())) {
            mine += s.getAnnualTransactions() * (1 - s.getDigitalShare());
        }
        return Measure.of(100 * mine / all, String.format(Locale.ROOT, "%,.0f of %,.0f in-person transactions a year", mine, all));
    }

    private static Measure universal(ServiceCenter c) {
        if (c.getCounters().isEmpty()) {
            return Measure.missing("the center has no counters yet");
        }
        long u = c.getCounters().stream().filter(Counter::isUniversal).count();
        return Measure.of(100.0 * u / c.getCounters().size(), u + " of " + c.getCounters().size() + " counters serve every service");
    }

    private static Measure bundling(CardInput in, ServiceCenter c) {
        if (in.capacity().isEmpty()) {
            return Measure.missing("the capacity analysis has not run");
        }
        CenterCapacity cap = in.capacity(c).orElse(null);
        if (cap == null) {
            return Measure.missing("the center is not open in this scenario");
        }
        double before = cap.annualVisits() + cap.visitsSaved();
        if (before <= 0) {
            return Measure.missing("no demand reaches this center");
        }
        return Measure.of(100 * cap.visitsSaved() / before, String.format(Locale.ROOT, "%,.0f of %,.0f visits a year saved", cap.visitsSaved(), before));
    }

    /**
     * Share of the accessibility checklist met. An empty list means no audit was recorded (a center with none of the
     * ten features is rare, a center never audited is not): it is missing, not 0.
     */
    private static Measure checklist(ServiceCenter c) {
        if (c.getAccessibility().isEmpty()) {
            return Measure.missing("no accessibility audit recorded");
        }
        int n = AccessibilityFeature.values().length;
        int met = new HashSet<>(c.getAccessibility()).size();
        return Measure.of(100.0 * met / n, met + " of " + n + " checklist items");
    }

    private static Measure accessibleCounters(ServiceCenter c) {
        if (c.getCounters().isEmpty()) {
            return Measure.missing("the center has no counters yet");
        }
        long a = c.getCounters().stream().filter(Counter::isAccessible).count();
        return Measure.of(a, a + " of " + c.getCounters().size() + " counters at wheelchair height");
    }

    private static Measure readiness(ServiceCenter c, String dimension) {
        for (Score s : c.getReadiness()) {
            if (s.getDimension() != null && s.getDimension().trim().equalsIgnoreCase(dimension)) {
                if (!(s.getValue() >= 0 && s.getValue() <= 100)) {
                    return Measure.missing("the " + dimension + " readiness score " + s.getValue() + " is not from 0 to 100");
                }
                return Measure.of(s.getValue(), "readiness assessment");
            }
        }
        return Measure.missing("no " + dimension + " readiness assessment");
    }

    private static Measure evaluation(ServiceCenter c, EAttribute attribute, String source) {
        Evaluation e = c.getEvaluation();
        if (e == null || !e.eIsSet(attribute)) {
            return Measure.missing("no " + source);
        }
        double v = (Double) e.eGet(attribute);
        if (!Double.isFinite(v)) {
            return Measure.missing("the " + source + " gave no number");
        }
        return Measure.of(v, source);
    }
}
