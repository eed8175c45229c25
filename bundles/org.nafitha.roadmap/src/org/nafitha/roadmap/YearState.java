package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandZone;
import org.nafitha.model.GroupPopulation;
import org.nafitha.model.Roadmap;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.RoadmapDigitalShift;
import org.nafitha.model.Scenario;
import org.nafitha.model.Service;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.ServiceDemand;
import org.nafitha.roadmap.internal.ActionEffects;

/**
 * The scenario as it stands at the end of a year: a copy of the scenario with the digital shift of that year, every
 * action up to that year applied in time order, and the demand projected to that year. The original is not changed.
 *
 * <ul>
 * <li>A center that an action opens in a later year is not open: a new center stays inside its action, an existing
 * planned, candidate or closed one is a candidate.</li>
 * <li>Digital shift: each service takes the digital share of the latest shift up to that year naming it; else the
 * latest shift naming its category is a floor (a service already above keeps its share); an action changing a digital
 * share applies after the shifts.</li>
 * <li>Demand: each zone's population (and its groups' counts and its demand overrides) times its
 * {@link RoadmapPlan#demandFactor(DemandZone, int) demand factor}; a service's nationwide annual transactions times
 * the national factor.</li>
 * </ul>
 *
 * @param scenario the state (a copy)
 * @param trainedEmployees universal employees trained up to the year, summed
 * @param certifiedProviders certified service providers licensed up to the year, summed
 * @param partnerShares by center code, the share of its operating cost a private partner carries
 */
public record YearState(int year, Scenario scenario, int trainedEmployees, int certifiedProviders, Map<String, Double> partnerShares) {

    /** The state of {@code original} at the end of {@code year}. */
    public static YearState of(Scenario original, int year) {
        RoadmapPlan originalPlan = RoadmapPlan.of(original);
        Scenario s = EcoreUtil.copy(original);
        RoadmapPlan plan = RoadmapPlan.of(s);
        Roadmap m = s.getRoadmap();
        Map<String, Double> partner = new HashMap<>();
        int trained = 0;
        int licensed = 0;
        if (m != null) {
            for (RoadmapAction a : m.getActions()) {
                if (a.getYear() > year && a.getKind() == RoadmapActionKind.OPEN_CENTER && a.getNewCenter() == null && a.getCenter() != null) {
                    a.getCenter().setStatus(CenterStatus.CANDIDATE);
                }
            }
            shift(m, s, year);
            for (RoadmapAction a : plan.actions()) {
                if (a.getYear() > year) {
                    break;
                }
                ActionEffects.apply(s, a);
                if (a.getKind() == RoadmapActionKind.TRAIN_UNIVERSAL_STAFF) {
                    trained += (int) a.getAmount();
                } else if (a.getKind() == RoadmapActionKind.LICENSE_CERTIFIED_PROVIDERS) {
                    licensed += (int) a.getAmount();
                } else if (a.getKind() == RoadmapActionKind.PARTNERSHIP && a.getCenter() != null) {
                    partner.put(a.getCenter().getCode(), a.isSetAmount() ? Math.max(0, Math.min(1, a.getAmount())) : 0);
                }
            }
        }
        project(s, plan, originalPlan.demandFactor(year), year);
        return new YearState(year, s, trained, licensed, Map.copyOf(partner));
    }

    /** The open centers of the state (existing or planned). */
    public List<ServiceCenter> openCenters() {
        return scenario.getCenters().stream().filter(c -> c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED).toList();
    }

    private static void shift(Roadmap m, Scenario s, int year) {
        List<RoadmapDigitalShift> steps = new ArrayList<>(m.getDigitalShifts());
        steps.removeIf(d -> d.getYear() > year);
        steps.sort(Comparator.comparingInt(RoadmapDigitalShift::getYear));
        for (Service service : s.getServices()) {
            RoadmapDigitalShift own = null;
            RoadmapDigitalShift category = null;
            for (RoadmapDigitalShift d : steps) {
                if (d.getService() == service) {
                    own = d;
                } else if (d.getService() == null && d.getCategory() != null && d.getCategory().equals(service.getCategory())) {
                    category = d;
                }
            }
            if (own != null) {
                service.setDigitalShare(own.getDigitalShare());
            } else if (category != null && category.getDigitalShare() > service.getDigitalShare()) {
                service.setDigitalShare(category.getDigitalShare());
            }
        }
    }

    private static void project(Scenario s, RoadmapPlan plan, double nationalFactor, int year) {
        for (DemandZone z : s.getDemandZones()) {
            double f = plan.demandFactor(z, year);
            if (f == 1) {
                continue;
            }
            z.setPopulation(Math.round(z.getPopulation() * f));
            for (GroupPopulation g : z.getGroups()) {
                if (g.isSetCount()) {
                    g.setCount(Math.round(g.getCount() * f));
                }
            }
            for (ServiceDemand d : z.getDemandOverrides()) {
                d.setAnnualTransactions(d.getAnnualTransactions() * f);
            }
        }
        if (nationalFactor != 1) {
            for (Service service : s.getServices()) {
                if (service.getAnnualTransactions() > 0) {
                    service.setAnnualTransactions(Math.round(service.getAnnualTransactions() * nationalFactor));
                }
            }
        }
    }
}
