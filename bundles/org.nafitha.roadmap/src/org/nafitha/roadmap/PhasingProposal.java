package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.nafitha.locate.LocatePlan;
import org.nafitha.locate.PhasedSolution;
import org.nafitha.locate.PhasingSolver;
import org.nafitha.locate.Problem;
import org.nafitha.locate.Solver;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.NafithaFactory;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.RoadmapActionKind;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * A proposal of which candidate sites a roadmap should open in which year: the phasing of the scenario's roadmap
 * ({@link PhasingInput}: its years with the capital budgets left after the written actions, demand grown per zone,
 * the centers already open or opened by the roadmap) solved by {@link PhasingSolver}, turned into roadmap actions.
 * Each action opens one site in its year at its cost: a candidate site becomes a new comprehensive center (held by the
 * action, at the site, its most counters as universal counters, the services of the nearest open comprehensive
 * center); a candidate center is opened as it is. The scenario is not changed: {@link #applyTo} adds the actions (the
 * workbench adds them as one undoable command).
 *
 * @param actions the proposed openings, in year order (not yet in the roadmap)
 * @param years   per year: its budget, what the written actions spend, what the proposal opens and spends
 */
public record PhasingProposal(Options options, PhasingInput input, PhasedSolution solution, List<RoadmapAction> actions, List<Year> years) {

    /**
     * What to propose.
     *
     * @param type      mclp (most demand within the radius, summed over the years) or pmedian (least demand-weighted
     *                  distance, summed over the years)
     * @param radiusKm  the coverage radius for mclp (ignored for pmedian)
     * @param allKinds  count every open office as serving demand, not only the comprehensive centers
     * @param inPerson  weigh each zone by its in-person visits (growth and digital shift), not by its residents' growth alone
     */
    public record Options(Problem.Type type, double radiusKm, double timeLimitSeconds, long seed, boolean allKinds, boolean inPerson) {
        public Options {
            if (type != Problem.Type.MCLP && type != Problem.Type.PMEDIAN) {
                throw new IllegalArgumentException("phasing proposes for mclp or pmedian, not "
                        + (type == null ? "nothing" : type.name().toLowerCase(Locale.ROOT)));
            }
            if (type == Problem.Type.MCLP && !(radiusKm > 0 && radiusKm < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("mclp needs a coverage radius of more than 0 km, found " + radiusKm);
            }
            if (!(timeLimitSeconds > 0)) {
                throw new IllegalArgumentException("time limit " + timeLimitSeconds + " s: expected more than 0");
            }
        }

        /** MCLP or p-median with the defaults: 10 s, seed 1, comprehensive centers, in-person demand. */
        public static Options of(Problem.Type type, double radiusKm, double timeLimitSeconds) {
            return new Options(type, type == Problem.Type.MCLP ? radiusKm : Double.NaN, timeLimitSeconds, 1, false, true);
        }
    }

    /**
     * A year of the proposal.
     *
     * @param budget    the capital budget (NaN: none given)
     * @param written   what the actions already written for the year cost
     * @param available the budget left for new openings (budget − written, at least 0)
     * @param spent     what the proposed openings cost
     * @param objective the year's covered demand (mclp) or demand-weighted distance (pmedian) with the proposal
     * @param opened    the codes of the sites opened
     */
    public record Year(int year, double budget, double written, double available, double spent, double objective, List<String> opened) {
        public Year {
            opened = List.copyOf(opened);
        }
    }

    public PhasingProposal {
        actions = Collections.unmodifiableList(new ArrayList<>(actions));
        years = List.copyOf(years);
    }

    /**
     * Proposes openings for the scenario's roadmap.
     *
     * @throws RoadmapException when the scenario has no roadmap, no capital budget, no demand or no candidate
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is canceled
     */
    public static PhasingProposal propose(Scenario scenario, Options options, IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, 100);
        RoadmapPlan plan = RoadmapPlan.of(scenario);
        int count = plan.hasRoadmap() ? Math.max(1, plan.lastYear() - plan.firstYear() + 1) : 1;
        SubMonitor building = sub.split(20).setWorkRemaining(count);
        PhasingInput input = PhasingInput.of(scenario, options, building);
        PhasedSolution s = PhasingSolver.solve(input.instance(), input.phasing(), new Solver.Options(options.timeLimitSeconds(), options.seed(), true),
                sub.split(80));
        Set<String> codes = new HashSet<>();
        scenario.getRoadmap().getActions().forEach(a -> codes.add(a.getCode()));
        List<RoadmapAction> actions = new ArrayList<>();
        List<Year> years = new ArrayList<>();
        String problem = options.type().name().toLowerCase(Locale.ROOT);
        int[] yearOf = input.years();
        for (int t = 0; t < yearOf.length; t++) {
            List<String> opened = new ArrayList<>();
            int k = 1;
            for (int j : s.opened(t)) {
                Object owner = input.candidates().get(j);
                RoadmapAction a = NafithaFactory.eINSTANCE.createRoadmapAction();
                String code = "PH-" + yearOf[t] + "-" + k++;
                while (!codes.add(code)) {
                    code = "PH-" + yearOf[t] + "-" + k++;
                }
                a.setCode(code);
                a.setYear(yearOf[t]);
                a.setKind(RoadmapActionKind.OPEN_CENTER);
                a.setCost(input.phasing().cost(j));
                if (owner instanceof CandidateSite site) {
                    a.setNewCenter(center(scenario, site));
                } else {
                    a.setCenter((ServiceCenter) owner);
                }
                a.setNote(String.format(Locale.ROOT, "proposed by phasing (%s%s) within the %d capital budget left after the written actions",
                        problem, options.type() == Problem.Type.MCLP ? String.format(Locale.ROOT, ", %.1f km", options.radiusKm()) : "", yearOf[t]));
                actions.add(a);
                opened.add(input.instance().siteId(j));
            }
            years.add(new Year(yearOf[t], input.budget()[t], input.written()[t], input.available(t), s.spent()[t], s.periodObjective()[t], opened));
        }
        sub.done();
        return new PhasingProposal(options, input, s, actions, years);
    }

    public double objective() {
        return solution.objective();
    }

    public double bound() {
        return solution.bound();
    }

    public double gap() {
        return solution.gap();
    }

    public double seconds() {
        return solution.seconds();
    }

    /** Adds the proposed actions to the scenario's roadmap directly (outside an editing domain: no undo). */
    public void applyTo(Scenario scenario) {
        scenario.getRoadmap().getActions().addAll(actions);
    }

    /**
     * A new comprehensive center where a candidate site stands (the location-allocation convention): in the site's region,
     * its most counters (at least one) as universal counters, the services and hours of the nearest comprehensive
     * center of the scenario, staff by the scenario's staff per counter.
     */
    private static ServiceCenter center(Scenario scenario, CandidateSite site) {
        ServiceCenter c = LocatePlan.centerAt(site, site.getCode() + "-C");
        int counters = c.getCounters().size();
        double perCounter = scenario.getParameters() == null ? 1.2 : scenario.getParameters().getStaffPerCounter();
        c.setStaff((int) Math.ceil(counters * perCounter));
        ServiceCenter nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (ServiceCenter other : scenario.getCenters()) {
            if (other.getKind() == CenterKind.COMPREHENSIVE_CENTER && other.getStatus() == CenterStatus.EXISTING) {
                double dy = other.getLatitude() - site.getLatitude();
                double dx = (other.getLongitude() - site.getLongitude()) * Math.cos(Math.toRadians(site.getLatitude()));
                double d = dx * dx + dy * dy;
                if (d < best) {
                    best = d;
                    nearest = other;
                }
            }
        }
        if (nearest != null) {
            c.getServicesOffered().addAll(nearest.getServicesOffered());
            c.setOpeningHours(nearest.getOpeningHours());
            c.setAgency(nearest.getAgency());
        }
        return c;
    }
}
