package org.nafitha.locate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.nafitha.capacity.CapacityAnalyzer;
import org.nafitha.capacity.CapacityResult;
import org.nafitha.capacity.CenterCapacity;
import org.nafitha.core.AnalysisContext;
import org.nafitha.geo.CostTable;
import org.nafitha.model.CandidateSite;
import org.nafitha.model.CenterKind;
import org.nafitha.model.CenterStatus;
import org.nafitha.model.DemandPoints;
import org.nafitha.model.DemandZone;
import org.nafitha.model.PopulationGroup;
import org.nafitha.model.PopulationGroups;
import org.nafitha.model.Scenario;
import org.nafitha.model.ServiceCenter;

/**
 * Turns a scenario into a location-allocation instance. The demand is every place where residents live
 * ({@link DemandPoints}: each settlement of a zone with its share of the residents, or the zone's own point), weighted
 * by its residents or a population group's; its id is the point's code ({@code zone} or {@code zone/settlement}). The
 * sites are the comprehensive centers (existing ones required; planned and candidate ones candidates) and the
 * scenario's candidate sites with their roles. Distances are great-circle kilometres, every site kept for each point.
 */
public final class ScenarioInstance {

    private ScenarioInstance() {
    }

    /**
     * The instance of a scenario.
     *
     * @param capacity  give each site the residents its counters can serve ({@link #capacities})
     * @param groupCode weigh each place by the residents of this population group; null for every resident
     * @throws IllegalArgumentException when the group is not one of the scenario's, or the scenario has no demand or no site
     */
    public static Instance of(Scenario s, boolean capacity, String groupCode) {
        return of(s, capacity, groupCode, null);
    }

    /**
     * The instance of a scenario with travel costs from a table (null: great-circle kilometres): a place is the
     * table's origin by its code, or else by its zone's code; a site the destination by its code; a pair the table
     * lacks is unreachable ({@link CostInstance}).
     */
    public static Instance of(Scenario s, boolean capacity, String groupCode, CostTable costs) {
        PopulationGroup group = null;
        if (groupCode != null) {
            group = s.getPopulationGroups().stream().filter(g -> groupCode.equals(g.getCode())).findFirst().orElseThrow(
                    () -> new IllegalArgumentException("group '" + groupCode + "': the scenario's groups are "
                            + s.getPopulationGroups().stream().map(PopulationGroup::getCode).toList()));
        }
        List<DemandPoints.Point> points = DemandPoints.of(s);
        int n = points.size();
        if (n == 0) {
            throw new IllegalArgumentException("scenario " + s.getCode() + " has no demand zone");
        }
        String[] ids = new String[n];
        String[] zoneIds = new String[n];
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            DemandPoints.Point point = points.get(i);
            ids[i] = point.code();
            zoneIds[i] = point.zone().getCode();
            x[i] = point.longitude();
            y[i] = point.latitude();
            w[i] = group == null ? point.population() : point.residents(group);
        }
        List<String> sids = new ArrayList<>();
        List<double[]> xy = new ArrayList<>();
        List<Instance.Status> status = new ArrayList<>();
        List<Object> owners = new ArrayList<>();
        for (ServiceCenter c : s.getCenters()) {
            if (c.getKind() == CenterKind.COMPREHENSIVE_CENTER && (c.getStatus() == CenterStatus.EXISTING
                    || c.getStatus() == CenterStatus.PLANNED || c.getStatus() == CenterStatus.CANDIDATE)) {
                sids.add(c.getCode());
                xy.add(new double[] {c.getLongitude(), c.getLatitude()});
                status.add(c.getStatus() == CenterStatus.EXISTING ? Instance.Status.REQUIRED : Instance.Status.CANDIDATE);
                owners.add(c);
            }
        }
        for (CandidateSite c : s.getCandidateSites()) {
            sids.add(c.getCode());
            xy.add(new double[] {c.getLongitude(), c.getLatitude()});
            status.add(switch (c.getRole()) {
                case REQUIRED -> Instance.Status.REQUIRED;
                case EXCLUDED -> Instance.Status.EXCLUDED;
                case CANDIDATE -> Instance.Status.CANDIDATE;
            });
            owners.add(c);
        }
        if (sids.isEmpty()) {
            throw new IllegalArgumentException("scenario " + s.getCode()
                    + " has no site: no comprehensive center (existing, planned or candidate) and no candidate site");
        }
        double[] cap = capacity ? capacities(s, owners, group, costs) : null;
        if (costs != null) {
            return CostInstance.of(costs, ids, zoneIds, w, sids.toArray(String[]::new), status.toArray(Instance.Status[]::new), cap,
                    Double.POSITIVE_INFINITY, 0);
        }
        int m = sids.size();
        double[] sx = new double[m];
        double[] sy = new double[m];
        for (int j = 0; j < m; j++) {
            sx[j] = xy.get(j)[0];
            sy[j] = xy.get(j)[1];
        }
        return Instance.of(ids, x, y, w, sids.toArray(String[]::new), sx, sy, status.toArray(Instance.Status[]::new), cap, true,
                Double.POSITIVE_INFINITY, 0);
    }

    /**
     * Residents (of the group, when given) each site can serve: the capacity analysis's daily capacity of a center
     * times the working days, over the in-person visits a resident makes a year; a candidate site gets its maximum
     * counters at the centers' mean capacity per counter.
     */
    private static double[] capacities(Scenario s, List<Object> owners, PopulationGroup group, CostTable costs) {
        CapacityResult capacity = new CapacityAnalyzer().analyze(new AnalysisContext(s, Map.of(), costs), new NullProgressMonitor());
        long population = s.getDemandZones().stream().mapToLong(DemandZone::getPopulation).sum();
        double visitsPerResident = capacity.totals().annualVisits() / Math.max(1, population);
        int days = s.getParameters().getWorkingDaysPerYear();
        Map<String, CenterCapacity> byCode = capacity.byCode();
        double perCounter = capacity.centers().stream().filter(c -> c.existingCounters() > 0)
                .mapToDouble(c -> c.dailyCapacity() / c.existingCounters()).average().orElse(0);
        double share = 1;
        if (group != null) {
            double residents = 0;
            for (DemandZone z : s.getDemandZones()) {
                residents += PopulationGroups.residents(z, group);
            }
            share = residents / Math.max(1, population); // the group's share of the residents a site serves
        }
        double[] cap = new double[owners.size()];
        for (int j = 0; j < cap.length; j++) {
            double daily;
            if (owners.get(j) instanceof ServiceCenter c) {
                CenterCapacity cc = byCode.get(c.getCode());
                daily = cc == null ? 0 : cc.dailyCapacity();
            } else {
                daily = ((CandidateSite) owners.get(j)).getMaxCounters() * perCounter;
            }
            cap[j] = daily * days / visitsPerResident * share;
        }
        return cap;
    }
}
