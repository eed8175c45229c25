package org.nafitha.roadmap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.nafitha.locate.Instance;
import org.nafitha.locate.Phasing;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DemandZone;
import org.nafitha.model.RoadmapAction;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;
import org.nafitha.model.SiteRole;
import org.nafitha.roadmap.internal.InPersonDemand;

/**
 * The phasing instance of a scenario's roadmap ({@link PhasingProposal} solves it):
 * <ul>
 * <li><b>periods</b>: the roadmap's years; each year's budget is its capital budget <em>less what the actions already
 * written for that year cost</em> ({@link RoadmapPlan#actionCost}), at least 0 (a year without a capital budget has
 * none: nothing new opens in it);</li>
 * <li><b>demand</b>: the places where residents live ({@link DemandPoints}, as the location-allocation instance),
 * weighted by their residents in the scenario; in each year a place's demand is that times its zone's factor: the
 * zone's in-person visits in that year's state over those in the scenario as given ({@link InPersonDemand}: growth by
 * region, the digital shift and the digital gap), or with {@code inPerson} off the zone's growth factor alone;</li>
 * <li><b>required sites</b>: the centers open in each year's state ({@link YearState}: the centers open at the start and
 * the ones the written actions open, close or move, each site open in its window of years; a moved center is a site
 * per position), the comprehensive centers only unless {@code allKinds};</li>
 * <li><b>candidates</b>: the scenario's candidate sites (role candidate, not already a center) as new comprehensive
 * centers with the site's most counters (the location-allocation convention, {@code LocatePlan}), each at
 * {@link RoadmapPlan#openingCost(CandidateSite, CenterKind)} (the site's own fixed cost, else the cost model's opening
 * plus counters); and the candidate centers no written action opens, at the cost model's cost of opening them.</li>
 * </ul>
 *
 * @param years        the roadmap's years, one a period
 * @param budget       each year's capital budget (NaN: none given)
 * @param written      what each year's written actions cost
 * @param zoneFactor   by zone code, the zone's demand factor in each year
 * @param candidates   by site index, what a candidate opens: a {@link CandidateSite} or a {@link ServiceCenter} of the
 *                     scenario (null for a required site)
 */
public record PhasingInput(Instance instance, Phasing phasing, int[] years, double[] budget, double[] written, Map<String, double[]> zoneFactor,
        List<Object> candidates) {

    /**
     * Builds the instance.
     *
     * @throws RoadmapException when the scenario has no roadmap, no capital budget in its horizon, no demand or no candidate
     */
    public static PhasingInput of(Scenario scenario, PhasingProposal.Options options, IProgressMonitor monitor) {
        RoadmapPlan plan = RoadmapPlan.of(scenario);
        if (!plan.hasRoadmap()) {
            throw new RoadmapException("scenario " + scenario.getCode() + " has no roadmap: phasing needs its years, budgets and costs");
        }
        int first = plan.firstYear();
        int count = plan.lastYear() - first + 1;
        if (count < 1) {
            throw new RoadmapException("the roadmap's horizon " + first + "-" + plan.lastYear() + " has no year");
        }
        int[] years = new int[count];
        double[] budget = new double[count];
        double[] written = new double[count];
        boolean anyBudget = false;
        for (int t = 0; t < count; t++) {
            years[t] = first + t;
            OptionalDouble b = plan.capitalBudget(years[t]);
            budget[t] = b.isPresent() ? b.getAsDouble() : Double.NaN;
            anyBudget |= b.isPresent();
            for (RoadmapAction a : plan.actionsIn(years[t])) {
                written[t] += plan.actionCost(a);
            }
        }
        if (!anyBudget) {
            throw new RoadmapException("the roadmap of " + scenario.getCode() + " has no capital budget for " + first + "-" + plan.lastYear()
                    + ": phasing opens sites within each year's capital budget");
        }
        List<DemandPoints.Point> points = DemandPoints.of(scenario);
        if (points.isEmpty()) {
            throw new RoadmapException("scenario " + scenario.getCode() + " has no demand zone");
        }
        // each year's state: the open centers and the zones' in-person demand
        List<Scenario> states = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            if (monitor != null && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            states.add(YearState.of(scenario, years[t]).scenario());
            if (monitor != null) {
                monitor.worked(1);
            }
        }
        Map<String, double[]> zoneFactor = zoneFactors(scenario, plan, states, years, options.inPerson());
        Sites sites = sites(scenario, plan, states, options.allKinds());
        if (sites.candidateCount == 0) {
            throw new RoadmapException("scenario " + scenario.getCode() + " has no candidate: no candidate site (role candidate) and no candidate "
                    + (options.allKinds() ? "" : "comprehensive ") + "center that the roadmap does not already open");
        }
        int n = points.size();
        String[] ids = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        List<Phasing.Period> periods = new ArrayList<>();
        double[][] factors = new double[count][n];
        for (int i = 0; i < n; i++) {
            DemandPoints.Point p = points.get(i);
            ids[i] = p.code();
            x[i] = p.longitude();
            y[i] = p.latitude();
            w[i] = p.population();
            double[] f = zoneFactor.get(p.zone().getCode());
            for (int t = 0; t < count; t++) {
                factors[t][i] = f[t];
            }
        }
        for (int t = 0; t < count; t++) {
            periods.add(new Phasing.Period(Integer.toString(years[t]), Double.isNaN(budget[t]) ? 0 : Math.max(0, budget[t] - written[t]), 1,
                    factors[t]));
        }
        int m = sites.ids.size();
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = sites.xy.get(j)[0];
            sy[j] = sites.xy.get(j)[1];
        }
        Instance instance = Instance.of(ids, x, y, w, sites.ids.toArray(String[]::new), sx, sy, sites.status.toArray(Instance.Status[]::new), null, true,
                Double.POSITIVE_INFINITY, 0);
        Phasing phasing = new Phasing(options.type(), options.radiusKm(), periods, sites.cost(), false, sites.from(), sites.to());
        return new PhasingInput(instance, phasing, years, budget, written, zoneFactor, sites.owners);
    }

    public PhasingInput {
        years = years.clone();
        budget = budget.clone();
        written = written.clone();
        zoneFactor = Map.copyOf(zoneFactor);
        candidates = Collections.unmodifiableList(new ArrayList<>(candidates));
    }

    @Override
    public int[] years() {
        return years.clone();
    }

    @Override
    public double[] budget() {
        return budget.clone();
    }

    @Override
    public double[] written() {
        return written.clone();
    }

    /** The budget left in period t for new openings: the capital budget less the written actions, at least 0. */
    public double available(int t) {
        return phasing.periods().get(t).budget();
    }

    private static Map<String, double[]> zoneFactors(Scenario scenario, RoadmapPlan plan, List<Scenario> states, int[] years, boolean inPerson) {
        Map<String, double[]> factors = new HashMap<>();
        Map<String, Double> base = inPerson ? InPersonDemand.byZone(scenario) : Map.of();
        List<Map<String, Double>> byYear = new ArrayList<>();
        for (Scenario s : states) {
            byYear.add(inPerson ? InPersonDemand.byZone(s) : Map.of());
        }
        for (DemandZone z : scenario.getDemandZones()) {
            double[] f = new double[years.length];
            for (int t = 0; t < years.length; t++) {
                double growth = plan.demandFactor(z, years[t]);
                Double b = base.get(z.getCode());
                Double now = byYear.get(t).get(z.getCode());
                f[t] = inPerson && b != null && now != null && b > 0 ? now / b : growth;
            }
            factors.put(z.getCode(), f);
        }
        return factors;
    }

    /** The sites: required ones with their windows, then the candidates with their costs. */
    private static final class Sites {
        final List<String> ids = new ArrayList<>();
        final List<double[]> xy = new ArrayList<>();
        final List<Instance.Status> status = new ArrayList<>();
        final List<Double> costs = new ArrayList<>();
        final List<int[]> windows = new ArrayList<>();
        final List<Object> owners = new ArrayList<>();
        int candidateCount;

        void add(String id, double lon, double lat, Instance.Status st, double cost, int from, int to, Object owner) {
            ids.add(id);
            xy.add(new double[] {lon, lat});
            status.add(st);
            costs.add(cost);
            windows.add(new int[] {from, to});
            owners.add(owner);
            candidateCount += st == Instance.Status.CANDIDATE ? 1 : 0;
        }

        double[] cost() {
            return costs.stream().mapToDouble(Double::doubleValue).toArray();
        }

        int[] from() {
            return windows.stream().mapToInt(w -> w[0]).toArray();
        }

        int[] to() {
            return windows.stream().mapToInt(w -> w[1]).toArray();
        }
    }

    private static Sites sites(Scenario scenario, RoadmapPlan plan, List<Scenario> states, boolean allKinds) {
        Sites sites = new Sites();
        int count = states.size();
        // by center code, its position in each year it is open (null when it is not)
        Map<String, double[][]> open = new LinkedHashMap<>();
        for (int t = 0; t < count; t++) {
            for (ServiceCenter c : states.get(t).getCenters()) {
                boolean isOpen = c.getStatus() == CenterStatus.EXISTING || c.getStatus() == CenterStatus.PLANNED;
                if (isOpen && (allKinds || c.getKind() == CenterKind.COMPREHENSIVE_CENTER)) {
                    open.computeIfAbsent(c.getCode(), k -> new double[count][])[t] = new double[] {c.getLongitude(), c.getLatitude()};
                }
            }
        }
        // a site per run of years at one position
        open.forEach((code, at) -> {
            int t = 0;
            while (t < count) {
                if (at[t] == null) {
                    t++;
                    continue;
                }
                int from = t;
                while (t + 1 < count && at[t + 1] != null && at[t + 1][0] == at[from][0] && at[t + 1][1] == at[from][1]) {
                    t++;
                }
                String id = sites.ids.contains(code) ? code + "@" + (plan.firstYear() + from) : code;
                sites.add(id, at[from][0], at[from][1], Instance.Status.REQUIRED, 0, from, t, null);
                t++;
            }
        });
        // candidate centers that no year opens
        for (ServiceCenter c : scenario.getCenters()) {
            if (c.getStatus() == CenterStatus.CANDIDATE && !open.containsKey(c.getCode()) && (allKinds || c.getKind() == CenterKind.COMPREHENSIVE_CENTER)) {
                sites.add(c.getCode(), c.getLongitude(), c.getLatitude(), Instance.Status.CANDIDATE, plan.openingCost(c.getKind(), c.getCounters().size()),
                        0, count - 1, c);
            }
        }
        // candidate sites not already a center (e.g. opened by an earlier proposal)
        Set<String> centers = new HashSet<>(open.keySet());
        scenario.getCenters().forEach(c -> centers.add(c.getCode()));
        for (CandidateSite site : scenario.getCandidateSites()) {
            if (site.getRole() == SiteRole.CANDIDATE && !centers.contains(site.getCode()) && !sites.ids.contains(site.getCode())) {
                sites.add(site.getCode(), site.getLongitude(), site.getLatitude(), Instance.Status.CANDIDATE,
                        plan.openingCost(site, CenterKind.COMPREHENSIVE_CENTER), 0, count - 1, site);
            }
        }
        return sites;
    }
}
